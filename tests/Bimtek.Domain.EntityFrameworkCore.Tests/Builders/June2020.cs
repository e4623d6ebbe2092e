using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Tests.Builders;

/// <summary>The founding case: the embedded 2020 programme, its as-run schedule, and synthetic officials of Kota
/// Yogyakarta for its BDI Yogyakarta session (18–19 June 2020).</summary>
internal static class June2020
{
    public const string SessionId = "BDI-YOG-2020-06";

    public static readonly Agency YogyakartaCity = new("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);

    public static readonly Instant SessionStart = Instant.FromUtc(2020, 6, 18, 1, 0);

    public static Schedule AsRun => EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);

    public static Programme Programme => EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);

    /// <summary>The n-th synthetic official (n 1–17999, all distinct): a valid NIP born 1 Jan 1970 + n days, appointed 2005.</summary>
    public static Participant Official(int n, PositionKind kind = PositionKind.JptPratama) => new(
        NipFor(n), $"Peserta Sintetis {n}", new Position(kind, "Kepala Dinas Perindustrian"), YogyakartaCity);

    public static Common.Nip NipFor(int n)
    {
        var birth = new LocalDate(1970, 1, 1).PlusDays(n % 9000);
        return Common.Nip.Parse($"{birth:yyyyMMdd}200503{1 + (n / 9000 % 2)}{(n % 999) + 1:000}");
    }

    public static Nomination Nominate(int n, Instant at, PositionKind kind = PositionKind.JptPratama) =>
        new(Official(n, kind), SessionId, YogyakartaCity, at);
}
