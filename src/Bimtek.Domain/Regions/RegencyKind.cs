namespace Bimtek.Domain.Regions;

/// <summary>Whether a second-level region is a kabupaten (regency) or a kota (city).</summary>
/// <remarks>Kemendagri numbers kabupaten 01–70 and kota 71–99 within their province.</remarks>
public enum RegencyKind
{
    /// <summary>A kabupaten (regency), code part 01–70.</summary>
    Kabupaten = 1,

    /// <summary>A kota (city), code part 71–99.</summary>
    Kota = 2,
}
