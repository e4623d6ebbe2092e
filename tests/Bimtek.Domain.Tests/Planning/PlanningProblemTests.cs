using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Tests.Planning;

// The request resolved against the directories and the calendar: the window, the working days, the units and what was
// left out, each shortfall with its code, details and message.
public class PlanningProblemTests
{
    private static readonly RegionCode Bantul = Reference.Code("34.02");
    private static readonly RegionCode Sleman = Reference.Code("34.04");
    private static readonly RegionCode Yogyakarta = Reference.Code("34");

    private static LocalDate June(int day) => new(2020, 6, day);

    private static Phase Regencies(string id, LocalDate start, LocalDate end, string? prerequisite = null) =>
        ProgrammeBuilder.Phase(id, start, end, prerequisite, audience: [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 3)]);

    private static Phase Provinces(string id, LocalDate start, LocalDate end) =>
        new(id, "Phase " + id, RegionLevel.Province, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 2)], start, end, PhaseDelivery.ThroughServingCentres);

    private static PlanningProblem Build(Phase phase, Phase? prerequisite = null, IEnumerable<RegionCode>? regions = null, ICentreDirectory? centres = null)
    {
        var programme = new ProgrammeBuilder().WithPhases(prerequisite is null ? [phase] : [prerequisite, phase]).Build();
        var request = new PlanningRequest(programme, phase.Id, 40);
        return PlanningProblem.Build(regions is null ? request : request.ForRegions(regions), Reference.Map, centres ?? Reference.Bdi, CalendarReference.Embedded);
    }

    private static (LocalDate Start, LocalDate End)? Span(PlanningProblem problem) =>
        problem.Window is { } window ? (window.Start, window.End) : null;

    [Fact]
    public void Create_WithoutDays_HasNoWindow_AndWithDays_SpansTheFirstToTheLast()
    {
        var request = new PlanningRequest(new ProgrammeBuilder().Build(), "p2", 40);

        PlanningProblem.Create(request, [], [], []).Window.Should().BeNull();
        var problem = PlanningProblem.Create(request, [], [], [June(9), June(10), June(15)]);
        Span(problem).Should().Be((June(9), June(15)));
        problem.WorkingDays.Should().Equal(June(9), June(10), June(15));
    }

    [Fact]
    public void UnitsByCentre_IsBuiltOnce_EachCentresUnitsInUnitOrder()
    {
        var request = new PlanningRequest(new ProgrammeBuilder().Build(), "p2", 4);
        var zone = CalendarReference.Jakarta;
        var units = new[]
        {
            new PlanningUnit(Sleman, Yogyakarta, zone, 1, 3),
            new PlanningUnit(Bantul, Yogyakarta, zone, 0, 2),
            new PlanningUnit(Reference.Code("34.01"), Yogyakarta, zone, 1, 4),
        };
        var problem = PlanningProblem.Create(request, [.. Reference.Bdi.Centres.Take(3)], units, [June(9)]);

        var buckets = problem.UnitsByCentre;

        buckets.Select(b => b.ToArray()).Should().BeEquivalentTo(new[] { new[] { 1 }, new[] { 0, 2 }, Array.Empty<int>() }, o => o.WithStrictOrdering());
        problem.UnitsByCentre.Should().BeSameAs(buckets);
        problem.ParticipantsOf(1).Should().Be(7);
        problem.ClassLowerBoundOf(1).Should().Be(2);
        problem.ClassLowerBoundOf(2).Should().Be(0);
    }

    [Fact]
    public void Build_WhenThePrerequisiteIsNotAPhase_StartsOnThePhasesOwnStart()
    {
        var problem = Build(Regencies("k", June(8), June(10), prerequisite: "nowhere"), regions: [Sleman]);

        Span(problem).Should().Be((June(8), June(10)));
        problem.WorkingDays.Should().Equal(June(8), June(9), June(10));
        problem.Shortfalls.Should().BeEmpty();
    }

    [Fact]
    public void Build_WhenThePrerequisiteEndsTheDayBeforeTheLastDay_HasAOneDayWindow()
    {
        var problem = Build(Regencies("k", June(2), June(9), prerequisite: "p1"), Regencies("p1", June(2), June(8)), regions: [Sleman]);

        Span(problem).Should().Be((June(9), June(9)));
        problem.WorkingDays.Should().Equal(June(9));
        problem.Shortfalls.Should().BeEmpty();
    }

    [Fact]
    public void Build_WhenThePrerequisiteEndsOnTheLastDay_HasNoWindow_AndSaysSoAfterThePrerequisite()
    {
        var problem = Build(Regencies("k", June(8), June(10), prerequisite: "p1"), Regencies("p1", June(2), June(10)), regions: [Sleman]);

        problem.Window.Should().BeNull();
        problem.WorkingDays.Should().BeEmpty();
        var shortfall = problem.Shortfalls.Should().ContainSingle().Subject;
        shortfall.Code.Should().Be(NoWorkingDays);
        shortfall.Details["Phase"].Should().Be("k");
        shortfall.Details["Start"].Should().Be(June(8));
        shortfall.Details["End"].Should().Be(June(10));
        shortfall.Format(RuleLanguage.English).Should().Be("Phase k: 2020-06-08 to 2020-06-10 has no working day (after prerequisite phase p1).");
        shortfall.Format(RuleLanguage.Indonesian).Should().Be("Tahap k: rentang 2020-06-08 s.d. 2020-06-10 tidak memiliki hari kerja (sesudah tahap prasyarat p1).");
    }

    [Fact]
    public void Build_WhenTheWindowLeftAfterThePrerequisiteIsAWeekend_NamesTheWindowAndThePrerequisite()
    {
        // p1 ends on Friday 5 June: what is left of 1–7 June is Saturday and Sunday.
        var problem = Build(Regencies("k", June(1), June(7), prerequisite: "p1"), Regencies("p1", June(1), June(5)), regions: [Sleman]);

        Span(problem).Should().Be((June(6), June(7)));
        problem.WorkingDays.Should().BeEmpty();
        var shortfall = problem.Shortfalls.Should().ContainSingle().Subject;
        shortfall.Code.Should().Be(NoWorkingDays);
        shortfall.Details["Start"].Should().Be(June(6));
        shortfall.Details["End"].Should().Be(June(7));
        shortfall.Format(RuleLanguage.English).Should().Be("Phase k: 2020-06-06 to 2020-06-07 has no working day (after prerequisite phase p1).");
    }

    [Fact]
    public void Build_WhenTheWholePhaseIsAWeekend_SaysSoWithoutAPrerequisite()
    {
        var problem = Build(Regencies("k", June(6), June(7)), regions: [Sleman]);

        var shortfall = problem.Shortfalls.Should().ContainSingle().Subject;
        shortfall.Code.Should().Be(NoWorkingDays);
        shortfall.Details["After"].Should().Be(string.Empty);
        shortfall.Format(RuleLanguage.English).Should().Be("Phase k: 2020-06-06 to 2020-06-07 has no working day.");
        problem.Units.Should().ContainSingle().Which.Region.Should().Be(Sleman, "the regions are resolved all the same");
    }

    [Fact]
    public void Build_WhenTheCalendarLacksYears_ReportsEachYearAndFindsNoDays()
    {
        var problem = Build(Regencies("k", new LocalDate(2098, 12, 28), new LocalDate(2100, 1, 5)), regions: [Sleman]);

        Span(problem).Should().Be((new LocalDate(2098, 12, 28), new LocalDate(2100, 1, 5)));
        problem.WorkingDays.Should().BeEmpty();
        problem.Shortfalls.Select(s => (s.Code, s.Details["Phase"], s.Details["Year"])).Should().Equal(
            (CalendarDataMissing, "k", 2098), (CalendarDataMissing, "k", 2099), (CalendarDataMissing, "k", 2100));
        problem.Shortfalls[0].Format(RuleLanguage.English).Should().Be("Phase k: the working calendar has no data for 2098.");
    }

    [Fact]
    public void Build_ForRegencies_KeepsEachTargetOnceInCodeOrder_AndReportsEveryOtherCode()
    {
        // 34 is a province, 31.01 (Kepulauan Seribu) a regency but not autonomous, 34.99 no regency at all.
        RegionCode[] requested = [Sleman, Bantul, Sleman, Yogyakarta, default, Reference.Code("31.01"), Reference.Code("34.99")];

        var problem = Build(Regencies("k", June(8), June(10)), regions: requested);

        problem.Units.Select(u => (u.Region, u.Province, u.Participants)).Should().Equal((Bantul, Yogyakarta, 3), (Sleman, Yogyakarta, 3));
        problem.Centres.Select(c => c.Code.Value).Should().Equal("BDI-YOG");
        problem.Shortfalls.Should().OnlyContain(s => s.Code == NotATarget && (string)s.Details["Phase"]! == "k" && (LocalDate)s.Details["Date"]! == June(8));
        problem.Shortfalls.Select(s => s.Details["Region"]).Should().Equal("34", string.Empty, "31.01", "34.99");
        problem.Shortfalls[0].Format(RuleLanguage.English).Should().Be("Region 34 is not a target of phase k on 2020-06-08; it is not planned.");
    }

    [Fact]
    public void Build_ForProvinces_LooksUpProvincesAndRefusesARegencyCode()
    {
        var problem = Build(Provinces("prov", June(8), June(10)), regions: [Sleman, Yogyakarta]);

        problem.Units.Select(u => (u.Region, u.Province, u.Participants)).Should().Equal((Yogyakarta, Yogyakarta, 2));
        problem.Shortfalls.Should().ContainSingle().Which.Details["Region"].Should().Be("34.04");
    }

    [Fact]
    public void Build_WhenNoCentreServesARegion_ReportsItAndPlansTheRest()
    {
        var withoutYogyakarta = new LeavingOut(Yogyakarta);
        var magelang = Reference.Code("33.08");

        var problem = Build(Regencies("k", June(8), June(10)), regions: [Sleman, magelang, Bantul], centres: withoutYogyakarta);

        problem.Units.Select(u => u.Region).Should().Equal(magelang);
        problem.Shortfalls.Select(s => (s.Code, s.Details["Region"], s.Details["Date"])).Should().Equal(
            (NoServingCentre, "34.02", June(8)), (NoServingCentre, "34.04", June(8)));
        problem.Shortfalls[0].Format(RuleLanguage.English).Should().Be("Region 34.02 is served by no centre on 2020-06-08; it is not planned.");
    }

    // The embedded centres, less the service area of one province (a directory cannot be built incomplete).
    private sealed class LeavingOut(RegionCode province) : ICentreDirectory
    {
        private readonly CentreDirectory _all = Reference.Bdi;

        public IReadOnlyList<TrainingCentre> Centres => _all.Centres;

        public TrainingCentre? FindCentre(CentreCode code) => _all.FindCentre(code);

        public ServiceArea? FindServiceArea(RegionCode region, LocalDate asOf) => region.Province == province ? null : _all.FindServiceArea(region, asOf);

        public IReadOnlyList<ServiceArea> GetServiceAreas(LocalDate asOf) => [.. _all.GetServiceAreas(asOf).Where(a => a.Province != province)];

        public IReadOnlyList<Province> GetProvincesServed(CentreCode centre, LocalDate asOf) => [.. _all.GetProvincesServed(centre, asOf).Where(p => p.Code != province)];

        public IReadOnlyList<Regency> GetRegenciesServed(CentreCode centre, LocalDate asOf) => [.. _all.GetRegenciesServed(centre, asOf).Where(r => r.ProvinceCode != province)];
    }
}
