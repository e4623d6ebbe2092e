namespace Bimtek.Domain.Programmes;

/// <summary>
/// The tier (jenjang) of a functional position (<see cref="PositionKind.Fungsional"/>): four expert tiers (keahlian) and
/// four skilled tiers (keterampilan), as PP 11/2017 on the management of civil servants names them.
/// </summary>
/// <remarks>The tier sets the managerial and socio-cultural levels a functional official is held to
/// (<c>Assessments.PositionStandardTable</c>), so a functional official's gaps need it. The values start at 1:
/// <c>default</c> is not a tier.</remarks>
public enum FunctionalTier
{
    /// <summary>Ahli Utama, the highest expert tier.</summary>
    AhliUtama = 1,

    /// <summary>Ahli Madya.</summary>
    AhliMadya = 2,

    /// <summary>Ahli Muda.</summary>
    AhliMuda = 3,

    /// <summary>Ahli Pertama, the entry expert tier.</summary>
    AhliPertama = 4,

    /// <summary>Penyelia, the highest skilled tier.</summary>
    Penyelia = 5,

    /// <summary>Mahir.</summary>
    Mahir = 6,

    /// <summary>Terampil.</summary>
    Terampil = 7,

    /// <summary>Pemula, the entry skilled tier.</summary>
    Pemula = 8,
}
