namespace Bimtek.Domain.Assessments;

/// <summary>The effectiveness reading of N-gain in percent (g × 100), as used in Indonesian studies (FACTS §f).</summary>
/// <remarks>
/// The published table reads &lt; 40, 40–55, 56–75, &gt; 76, which leaves 55–56 and 75–76 (and 76 itself) in no band.
/// The package closes the gaps (an <b>assumption</b>): each band runs from its lower bound, inclusive, to the next
/// band's lower bound, exclusive: [−∞, 40), [40, 56), [56, 76), [76, 100].
/// </remarks>
public enum GainEffectiveness
{
    /// <summary>Tidak efektif: below 40 %.</summary>
    NotEffective = 1,

    /// <summary>Kurang efektif: 40 % up to but not including 56 %.</summary>
    LessEffective = 2,

    /// <summary>Cukup efektif: 56 % up to but not including 76 %.</summary>
    FairlyEffective = 3,

    /// <summary>Efektif: 76 % and above.</summary>
    Effective = 4,
}
