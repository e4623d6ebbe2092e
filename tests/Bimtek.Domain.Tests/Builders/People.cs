using Bimtek.Domain.Participants;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>Synthetic officials (made-up NIPs and names) for the participant, attendance and certificate tests.</summary>
internal static class People
{
    /// <summary>Perka BKN 22/2007's example NIP.</summary>
    public const string AmirNip = "196608011988031001";

    public static readonly Agency SerangIndustryOffice =
        new("Dinas Perindustrian Kabupaten Serang", RegionCode.Parse("36.02"), AgencyLevel.Regency);

    public static readonly Agency BantenIndustryOffice =
        new("Dinas Perindustrian dan Perdagangan Provinsi Banten", RegionCode.Parse("36"), AgencyLevel.Province);

    /// <summary>A kepala bidang (Administrator) of Kab. Serang's industry office.</summary>
    public static Participant Amir() => new(
        Nip.Parse(AmirNip), "Amir Synthetic", new Position(PositionKind.Administrator, "Kepala Bidang Perindustrian"), SerangIndustryOffice);

    /// <summary>The n-th synthetic official (n 1–999) of <paramref name="agency"/>, with the given position kind.</summary>
    public static Participant Official(int n, Agency? agency = null, PositionKind kind = PositionKind.Administrator) => new(
        NipFor(n),
        $"Peserta Sintetis {n}",
        new Position(kind, kind == PositionKind.JptPratama ? "Kepala Dinas Perindustrian" : "Kepala Bidang Perindustrian"),
        agency ?? SerangIndustryOffice);

    /// <summary>A valid synthetic NIP: born 1 Jan 1980 + n days, appointed 2005, sequence n.</summary>
    public static Nip NipFor(int n)
    {
        var birth = new NodaTime.LocalDate(1980, 1, 1).PlusDays(n % 3000);
        return Nip.Parse($"{birth:yyyyMMdd}200503{1 + (n % 2)}{(n % 999) + 1:000}");
    }
}
