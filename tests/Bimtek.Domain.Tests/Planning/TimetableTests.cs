using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Planning.SmallPlanning;

namespace Bimtek.Domain.Tests.Planning;

// The timetable driven directly on small problems: which start, room and instructors each class gets (4 JP a day with
// named instructors: ScheduleLimits(8, 4)).
public class TimetableTests
{
    private static readonly ScheduleLimits FourADay = new(8, 4);

    private static PlanningProblem OneCentre(PlanningRequest request, string centre, IEnumerable<PlanningUnit> units, params LocalDate[] days) =>
        Problem(request, [Centre(centre)], units, days);

    [Fact]
    public void TryPlace_TakesTheStartOfFewestClassDays_NotTheEarliest()
    {
        // 6 JP at 4 a day: from Thursday three days (Friday has no window), from Friday three, from Monday two.
        var request = Request(Programme(("M1", 6)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Thu11, Fri12, Mon15, Tue16);
        var calendar = HoursCalendar();
        var timetable = NewTimetable(problem, calendar, new ScheduleLimits(4, 4));
        var planned = new PlannedClass(0, [0]);

        timetable.TryPlace(planned, out var failure).Should().BeTrue();

        failure.Should().BeNull();
        (planned.FirstDay, planned.DayCount, planned.Room).Should().Be((2, 2, 1));
        planned.Dates.Should().Equal(Mon15, Tue16);
    }

    [Fact]
    public void TryPlace_SkipsStartsOnADayClosedInAnInvitedProvince_EvenWhenTheyAreCheaper()
    {
        // Closed on Monday 15th in DKI Jakarta (31), the province of the invited region: Thursday–Monday, Friday–Monday and
        // Monday–Tuesday all hold it; Tuesday–Wednesday is the first start left.
        var calendar = HoursCalendar([new CalendarClosure(Mon15, "Hari jadi", [Reference.Code("31")])]);
        var request = Request(Programme(("M1", 6)));
        var problem = OneCentre(request, "BDI-SBY", [Unit("31.71", Wib, 0)], Thu11, Fri12, Mon15, Tue16, Wed17);
        var planned = new PlannedClass(0, [0]);
        var timetable = NewTimetable(problem, calendar, new ScheduleLimits(4, 4));

        timetable.TryPlace(planned, out _).Should().BeTrue();

        planned.Dates.Should().Equal(Tue16, Wed17);
        timetable.Places(planned).Provinces.Should().Equal(Reference.Code("35"), Reference.Code("31"));
    }

    [Fact]
    public void TryPlace_InPerson_SkipsADayClosedInTheCentresProvince()
    {
        // In person only the centre's province (Jawa Timur, 35) counts: closed on Monday 15th, the class moves past it.
        var calendar = HoursCalendar([new CalendarClosure(Mon15, "Hari jadi", [Reference.Code("35")])]);
        var request = Request(Programme(("M1", 6)), mode: SessionMode.InPerson);
        var problem = OneCentre(request, "BDI-SBY", [Unit("31.71", Wib, 0), Unit("31.72", Wib, 0)], Thu11, Fri12, Mon15, Tue16, Wed17);
        var planned = new PlannedClass(0, [0, 1]);
        var timetable = NewTimetable(problem, calendar, new ScheduleLimits(4, 4));

        timetable.TryPlace(planned, out _).Should().BeTrue();

        planned.Dates.Should().Equal(Tue16, Wed17);
        timetable.Places(planned).Provinces.Should().Equal(Reference.Code("35"));
    }

    [Fact]
    public void TryPlace_OnceAStartAtTheFewestDaysIsFound_TriesNoLaterStart()
    {
        // From Monday one day; a start on Friday would meet three days without a window (too long for any day) — never tried.
        var request = Request(Programme(("M1", 1)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9, Fri12, Sat13, Sun14);
        var planned = new PlannedClass(0, [0]);

        NewTimetable(problem, HoursCalendar()).TryPlace(planned, out var failure).Should().BeTrue();

        failure.Should().BeNull();
        planned.Dates.Should().Equal(Mon8);
    }

    [Fact]
    public void TryPlace_WhenNoRoomIsFree_FailsWithoutAPackingToBlame()
    {
        var request = Request(Programme(("M1", 1)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0), Unit("31.72", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());
        timetable.TryPlace(new PlannedClass(0, [0]), out _).Should().BeTrue();

        var second = new PlannedClass(0, [1]);
        timetable.TryPlace(second, out var failure).Should().BeFalse();

        failure.Should().BeNull("the agenda fits; the one room is taken");
        second.IsScheduled.Should().BeFalse();
    }

    [Fact]
    public void TryPlace_AClassOfOneDay_TakesTheDayBeforeAnotherClassInTheOneRoom()
    {
        var request = Request(Programme(("M1", 1)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0), Unit("31.72", Wib, 0)], Mon8, Tue9, Wed10);
        var timetable = NewTimetable(problem, HoursCalendar());
        var first = new PlannedClass(0, [0]);
        timetable.Place(first, 1, new Dictionary<string, string>(), 1);

        var second = new PlannedClass(0, [1]);
        timetable.TryPlace(second, out _).Should().BeTrue();

        (first.FirstDay, first.Room).Should().Be((1, 1));
        (second.FirstDay, second.Room).Should().Be((0, 1));
    }

    [Fact]
    public void Place_PutsTheClassInTheRoomGiven_WithTheOpeningOfficialOnTheFrame()
    {
        var agenda = new PlanningAgenda(Duration.FromMinutes(30), Duration.Zero, Duration.Zero, Duration.FromMinutes(30));
        var request = Request(Programme(("M1", 2)), rooms: 3, agenda: agenda)
            .WithInstructors([new Instructor("kapus", "Head"), new Instructor("a", "A", ["M1"])], openingOfficial: "kapus");
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9);
        var planned = new PlannedClass(0, [0]);

        NewTimetable(problem, HoursCalendar()).Place(planned, 1, new Dictionary<string, string> { ["M1"] = "a" }, 2);

        (planned.FirstDay, planned.DayCount, planned.Room).Should().Be((1, 1, 2));
        Items(planned.Days).Should().Equal(
            (Tue9, AgendaItemKind.Opening, null, "kapus"),
            (Tue9, AgendaItemKind.Teaching, "M1", "a"),
            (Tue9, AgendaItemKind.Closing, null, "kapus"));
    }

    [Fact]
    public void Competent_ListsTheCentresOwnFirst_ThenModuleSpecialists_ThenGeneralists_EachByIdOnce()
    {
        var request = Request(Programme(("M1", 2), ("M2", 2))).WithInstructors(
            [
                new Instructor("a-shared-m1", "A", ["M1"]),
                new Instructor("b-shared-any", "B"),
                new Instructor("c-shared-m1", "C", ["M1", "M2"]),
                new Instructor("d-bound-any", "D"),
                new Instructor("e-bound-m1", "E", ["M1"]),
                new Instructor("f-bound-elsewhere", "F", ["M1"]),
                new Instructor("g-opener", "G"),
                new Instructor("h-opener-m1", "H", ["M1"]),
            ],
            new Dictionary<string, IEnumerable<CentreCode>>
            {
                ["d-bound-any"] = [Reference.Centre("BDI-JKT")],
                ["e-bound-m1"] = [Reference.Centre("BDI-JKT")],
                ["f-bound-elsewhere"] = [Reference.Centre("BDI-MKS")],
            },
            openingOfficial: "g-opener");
        var problem = Problem(request, [Centre("BDI-JKT"), Centre("BDI-MKS")], [Unit("31.71", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());

        timetable.Competent("M1", 0).Should().Equal("e-bound-m1", "d-bound-any", "a-shared-m1", "c-shared-m1", "h-opener-m1", "b-shared-any");
        timetable.Competent("M2", 0).Should().Equal("d-bound-any", "c-shared-m1", "b-shared-any");
        timetable.Competent("M1", 1).Should().Equal("f-bound-elsewhere", "a-shared-m1", "c-shared-m1", "h-opener-m1", "b-shared-any");
    }

    [Fact]
    public void TryPlace_AmongEquals_BooksTheInstructorFewerClassesCanUse()
    {
        // a teaches M1 and M2, b only M1: a is wanted by the class twice, b once, so M1 goes to b and M2 to a.
        var request = Request(Programme(("M1", 2), ("M2", 2)))
            .WithInstructors([new Instructor("a", "A", ["M1", "M2"]), new Instructor("b", "B", ["M1"])]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);

        timetable.TryPlace(planned, out _).Should().BeTrue();

        Items(planned.Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "b"), (Mon8, AgendaItemKind.Teaching, "M2", "a"));
    }

    [Fact]
    public void TryPlace_AmongEqualsOfEqualDemand_BooksTheFirstById()
    {
        var request = Request(Programme(("M1", 2))).WithInstructors([new Instructor("a", "A", ["M1"]), new Instructor("b", "B", ["M1"])]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);

        timetable.TryPlace(planned, out _).Should().BeTrue();

        Items(planned.Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "a"));
    }

    [Fact]
    public void TryPlace_PrefersTheCentresOwnInstructor_WhateverTheDemand()
    {
        // z is Jakarta's own widyaiswara and also Makassar's (more demand); a is shared: z still takes Jakarta's class.
        var request = Request(Programme(("M1", 2))).WithInstructors(
            [new Instructor("a", "A", ["M1"]), new Instructor("z", "Z", ["M1"])],
            new Dictionary<string, IEnumerable<CentreCode>> { ["z"] = [Reference.Centre("BDI-JKT"), Reference.Centre("BDI-MKS")] });
        var problem = Problem(request, [Centre("BDI-JKT"), Centre("BDI-MKS")], [Unit("31.71", Wib, 0), Unit("73.71", Wita, 1)], Mon8, Tue9);
        var timetable = NewTimetable(problem, HoursCalendar());
        var jakarta = new PlannedClass(0, [0]);
        timetable.CountDemand([jakarta, new PlannedClass(1, [1]), new PlannedClass(1, [1])]);

        timetable.TryPlace(jakarta, out _).Should().BeTrue();

        Items(jakarta.Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "z"));
    }

    [Fact]
    public void CountDemand_CountsOnlyTheClassesGivenLast()
    {
        // x serves Jakarta and Makassar, y Jakarta and Surabaya. First ten classes at Makassar (x in demand), then two at
        // Surabaya: now y is the one more classes can use, so Jakarta's class books x.
        var request = Request(Programme(("M1", 2))).WithInstructors(
            [new Instructor("x", "X", ["M1"]), new Instructor("y", "Y", ["M1"])],
            new Dictionary<string, IEnumerable<CentreCode>>
            {
                ["x"] = [Reference.Centre("BDI-JKT"), Reference.Centre("BDI-MKS")],
                ["y"] = [Reference.Centre("BDI-JKT"), Reference.Centre("BDI-SBY")],
            });
        var problem = Problem(request, [Centre("BDI-JKT"), Centre("BDI-MKS"), Centre("BDI-SBY")], [Unit("31.71", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());
        var jakarta = new PlannedClass(0, [0]);
        timetable.CountDemand([jakarta, .. Enumerable.Range(0, 10).Select(_ => new PlannedClass(1, []))]);
        timetable.CountDemand([jakarta, new PlannedClass(2, []), new PlannedClass(2, [])]);

        timetable.TryPlace(jakarta, out _).Should().BeTrue();

        Items(jakarta.Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "x"));
    }

    [Fact]
    public void TryPlace_BooksOnlyAnInstructorAvailableForEveryItemTheyTake()
    {
        // a is available on Monday only; the 6-JP class runs Monday and Tuesday, so b takes it.
        var monday = new Interval(Mon8.AtStartOfDayInZone(Wib).ToInstant(), Tue9.AtStartOfDayInZone(Wib).ToInstant());
        var request = Request(Programme(("M1", 6))).WithInstructors([new Instructor("a", "A", ["M1"], [monday]), new Instructor("b", "B", ["M1"])]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9);
        var timetable = NewTimetable(problem, HoursCalendar(), FourADay);
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);

        timetable.TryPlace(planned, out _).Should().BeTrue();

        Items(planned.Days).Select(i => i.Instructors).Distinct().Should().Equal("b");
    }

    [Fact]
    public void TryPlace_WithoutAnOpeningOfficial_LeavesTheFrameWithoutInstructors_EvenWithAGeneralistAtHand()
    {
        var agenda = new PlanningAgenda(Duration.FromMinutes(30), Duration.Zero, Duration.Zero, Duration.Zero);
        var request = Request(Programme(("M1", 1)), agenda: agenda).WithInstructors([new Instructor("g", "Generalist")]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8);
        var timetable = NewTimetable(problem, HoursCalendar());
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);

        timetable.TryPlace(planned, out _).Should().BeTrue();

        Items(planned.Days).Should().Equal((Mon8, AgendaItemKind.Opening, null, string.Empty), (Mon8, AgendaItemKind.Teaching, "M1", "g"));
    }

    [Fact]
    public void UsableDays_CountsADayWithAFreeRoomAndSomeFreeInstructorForEachModule()
    {
        // Two rooms, a and b for M1, nobody for M2: the class on Monday books a; Monday still has room 2 and b.
        var request = Request(Programme(("M1", 2), ("M2", 1)), rooms: 2).WithInstructors([new Instructor("a", "A", ["M1"]), new Instructor("b", "B", ["M1"])]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9, Wed10);
        var timetable = NewTimetable(problem, HoursCalendar());
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);
        timetable.TryPlace(planned, out _).Should().BeTrue();

        timetable.UsableDays(0).Should().Be(3);
        Items(planned.Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "a"), (Mon8, AgendaItemKind.Teaching, "M2", string.Empty));
    }

    [Fact]
    public void UsableDays_LeavesOutADayWhenOneModulesOnlyInstructorIsTaken_ThoughAnotherModuleCouldBeTaught()
    {
        // Only a teaches M1 and the Monday class books a; M2 needs no one. Monday has a free room but no one for M1.
        var request = Request(Programme(("M1", 2), ("M2", 1)), rooms: 2).WithInstructors([new Instructor("a", "A", ["M1"])]);
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9, Wed10);
        var timetable = NewTimetable(problem, HoursCalendar());
        var planned = new PlannedClass(0, [0]);
        timetable.CountDemand([planned]);
        timetable.TryPlace(planned, out _).Should().BeTrue();

        Items(planned.Days).Select(i => i.Date).Distinct().Should().Equal(Mon8);
        timetable.UsableDays(0).Should().Be(2);
    }

    [Fact]
    public void UsableDays_LeavesOutADayWhoseOnlyRoomIsTaken()
    {
        var request = Request(Programme(("M1", 2)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("31.71", Wib, 0)], Mon8, Tue9, Wed10);
        var timetable = NewTimetable(problem, HoursCalendar());
        timetable.TryPlace(new PlannedClass(0, [0]), out _).Should().BeTrue();

        timetable.UsableDays(0).Should().Be(2);
    }

    [Fact]
    public void Places_OnlineGathersEveryClockZoneAndProvince_AndEveryPlaceWithHoursOfItsOwn()
    {
        // DKI Jakarta (the centre's province) and the regencies Bantul and Sleman keep hours of their own.
        var own = new[] { "31", "34.02", "34.04" }.Select(r => MondayToThursday(9, 15).ScopedTo(Reference.Code(r))).ToArray();
        var calendar = HoursCalendar(null, own);
        var request = Request(Programme(("M1", 1)));
        var problem = OneCentre(request, "BDI-JKT", [Unit("34.04", Wib, 0), Unit("73.71", Wita, 0), Unit("34.02", Wib, 0), Unit("74.01", Wita, 0)], Mon8);
        var packer = Planner(calendar).CreatePacker(problem);
        var timetable = new Timetable(problem, calendar, packer);

        var (clocks, zones, provinces, ownHours) = timetable.Places(new PlannedClass(0, [0, 1, 2, 3]));

        clocks.Should().Be(PlanningUnit.ClockBit(7) | PlanningUnit.ClockBit(8));
        zones.Should().Equal(Wib, Wita);
        provinces.Should().Equal(Reference.Code("31"), Reference.Code("34"), Reference.Code("73"), Reference.Code("74"));
        packer.OwnHoursOf(ownHours).Select(p => p.Region.ToString()).Should().Equal("31", "34.02", "34.04");
    }
}
