using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
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

    /// <summary>Kota Yogyakarta's industry office: served by BDI Yogyakarta, invited to <see cref="SessionBuilder"/>'s S1.</summary>
    public static readonly Agency YogyakartaCityOffice =
        new("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);

    /// <summary>DI Yogyakarta's provincial industry office.</summary>
    public static readonly Agency YogyakartaProvinceOffice =
        new("Dinas Perindustrian Provinsi DI Yogyakarta", RegionCode.Parse("34"), AgencyLevel.Province);

    /// <summary>A kepala bidang (Administrator) of Kab. Serang's industry office.</summary>
    public static Participant Amir() => new(
        Nip.Parse(AmirNip), "Amir Synthetic", new Position(PositionKind.Administrator, "Kepala Bidang Perindustrian"), SerangIndustryOffice);

    /// <summary>The n-th synthetic official (n 1–999) of <paramref name="agency"/> (default: Kota Yogyakarta), with the
    /// given position kind (default: a kepala dinas, the audience of the test programme's phases).</summary>
    public static Participant Official(int n, Agency? agency = null, PositionKind kind = PositionKind.JptPratama) => new(
        NipFor(n),
        $"Peserta Sintetis {n}",
        new Position(kind, kind == PositionKind.JptPratama ? "Kepala Dinas Perindustrian" : "Kepala Bidang Perindustrian"),
        agency ?? YogyakartaCityOffice);

    /// <summary>A valid synthetic NIP: born 1 Jan 1980 + n days, appointed 2005, sequence n.</summary>
    public static Nip NipFor(int n)
    {
        var birth = new NodaTime.LocalDate(1980, 1, 1).PlusDays(n % 3000);
        return Nip.Parse($"{birth:yyyyMMdd}200503{1 + (n % 2)}{(n % 999) + 1:000}");
    }
}
