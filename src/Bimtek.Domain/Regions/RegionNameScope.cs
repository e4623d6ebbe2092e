namespace Bimtek.Domain.Regions;

/// <summary>Which kind of region a name may denote, from its prefix ("Kab.", "Kota", "Provinsi") or the caller.</summary>
internal enum RegionNameScope
{
    /// <summary>Any province, kabupaten or kota.</summary>
    Any = 0,

    /// <summary>Only provinces.</summary>
    Province = 1,

    /// <summary>Only kabupaten.</summary>
    Kabupaten = 2,

    /// <summary>Only kota.</summary>
    Kota = 3,
}
