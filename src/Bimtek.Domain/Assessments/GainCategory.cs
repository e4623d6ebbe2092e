namespace Bimtek.Domain.Assessments;

/// <summary>Hake's categories of normalised gain (Hake 1999, as cited in Sundayana 2016; FACTS §f).</summary>
/// <remarks>Sources write the top boundary both as g ≥ 0.7 and g &gt; 0.7; the package reads 0.7 as high.</remarks>
public enum GainCategory
{
    /// <summary>Rendah: g &lt; 0.3, including every negative gain.</summary>
    Low = 1,

    /// <summary>Sedang: 0.3 ≤ g &lt; 0.7.</summary>
    Medium = 2,

    /// <summary>Tinggi: g ≥ 0.7.</summary>
    High = 3,
}
