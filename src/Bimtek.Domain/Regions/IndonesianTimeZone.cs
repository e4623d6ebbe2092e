namespace Bimtek.Domain.Regions;

/// <summary>Indonesia's three legal time zones (Keppres 41/1987), as Indonesians name them.</summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+7 (IANA <c>Asia/Jakarta</c>, <c>Asia/Pontianak</c>).</summary>
    WIB = 7,

    /// <summary>Waktu Indonesia Tengah, UTC+8 (IANA <c>Asia/Makassar</c>).</summary>
    WITA = 8,

    /// <summary>Waktu Indonesia Timur, UTC+9 (IANA <c>Asia/Jayapura</c>).</summary>
    WIT = 9,
}
