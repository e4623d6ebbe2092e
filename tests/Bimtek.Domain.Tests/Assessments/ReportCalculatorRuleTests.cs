using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>The report's options and edges: how many needs, which frameworks, which targets, and a host's own policies.</summary>
public class ReportCalculatorRuleTests
{
    private static ReportCalculator Calculator() => new(GradingPolicy.Default, new GapAnalyzer(PositionStandardTable.Default));

    private static Schedule OneClass() => new ScheduleBuilder().WithSessions(new SessionBuilder()).Build();

    private static Dictionary<string, ProficiencyLevel> Levels(params (string Code, int Level)[] levels) =>
        levels.ToDictionary(l => l.Code, l => ProficiencyLevel.Create(l.Level));

    // A kepala dinas (JPT Pratama, 4 required) short on M.01 by 3, M.02 by 2 and M.03 by 1.
    private static ParticipantResult Short(int person, string region = "34.01") =>
        new(Nip(person), "S1", Reference.Code(region), null, null, null, null, null, PositionKind.JptPratama, Levels(("M.01", 1), ("M.02", 2), ("M.03", 3)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(50)]
    public void TopNeeds_TakesThatManyNeeds_InRankOrder(int top)
    {
        var report = Calculator().Calculate(OneClass(), [Short(1)], new ReportOptions(topNeeds: top));

        report.Programme.TopNeeds.Select(n => n.Competency.Code).Should().Equal(new[] { "M.01", "M.02", "M.03" }.Take(top));
        report.Classes[0].TopNeeds.Should().HaveCount(Math.Min(top, 3));
    }

    [Fact]
    public void ReportOptions_RefuseANegativeOrHugeNumberOfNeeds_AndDefaultToThree()
    {
        FluentActions.Invoking(() => new ReportOptions(topNeeds: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("topNeeds");
        FluentActions.Invoking(() => new ReportOptions(topNeeds: 51)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("topNeeds");
        (ReportOptions.Default.TopNeeds, ReportOptions.Default.TargetRegions, ReportOptions.Default.Frameworks).Should().Be((3, (IReadOnlyCollection<RegionCode>?)null, (IReadOnlyList<CompetencyFramework>?)null));
        Calculator().Calculate(OneClass(), [Short(1)]).Programme.TopNeeds.Should().HaveCount(3);
    }

    [Fact]
    public void Frameworks_LimitTheCompetenciesReported()
    {
        var socioCultural = new ParticipantResult(Nip(2), "S1", Reference.Code("34.01"), null, null, null, null, null, PositionKind.JptPratama, Levels(("S.01", 1)));

        var report = Calculator().Calculate(OneClass(), [Short(1), socioCultural], new ReportOptions(frameworks: [CompetencyFramework.AsnSocioCultural]));

        report.Programme.TopNeeds.Should().ContainSingle().Which.Competency.Code.Should().Be("S.01");
    }

    [Fact]
    public void APositionWithoutLevels_OrLevelsWithoutAPosition_MakeNoNeed()
    {
        var report = Calculator().Calculate(OneClass(), [Short(1) with { Assessed = new Dictionary<string, ProficiencyLevel>() }, Short(2) with { Position = null }]);

        report.Programme.TopNeeds.Should().BeEmpty();
        report.Programme.Participants.Should().Be(2);
    }

    [Fact]
    public void AnUnassessedCompetency_MakesNoGap()
    {
        var report = Calculator().Calculate(OneClass(), [Short(1) with { Assessed = new Dictionary<string, ProficiencyLevel> { ["M.01"] = default, ["M.02"] = ProficiencyLevel.Create(3) } }]);

        report.Programme.TopNeeds.Should().ContainSingle().Which.Should().Match<CompetencyNeed>(n => n.Competency.Code == "M.02" && n.OfficialsAssessed == 1 && n.TotalShortfall == 1);
    }

    [Fact]
    public void NeedsOfTwoClasses_AddUpInTheirProvinceAndProgramme_KeepingTheLargestShortfall()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder(), new SessionBuilder().WithId("S2")).Build();
        var inS2 = new ParticipantResult(Nip(2), "S2", Reference.Code("34.02"), null, null, null, null, null, PositionKind.JptPratama, Levels(("M.01", 3)));

        var report = Calculator().Calculate(schedule, [Short(1), inS2]);

        var m01 = report.Provinces.Single().TopNeeds[0];
        (m01.Competency.Code, m01.OfficialsAssessed, m01.OfficialsShort, m01.TotalShortfall, m01.MaxShortfall, m01.MeanGap).Should().Be(("M.01", 2, 2, 4, 3, 2m));
        report.Programme.TopNeeds[0].MaxShortfall.Should().Be(3);
        report.Classes[1].TopNeeds.Should().ContainSingle().Which.MaxShortfall.Should().Be(1);
    }

    [Fact]
    public void AProvinceOutsideTheTarget_HasNoCoverage_AndAProvinceLevelResultReachesItsProvince()
    {
        var target = new[] { Reference.Code("34") };
        var results = new[]
        {
            new ParticipantResult(Nip(1), "S1", Reference.Code("34"), null, null, null, null, null),
            new ParticipantResult(Nip(2), "S1", Reference.Code("35.78"), null, null, null, null, null),
        };

        var report = Calculator().Calculate(OneClass(), results, new ReportOptions(target));

        report.Provinces.Select(p => (p.Key, p.Participants, p.RegionsTargeted, p.RegionsReached, p.CoveragePercent)).Should().Equal(
            ("34", 1, 1, 1, (decimal?)100m),
            ("35", 1, 0, 0, (decimal?)null));
        (report.Programme.RegionsTargeted, report.Programme.RegionsReached).Should().Be((1, 1));
        report.Programme.ToString().Should().Be("Programme TEST-2020: 2 participants");
        report.ToString().Should().Be("TEST-2020: 2 participants in 1 classes");
    }

    [Fact]
    public void ARepeatedSessionId_CountsOnce_AsItsFirstSession()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder(), new SessionBuilder().At("BDI-SBY").WithRegions("35.78")).Build();

        var report = Calculator().Calculate(schedule, [new ParticipantResult(Nip(1), "S1", Reference.Code("34.01"), null, null, null, null, null)]);

        report.Classes.Should().ContainSingle().Which.RegionsTargeted.Should().Be(5);
        report.Centres.Select(c => c.Key).Should().Equal("BDI-YOG");
    }

    [Fact]
    public void AHostsGradingPolicy_ThatReturnsAnEqualBand_IsUnderstood_AndOneOutsideItsBandsIsRefused()
    {
        var copies = Calculator(new CopyingGrading(GradingPolicy.Default, unknown: false));
        var strays = Calculator(new CopyingGrading(GradingPolicy.Default, unknown: true));
        var result = new ParticipantResult(Nip(1), "S1", Reference.Code("34.01"), null, null, Score.Create(75), null, null);

        copies.Calculate(OneClass(), [result]).Programme.Grades.Select(g => g.Count).Should().Equal(0, 0, 1, 0, 0);
        FluentActions.Invoking(() => strays.Calculate(OneClass(), [result])).Should().Throw<InvalidOperationException>()
            .WithMessage("The grading policy graded a score Elsewhere, a band it does not list.");

        static ReportCalculator Calculator(IGradingPolicy grading) => new(grading, new GapAnalyzer(PositionStandardTable.Default));
    }

    [Fact]
    public void AHostsGapAnalyzer_NamingACompetencyOutsideTheFrameworks_IsRefused()
    {
        var calculator = new ReportCalculator(GradingPolicy.Default, new StrayAnalyzer());

        FluentActions.Invoking(() => calculator.Calculate(OneClass(), [Short(1)])).Should().Throw<InvalidOperationException>()
            .WithMessage("The gap analyzer returned competency X.99, which is in none of the report's frameworks.");
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        FluentActions.Invoking(() => new ReportCalculator(null!, new GapAnalyzer(PositionStandardTable.Default))).Should().Throw<ArgumentNullException>().WithParameterName("grading");
        FluentActions.Invoking(() => new ReportCalculator(GradingPolicy.Default, null!)).Should().Throw<ArgumentNullException>().WithParameterName("gaps");
        FluentActions.Invoking(() => Calculator().Calculate(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        FluentActions.Invoking(() => Calculator().Calculate(OneClass(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => Calculator().Calculate(OneClass(), [null!])).Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => Calculator().Calculate(OneClass(), [Short(1) with { SessionId = "S9" }])).Should().Throw<ArgumentException>()
            .WithParameterName("results").WithMessage("A result names session 'S9', which the schedule of TEST-2020 does not have.*");
    }

    [Fact]
    public void ForScheduledPhases_TargetsTheProvincesOrAutonomousRegenciesOfEachScheduledPhase()
    {
        var provinces = new Phase("p0", "Provinsi", RegionLevel.Province, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)], new LocalDate(2020, 5, 19), new LocalDate(2020, 5, 31), PhaseDelivery.Central);
        var programme = new ProgrammeBuilder().WithPhases(provinces, ProgrammeBuilder.Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30))).Build();
        var session = new SessionBuilder();
        var regencies = new ScheduleBuilder().WithProgramme(programme).WithSessions(session).Build();
        var both = new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder().InPhase("p0"), new SessionBuilder().WithId("S2")).Build();
        var unknown = new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder().InPhase("p9")).Build();

        ReportOptions.ForScheduledPhases(regencies, Reference.Map).TargetRegions.Should().HaveCount(508).And.OnlyContain(r => r.Level == RegionLevel.Regency);
        ReportOptions.ForScheduledPhases(both, Reference.Map, topNeeds: 5).Should().Match<ReportOptions>(o => o.TargetRegions!.Count == 508 + 34 && o.TopNeeds == 5);
        ReportOptions.ForScheduledPhases(unknown, Reference.Map).TargetRegions.Should().BeEmpty();
        FluentActions.Invoking(() => ReportOptions.ForScheduledPhases(null!, Reference.Map)).Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        FluentActions.Invoking(() => ReportOptions.ForScheduledPhases(regencies, null!)).Should().Throw<ArgumentNullException>().WithParameterName("regions");
    }

    [Fact]
    public void GainCategories_AddUpAcrossClasses()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder(), new SessionBuilder().WithId("S2")).Build();
        ParticipantResult Gain(int person, string session, int post) =>
            new(Nip(person), session, Reference.Code("34.01"), Score.Create(0), Score.Create(post), null, null, null);

        var report = Calculator().Calculate(schedule, [Gain(1, "S1", 90), Gain(2, "S1", 50), Gain(3, "S2", 10), Gain(4, "S2", 80), Gain(5, "S2", 40)]);

        (report.Programme.Gain.High, report.Programme.Gain.Medium, report.Programme.Gain.Low).Should().Be((2, 2, 1));
        (report.Provinces[0].Gain.High, report.Provinces[0].Gain.Medium, report.Provinces[0].Gain.Low).Should().Be((2, 2, 1));
        (report.Classes[1].Gain.High, report.Classes[1].Gain.Medium, report.Classes[1].Gain.Low).Should().Be((1, 1, 1));
    }

    [Fact]
    public void AParticipantOfAKabupaten_ReachesATargetedProvinceToo()
    {
        var report = Calculator().Calculate(OneClass(), [new ParticipantResult(Nip(1), "S1", Reference.Code("34.01"), null, null, null, null, null)], new ReportOptions([Reference.Code("34")]));

        (report.Programme.RegionsTargeted, report.Programme.RegionsReached).Should().Be((1, 1));
    }

    private sealed class CopyingGrading(GradingPolicy inner, bool unknown) : IGradingPolicy
    {
        public IReadOnlyList<GradeBand> Bands => inner.Bands;

        public decimal PassMark => inner.PassMark;

        public GradeBand Grade(Score score) => unknown ? new GradeBand("Elsewhere", "Lain", "Elsewhere", 1m) : inner.Grade(score) with { };

        public bool Passes(Score score) => inner.Passes(score);
    }

    private sealed class StrayAnalyzer : IGapAnalyzer
    {
        public IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks) =>
            [new CompetencyGap(new Competency("X.99", "Lain", CompetencyKind.Technical, []), ProficiencyLevel.Create(3), ProficiencyLevel.Create(1))];

        public IReadOnlyList<CompetencyNeed> RankNeeds(IEnumerable<OfficialCompetencyProfile> officials, IEnumerable<CompetencyFramework> frameworks, IEnumerable<Programme> programmes) => [];
    }
}
