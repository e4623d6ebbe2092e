namespace Bimtek.Domain.Regions;

/// <summary>The administrative level a <see cref="RegionCode"/> names.</summary>
public enum RegionLevel
{
    /// <summary>A province (provinsi), code <c>PP</c>.</summary>
    Province = 1,

    /// <summary>A kabupaten or kota, code <c>PP.KK</c>.</summary>
    Regency = 2,
}
