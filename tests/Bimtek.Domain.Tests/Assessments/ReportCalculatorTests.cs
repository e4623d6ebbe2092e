using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>A cohort of five whose every figure is worked out by hand in the comments.</summary>
public class ReportCalculatorTests
{
    private static readonly ReportCalculator Calculator = new(GradingPolicy.Default, new GapAnalyzer(PositionStandardTable.Default));

    // S1 at BDI Yogyakarta for the five kabupaten/kota of DIY; S2 at BDI Surabaya for 35.01 and 35.02.
    private static readonly Schedule Schedule = new ScheduleBuilder().WithSessions(
        new SessionBuilder(),
        new SessionBuilder().WithId("S2").At("BDI-SBY").WithRegions("35.01", "35.02")).Build();

    private static readonly ParticipantResult[] Cohort =
    [
        // g = 0.5; SM; JPT Pratama (4 required): M.01 gap 2, M.02 gap 0.
        new(Nip(1), "S1", Reference.Code("34.01"), Score.Create(40), Score.Create(70), Score.Create(92), Percentage.Create(100), true, PositionKind.JptPratama, Levels(("M.01", 2), ("M.02", 4))),
        // g = 0.875; 90.00 is Memuaskan.
        new(Nip(2), "S1", Reference.Code("34.01"), Score.Create(20), Score.Create(90), Score.Create(90), Percentage.Create(90), true),
        // g undefined (pre 100); 60 passes (inclusive) and grades Tidak Memuaskan.
        new(Nip(3), "S1", Reference.Code("34.71"), Score.Create(100), Score.Create(100), Score.Create(60), Percentage.Create(50), false),
        // g = −0.2; 59.99 fails; Administrator (3 required): M.01 gap 0, M.02 gap 1.
        new(Nip(4), "S2", Reference.Code("35.01"), Score.Create(50), Score.Create(40), Score.Create(59.99m), Percentage.Create(80), true, PositionKind.Administrator, Levels(("M.01", 3), ("M.02", 2))),
        // Nothing known but presence.
        new(Nip(5), "S2", Reference.Code("35.02"), null, null, null, null, null),
    ];

    private static Dictionary<string, ProficiencyLevel> Levels(params (string Code, int Level)[] levels) =>
        levels.ToDictionary(l => l.Code, l => ProficiencyLevel.Create(l.Level));

    private static int[] Grades(CohortReport row) => [.. row.Grades.Select(g => g.Count)];

    [Fact]
    public void Programme_TotalsCheckedByHand()
    {
        var report = Calculator.Calculate(Schedule, Cohort);
        var row = report.Programme;

        report.PassMark.Should().Be(60m);
        (row.Scope, row.Key, row.Participants).Should().Be((ReportScope.Programme, "TEST-2020", 5));
        (row.RegionsTargeted, row.RegionsReached).Should().Be((7, 4)); // 34.01, 34.71, 35.01, 35.02 of 5 + 2
        row.CoveragePercent.Should().Be(400m / 7m);
        (row.CompletionKnown, row.Completed, row.CompletionPercent).Should().Be((4, 3, 75m));
        (row.AttendanceKnown, row.MeanAttendancePercent).Should().Be((4, 80m)); // (100 + 90 + 50 + 80) / 4
        row.Gain.Pairs.Should().Be(4);
        row.Gain.UndefinedGains.Should().Be(1);
        row.Gain.MeanPre!.Value.Value.Should().Be(52.5m);
        row.Gain.MeanPost!.Value.Value.Should().Be(75m);
        row.Gain.GainOfAverages.Value.Should().Be(22.5m / 47.5m);
        row.Gain.AverageOfGains.Value.Should().Be(1.175m / 3m);
        (row.FinalScores, row.Passed).Should().Be((4, 3));
        row.MeanFinal!.Value.Value.Should().Be(75.4975m); // 301.99 / 4
        Grades(row).Should().Equal(2, 0, 0, 1, 1); // TM (60, 59.99), KM, CM, M (90), SM (92)
        row.TopNeeds.Select(n => (n.Rank, n.Competency.Code, n.OfficialsShort, n.MeanShortfall)).Should().Equal(
            (1, "M.01", 1, 1m), // (2 + 0) / 2
            (2, "M.02", 1, 0.5m)); // (0 + 1) / 2
    }

    [Fact]
    public void Classes_InScheduleOrder_CheckedByHand()
    {
        var report = Calculator.Calculate(Schedule, Cohort);

        report.Classes.Select(c => c.Key).Should().Equal("S1", "S2");
        var s1 = report.Classes[0];
        (s1.Participants, s1.RegionsTargeted, s1.RegionsReached, s1.CoveragePercent).Should().Be((3, 5, 2, 40m));
        s1.CompletionPercent.Should().Be(200m / 3m);
        s1.MeanAttendancePercent.Should().Be(80m); // (100 + 90 + 50) / 3
        s1.Gain.GainOfAverages.Value.Should().Be((260m / 3m - 160m / 3m) / (100m - 160m / 3m)); // mean pre 53.33, post 86.67: ≈ 0.714
        s1.Gain.AverageOfGains.Value.Should().Be(0.6875m); // (0.5 + 0.875) / 2; the pre-100 participant is undefined
        s1.Passed.Should().Be(3);
        Grades(s1).Should().Equal(1, 0, 0, 1, 1);
        s1.TopNeeds.Should().ContainSingle().Which.Competency.Code.Should().Be("M.01"); // M.02 meets its standard

        var s2 = report.Classes[1];
        (s2.Participants, s2.RegionsReached, s2.CoveragePercent).Should().Be((2, 2, 100m));
        (s2.CompletionKnown, s2.CompletionPercent, s2.AttendanceKnown).Should().Be((1, 100m, 1));
        s2.Gain.GainOfAverages.Value.Should().Be(-0.2m);
        s2.Passed.Should().Be(0);
        Grades(s2).Should().Equal(1, 0, 0, 0, 0);
    }

    [Fact]
    public void CentresAndProvinces_ByCode()
    {
        var report = Calculator.Calculate(Schedule, Cohort);

        report.Centres.Select(c => (c.Key, c.Participants, c.RegionsTargeted)).Should().Equal(("BDI-SBY", 2, 2), ("BDI-YOG", 3, 5));
        report.Provinces.Select(p => (p.Key, p.Participants, p.RegionsTargeted, p.RegionsReached)).Should().Equal(("34", 3, 5, 2), ("35", 2, 2, 2));
    }

    [Fact]
    public void TargetRegions_SetTheProgrammesAndProvincesTarget()
    {
        var target = new[] { "34.01", "34.02", "34.03", "34.04", "34.71", "35.01", "35.02", "36.01" }.Select(Reference.Code).ToList();

        var report = Calculator.Calculate(Schedule, Cohort, new ReportOptions(target));

        (report.Programme.RegionsTargeted, report.Programme.RegionsReached).Should().Be((8, 4));
        var banten = report.Provinces.Single(p => p.Key == "36");
        (banten.Participants, banten.RegionsTargeted, banten.CoveragePercent, banten.CompletionPercent, banten.MeanFinal).Should().Be((0, 1, 0m, (decimal?)null, (Score?)null));
    }

    [Fact]
    public void NoResults_GiveEmptyRowsWithoutInventedZeros()
    {
        var report = Calculator.Calculate(Schedule, []);

        report.Classes.Should().HaveCount(2);
        report.Programme.Participants.Should().Be(0);
        report.Programme.CoveragePercent.Should().Be(0m);
        report.Programme.CompletionPercent.Should().BeNull();
        report.Programme.MeanAttendancePercent.Should().BeNull();
        report.Programme.Gain.Should().BeSameAs(ClassGain.Empty);
    }

    [Fact]
    public void AProgrammesOwnPassMark_DecidesWhoPasses()
    {
        var programme = new ProgrammeBuilder().WithPolicy(new Bimtek.Domain.Programmes.CompletionPolicy(80m, 90.01m, [])).Build();
        var schedule = new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder()).Build();

        var report = Calculator.Calculate(schedule, Cohort.Take(3));

        report.PassMark.Should().Be(90.01m);
        report.Programme.Passed.Should().Be(1); // only 92
    }

    [Fact]
    public void AHostsGapAnalyzer_IsAsked_AndAgreesWithTheDefaultsShortcut()
    {
        var host = new CountingAnalyzer(new GapAnalyzer(PositionStandardTable.Default));

        var viaHost = new ReportCalculator(GradingPolicy.Default, host).Calculate(Schedule, Cohort);
        var viaDefault = Calculator.Calculate(Schedule, Cohort);

        host.Calls.Should().Be(2); // the two participants with a position and levels
        static object Needs(CohortReport row) => row.TopNeeds.Select(n => (n.Rank, n.Competency.Code, n.OfficialsAssessed, n.OfficialsShort, n.TotalShortfall, n.MaxShortfall, n.MeanGap)).ToList();
        foreach (var (a, b) in viaHost.Classes.Concat(viaHost.Provinces).Append(viaHost.Programme).Zip(viaDefault.Classes.Concat(viaDefault.Provinces).Append(viaDefault.Programme)))
        {
            Needs(a).Should().BeEquivalentTo(Needs(b), o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void AResultForASessionNotInTheSchedule_Throws()
    {
        var stray = Cohort[0] with { SessionId = "S9" };

        var act = () => Calculator.Calculate(Schedule, [stray]);

        act.Should().Throw<ArgumentException>().WithMessage("*S9*").And.Message.Should().NotContain(Nip(1).ToUnmaskedString());
    }

    [Fact]
    public void The2020AsRunSchedule_ReportsPerBdi()
    {
        var schedule = Bimtek.Domain.Seeds.EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");
        var first = schedule.Sessions[0];

        var report = Calculator.Calculate(schedule, [new ParticipantResult(Nip(1), first.Id, first.Regions[0], Score.Create(50), Score.Create(75), Score.Create(80), Percentage.Create(100), true)]);

        report.Classes.Should().HaveCount(schedule.Sessions.Count);
        report.Programme.RegionsTargeted.Should().Be(schedule.Sessions.SelectMany(s => s.Regions).Distinct().Count());
        report.Programme.Gain.GainOfAverages.Value.Should().Be(0.5m);
        report.Provinces.Should().Contain(p => p.Key == first.Regions[0].Province.ToString());
    }

    private sealed class CountingAnalyzer(IGapAnalyzer inner) : IGapAnalyzer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks)
        {
            Calls++;
            return inner.ForOfficial(position, assessed, frameworks);
        }

        public IReadOnlyList<CompetencyNeed> RankNeeds(IEnumerable<OfficialCompetencyProfile> officials, IEnumerable<CompetencyFramework> frameworks, IEnumerable<Bimtek.Domain.Programmes.Programme> programmes) =>
            inner.RankNeeds(officials, frameworks, programmes);
    }
}
