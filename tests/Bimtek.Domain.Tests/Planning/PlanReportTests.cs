using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Tests.Planning;

// PlanReport on classes placed by hand, so every figure of the cost and of each centre's share is known exactly.
public class PlanReportTests
{
    private static readonly LocalDate[] Days = [new(2020, 6, 8), new(2020, 6, 9), new(2020, 6, 10), new(2020, 6, 11)];

    // Yogyakarta (WIB) serves 34.04, 34.02 and 34.01; Makassar (WITA) serves 73.71, 94.71 (Papua, WIT) and 73.01.
    // Class A: Yogyakarta, 34.04 + 34.02 (3 + 5), day 0. Class B: Makassar, 73.71 + 94.71 (4 + 6, WITA and WIT), days 1–2.
    // Class C: Makassar, 73.01 (2), day 0. Class D: Yogyakarta, 34.01 (1), found no days. 34.71 has no serving centre.
    private static (PlanningProblem Problem, List<PlannedClass> Classes) Instance(SessionMode mode)
    {
        var programme = new ProgrammeBuilder().Build();
        var request = new PlanningRequest(programme, "p2", 10, mode, parallelClassesPerCentre: 2);
        var (wib, wita, wit) = (CalendarReference.Jakarta, CalendarReference.Makassar, CalendarReference.Jayapura);
        // The Yogyakarta centre first: the report orders centres by code, not by index.
        var centres = new[] { Reference.Bdi.FindCentre(Reference.Centre("BDI-YOG"))!, Reference.Bdi.FindCentre(Reference.Centre("BDI-MKS"))! };
        PlanningUnit Unit(string region, DateTimeZone zone, int centre, int participants) =>
            new(Reference.Code(region), Reference.Code(region).Province, zone, centre, participants);
        var units = new[]
        {
            Unit("34.04", wib, 0, 3), Unit("34.02", wib, 0, 5), Unit("73.71", wita, 1, 4), Unit("94.71", wit, 1, 6), Unit("73.01", wita, 1, 2), Unit("34.01", wib, 0, 1),
        };
        var problem = PlanningProblem.Create(request, centres, units, Days);
        problem.Report(NoServingCentre, ("Region", "34.71"), ("Date", Days[0]));

        PlannedClass Placed(string id, int centre, int[] members, int first, int count, int room) => new(centre, members)
        {
            Id = id,
            FirstDay = first,
            DayCount = count,
            Room = room,
            Days = [.. Enumerable.Range(first, count).Select(d => new SessionDay(Days[d], [AgendaItem.Teaching("M1", new LocalTime(8, 0), LessonHours.FromJp(2), [])]))],
        };

        List<PlannedClass> classes =
        [
            Placed("YOG-1", 0, [0, 1], 0, 1, 1),
            Placed("MKS-1", 1, [2, 3], 1, 2, 1),
            Placed("MKS-2", 1, [4], 0, 1, 2),
            new PlannedClass(0, [5]),
        ];
        return (problem, classes);
    }

    [Fact]
    public void Build_Virtual_CostsEveryTermOfTheClassesPlaced()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);

        var plan = PlanReport.Build(problem, classes);

        // 3 classes (bound: ⌈9 ÷ 10⌉ + ⌈12 ÷ 10⌉ = 3); Sulawesi Selatan (73) in two classes; only MKS-1 mixes clocks; 4
        // class-days; the last class day is day 3 of the window; two classes on 8 June; MKS-1 holds 10.
        plan.Cost.Should().Be(new PlanCost(Classes: 3, ClassLowerBound: 3, ProvinceSplits: 1, MixedZoneClasses: 1, ClassDays: 4, MakespanDays: 3, PeakClassesPerDay: 2, LargestClass: 10));
    }

    [Fact]
    public void Build_InPerson_CountsNoMixedZoneClass_AndGivesNoPlatformRooms()
    {
        var (problem, classes) = Instance(SessionMode.InPerson);

        var plan = PlanReport.Build(problem, classes);

        plan.Cost.MixedZoneClasses.Should().Be(0, "an in-person class meets on the centre's clock");
        plan.Cost.LargestClass.Should().Be(10);
        plan.Schedule.PlatformCapacity.Should().BeEmpty();
        plan.Schedule.Sessions.Select(s => (s.Id, s.Venue, s.Room, s.RoomCapacity, s.PlatformRoom)).Should().Equal(
            ("MKS-1", "BDI Makassar", "Kelas 1", 10, null), ("MKS-2", "BDI Makassar", "Kelas 2", 10, null), ("YOG-1", "BDI Yogyakarta", "Kelas 1", 10, null));
    }

    [Fact]
    public void Build_Virtual_ListsSessionsAndPlatformRoomsByCentreCode()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);

        var plan = PlanReport.Build(problem, classes);

        plan.Schedule.PlatformCapacity.Select(p => (p.Centre.Value, p.Rooms)).Should().Equal(("BDI-MKS", 2), ("BDI-YOG", 2));
        plan.Schedule.Sessions.Select(s => (s.Id, s.Centre.Value, s.PlatformRoom, s.SeatLimit, s.Days.Count)).Should().Equal(
            ("MKS-1", "BDI-MKS", "BDI-MKS-room-1", 10, 2), ("MKS-2", "BDI-MKS", "BDI-MKS-room-2", 10, 1), ("YOG-1", "BDI-YOG", "BDI-YOG-room-1", 10, 1));
        plan.Schedule.Sessions[2].Regions.Should().Equal(Reference.Code("34.02"), Reference.Code("34.04"));
    }

    [Fact]
    public void Build_GivesEachCentresShareInCodeOrder()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);

        var plan = PlanReport.Build(problem, classes);

        plan.Centres.Should().Equal(
            new PlannedCentre(Reference.Centre("BDI-MKS"), Regions: 3, Participants: 12, ClassLowerBound: 2, Classes: 2, Unplanned: 0, FirstDate: Days[0], LastDate: Days[2]),
            new PlannedCentre(Reference.Centre("BDI-YOG"), Regions: 3, Participants: 9, ClassLowerBound: 1, Classes: 1, Unplanned: 1, FirstDate: Days[0], LastDate: Days[0]));
    }

    [Fact]
    public void Build_ListsTheRegionsOfUnplacedClassesAndOfShortfallsInCodeOrder()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);

        var plan = PlanReport.Build(problem, classes);

        plan.UnplannedRegions.Should().Equal(Reference.Code("34.01"), Reference.Code("34.71"));
        plan.Shortfalls.Should().ContainSingle().Which.Code.Should().Be(NoServingCentre);
        plan.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void IsComplete_OnlyWhenNothingIsUnplannedAndNothingFellShort()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);
        var placed = classes.Take(3).ToList();
        var clean = PlanningProblem.Create(problem.Request, problem.Centres, problem.Units, Days);

        PlanReport.Build(clean, placed).IsComplete.Should().BeTrue();
        PlanReport.Build(clean, classes).IsComplete.Should().BeFalse("a class found no days");
        clean.Report(NotATarget, ("Region", "99.99"), ("Phase", "p2"), ("Date", Days[0]));
        var shortOnly = PlanReport.Build(clean, placed);
        shortOnly.UnplannedRegions.Should().BeEmpty();
        shortOnly.IsComplete.Should().BeFalse("a shortfall was reported");
    }

    [Fact]
    public void Build_WithNothingPlaced_CostsNothingAndLeavesTheDatesOpen()
    {
        var (problem, classes) = Instance(SessionMode.Virtual);

        var plan = PlanReport.Build(problem, [.. classes.Skip(3)]);

        plan.Cost.Should().Be(new PlanCost(0, 3, 0, 0, 0, 0, 0, 0));
        plan.Centres.Select(c => (c.Centre.Value, c.Regions, c.Classes, c.Unplanned, c.FirstDate, c.LastDate)).Should().Equal(
            ("BDI-MKS", 0, 0, 0, (LocalDate?)null, (LocalDate?)null), ("BDI-YOG", 1, 0, 1, null, null));
        plan.Schedule.Sessions.Should().BeEmpty();
    }

    [Fact]
    public void Report_AddsTheRuleWithItsDetails()
    {
        var (problem, _) = Instance(SessionMode.Virtual);

        problem.Shortfalls.Should().ContainSingle().Which.Format(RuleLanguage.English)
            .Should().Be("Region 34.71 is served by no centre on 2020-06-08; it is not planned.");
        problem.Units.Select(u => u.OffsetHours).Should().Equal(7, 7, 8, 9, 8, 7);
        problem.Units[3].Province.Should().Be(RegionCode.Parse("94"));
    }
}
