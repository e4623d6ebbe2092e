using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Scheduling;

public class AsRunScheduleTests
{
    private static readonly Schedule AsRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);
    private static readonly ScheduleValidator Validator = new(Map, Bdi, WorkingCalendar.FromEmbeddedSeeds());

    [Fact]
    public void AsRun2020_HoldsTheFourReportedSessions()
    {
        AsRun.Sessions.Select(s => (s.Centre.Value, s.Days.Count, s.Regions.Count)).Should().Equal(
            ("BDI-DPS", 2, 41), ("BDI-YOG", 2, 68), ("BDI-PDG", 1, 64), ("BDI-SBY", 2, 66));
    }

    [Fact]
    public void AsRun2020_FlagsOnlyTheSurabayaMiddayRestInWitaAndTheCentresTheSourcesDoNotReport()
    {
        var failures = Validator.Validate(AsRun).Errors;

        failures.Select(f => f.ErrorCode).Should().BeEquivalentTo([OutsideWorkingHours, RegionNotCovered]);

        // BDI Surabaya (WIB) also serves Kalimantan Selatan, Timur and Utara (WITA): its 10:30 WIB module is 11:30 WITA and
        // runs into their 12:00–13:00 rest.
        var rest = failures.Single(f => f.ErrorCode == OutsideWorkingHours);
        rest.PropertyName.Should().Be("Sessions[3].Days[0].Items[3]");
        Details(rest).Should().Contain("Session", "BDI-SBY-2020-06").And.Contain("Zone", "WITA");

        // No source reports sessions of BDI Medan, Jakarta or Makassar: their 269 kabupaten/kota are uncovered.
        var missing = (IEnumerable<string>)Details(failures.Single(f => f.ErrorCode == RegionNotCovered))["Missing"]!;
        missing.Should().HaveCount(508 - 239);
        missing.Select(code => Bdi.GetCentreServing(Code(code), June2020).Code.Value).Distinct()
            .Should().BeEquivalentTo(["BDI-MDN", "BDI-JKT", "BDI-MKS"]);
    }

    private static IReadOnlyDictionary<string, object?> Details(FluentValidation.Results.ValidationFailure failure) =>
        failure.GetDetails();
}
