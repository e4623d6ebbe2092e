namespace Bimtek.Domain.Regions;

/// <summary>Whether a name resolved to one region.</summary>
public enum RegionNameStatus
{
    /// <summary>No region has this name on the date asked.</summary>
    NotFound = 0,

    /// <summary>Exactly one region has this name.</summary>
    Resolved = 1,

    /// <summary>Several regions have this name; the caller must choose (e.g. add "Kab." or "Kota").</summary>
    Ambiguous = 2,
}
