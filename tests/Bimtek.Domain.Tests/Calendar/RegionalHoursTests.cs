using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

/// <summary>Keppres 68/1995 binds central agencies and DKI Jakarta; regional governments set their own hours.</summary>
public class RegionalHoursTests
{
    private static readonly RegionCode Sleman = RegionCode.Parse("34.04");

    [Fact]
    public void Keppres68_IsSourcedForCentralAgenciesAndDki_AssumedForRegionalAgencies()
    {
        var keppres = Embedded.FindHoursRule(Monday)!;

        keppres.Decree.Should().Be("Keppres 68/1995");
        keppres.ProvenanceFor(null).Should().Be(Provenance.Sourced);
        keppres.ProvenanceFor(RegionCode.Parse("31.71")).Should().Be(Provenance.Sourced);
        keppres.ProvenanceFor(Sleman).Should().Be(Provenance.Assumed);
        Embedded.GetWorkingWindow(Monday, Jakarta).Provenance.Should().Be(Provenance.Sourced);
        Embedded.GetWorkingWindow(Monday, Jakarta, Sleman).Provenance.Should().Be(Provenance.Assumed);
    }

    [Fact]
    public void FindHoursRule_WhenARegencyHasItsOwnHours_TheyWinThereOnly_WhileInForce()
    {
        var own = new WorkingHoursRule(
                [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday],
                new LocalTimeRange(new LocalTime(8, 0), new LocalTime(16, 0)),
                new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0)),
                "Perbup (host)",
                Provenance.HostSupplied,
                Date(2020, 6, 1),
                Date(2020, 7, 1))
            .ScopedTo(Sleman);
        var calendar = WorkingCalendar.FromEmbeddedSeeds(hoursRules: [.. WorkingCalendar.EmbeddedHoursRules(), own]);

        calendar.FindHoursRule(Monday, Sleman).Should().BeSameAs(own);
        calendar.FindHoursRule(Monday, RegionCode.Parse("34"))!.Decree.Should().Be("Keppres 68/1995");
        calendar.FindHoursRule(Friday, Sleman)!.Decree.Should().Be("Keppres 68/1995", "the regency set no Friday rule");
        calendar.FindHoursRule(Date(2020, 7, 6), Sleman)!.Decree.Should().Be("Keppres 68/1995");
        calendar.GetWorkingWindow(Monday, Jakarta, Sleman).Provenance.Should().Be(Provenance.HostSupplied);
    }

    [Fact]
    public void FindHoursRule_AProvincesOwnRuleDuringRamadan_WinsOverTheNationalRamadanRule()
    {
        var province = new WorkingHoursRule(
                [IsoDayOfWeek.Tuesday],
                new LocalTimeRange(new LocalTime(7, 30), new LocalTime(14, 0)),
                null,
                "Pergub (host)",
                Provenance.HostSupplied,
                Date(2020, 4, 24),
                Date(2020, 5, 24))
            .ScopedTo(RegionCode.Parse("34"))
            .DuringRamadan();
        var calendar = WorkingCalendar.FromEmbeddedSeeds(hoursRules: [.. WorkingCalendar.EmbeddedHoursRules(), province]);

        calendar.FindHoursRule(Date(2020, 5, 19), Sleman).Should().BeSameAs(province);
        calendar.FindHoursRule(Date(2020, 5, 19), RegionCode.Parse("35.78"))!.Decree.Should().Be("SE MenPANRB 51/2020");
    }
}
