using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Planning.SmallPlanning;

namespace Bimtek.Domain.Tests.Planning;

// The planner's outcome pinned exactly on small instances whose optimum is worked out by hand (SmallPlanning: hours
// 08:00–16:00 with a 12:00–13:00 rest on Monday to Thursday, 60-minute lessons, Friday without a window).
public class SchedulePlannerOutcomeTests
{
    private static object? Detail(RuleViolation violation, string key) => violation.Details[key];

    private static RuleViolation Single(PlanResult plan, string code) => plan.Shortfalls.Should().ContainSingle(s => s.Code == code).Subject;

    [Fact]
    public void New_RefusesAMissingDirectoryOrCalendar_NamingIt()
    {
        var calendar = HoursCalendar();
        FluentActions.Invoking(() => new SchedulePlanner(null!, Reference.Bdi, calendar)).Should().Throw<ArgumentNullException>().WithParameterName("regions");
        FluentActions.Invoking(() => new SchedulePlanner(Reference.Map, null!, calendar)).Should().Throw<ArgumentNullException>().WithParameterName("centres");
        FluentActions.Invoking(() => new SchedulePlanner(Reference.Map, Reference.Bdi, null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    [Fact]
    public void Plan_RefusesANullRequest_AndACancelledCallBeforeLookingAtTheRequest()
    {
        var planner = PlannerReference.Planner;
        var broken = new ProgrammeBuilder().WithTotalJp(0).WithCurriculum(ProgrammeBuilder.Module("M1", 0))
            .WithPhases(ProgrammeBuilder.Phase("p1", Mon8, Tue9)).Build();

        FluentActions.Invoking(() => planner.Plan(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");
        FluentActions.Invoking(() => planner.Plan(new PlanningRequest(broken, "p1", 10), new CancellationToken(true))).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Plan_WhenTheDeliveringCentreIsUnknown_SaysWhichAndWhere()
    {
        var request = new PlanningRequest(PlannerReference.National2020().Programme, "provinsi", 20).WithDeliveringCentre(Reference.Centre("BDI-XYZ"));

        FluentActions.Invoking(() => PlannerReference.Planner.Plan(request)).Should().Throw<ArgumentException>()
            .WithMessage("The delivering centre BDI-XYZ is not in the centre directory.*").WithParameterName("request");
    }

    [Fact]
    public void Plan_WhenTheProgrammeIsNotValid_ListsEachCodeAndPath()
    {
        var programme = new ProgrammeBuilder().WithCode("BROKEN").WithTotalJp(0).WithCurriculum(ProgrammeBuilder.Module("M1", 0), ProgrammeBuilder.Module("M2", 0))
            .WithPhases(ProgrammeBuilder.Phase("p1", Mon8, Tue9)).Build();

        FluentActions.Invoking(() => PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", 10))).Should().Throw<ArgumentException>()
            .WithMessage($"Programme BROKEN is not valid (2 error(s): {ProgrammeRuleCodes.ModuleJpZero} at Curriculum[0].Jp; {ProgrammeRuleCodes.ModuleJpZero} at Curriculum[1].Jp); correct it before planning.*")
            .WithParameterName("request");
    }

    [Fact]
    public void Plan_WhenTheProgrammeHasMoreThanTenErrors_ListsTheFirstTenAndSaysThereIsMore()
    {
        var modules = Enumerable.Range(0, 11).Select(i => ProgrammeBuilder.Module($"M{i}", 0)).ToArray();
        var programme = new ProgrammeBuilder().WithCode("BROKEN").WithTotalJp(0).WithCurriculum(modules).WithPhases(ProgrammeBuilder.Phase("p1", Mon8, Tue9)).Build();

        var thrown = FluentActions.Invoking(() => PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", 10))).Should().Throw<ArgumentException>().Which;

        thrown.Message.Should().StartWith($"Programme BROKEN is not valid (11 error(s): {ProgrammeRuleCodes.ModuleJpZero} at Curriculum[0].Jp; ")
            .And.Contain($"{ProgrammeRuleCodes.ModuleJpZero} at Curriculum[9].Jp; …); correct it before planning.")
            .And.NotContain("Curriculum[10]");
    }

    [Fact]
    public void Plan_WhenTheProgrammeHasExactlyTenErrors_ListsAllTen_WithoutSayingThereIsMore()
    {
        var modules = Enumerable.Range(0, 10).Select(i => ProgrammeBuilder.Module($"M{i}", 0)).ToArray();
        var programme = new ProgrammeBuilder().WithCode("BROKEN").WithTotalJp(0).WithCurriculum(modules).WithPhases(ProgrammeBuilder.Phase("p1", Mon8, Tue9)).Build();

        var thrown = FluentActions.Invoking(() => PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", 10))).Should().Throw<ArgumentException>().Which;

        thrown.Message.Should().Contain($"(10 error(s): {ProgrammeRuleCodes.ModuleJpZero} at Curriculum[0].Jp; ")
            .And.Contain($"{ProgrammeRuleCodes.ModuleJpZero} at Curriculum[9].Jp); correct it before planning.");
    }

    [Fact]
    public void Solve_WhenTheCurriculumExceedsTheWindowAtTheDailyLimit_ReportsByHowMuch_AndPlansNothing()
    {
        // 9 + 8 = 17 JP in 2 working days at 8 a day (16): 3 days needed. Each module alone would fit.
        var request = Request(Programme(("M1", 9), ("M2", 8)));
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0), Unit("31.72", Wib, 0)], Mon8, Tue9);

        var plan = Planner(HoursCalendar()).Solve(problem);

        var shortfall = Single(plan, PlanningRuleCodes.CurriculumLongerThanWindow);
        shortfall.Details.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["Phase"] = "p1",
            ["Jp"] = 17L,
            ["Days"] = 3L,
            ["Max"] = 8,
            ["Start"] = new LocalDate(2020, 6, 1),
            ["End"] = new LocalDate(2020, 6, 30),
            ["WorkingDays"] = 2,
        });
        plan.Shortfalls.Should().HaveCount(1);
        plan.Schedule.Sessions.Should().BeEmpty();
        plan.UnplannedRegions.Select(r => r.ToString()).Should().Equal("31.71", "31.72");
        plan.Centres.Should().Equal(new PlannedCentre(Reference.Centre("BDI-JKT"), 2, 2, 1, 0, 1, null, null));
    }

    [Fact]
    public void Solve_WhenTheCurriculumIsLonger_CountsTheDaysItNeedsRoundedUp_NotOneMore()
    {
        // 24 JP at 8 a day: exactly 3 days (⌈24 / 8⌉), in a window of 2.
        var request = Request(Programme(("M1", 12), ("M2", 12)));
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Tue9);

        var shortfall = Single(Planner(HoursCalendar()).Solve(problem), PlanningRuleCodes.CurriculumLongerThanWindow);

        (Detail(shortfall, "Jp"), Detail(shortfall, "Days"), Detail(shortfall, "Max")).Should().Be((24L, 3L, 8));
    }

    [Fact]
    public void Solve_WithNamedInstructors_MeasuresTheCurriculumAtTheInstructorsDailyLimit()
    {
        // 9 JP in 2 days: fits 8 a day, not an instructor's 4 (⌈9 / 4⌉ = 3 days).
        var limits = new ScheduleLimits(8, 4);
        var bare = Request(Programme(("M1", 9)));
        var named = bare.WithInstructors([new Instructor("a", "A", ["M1"])]);

        var withInstructors = Planner(HoursCalendar(), limits).Solve(Problem(named, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Tue9));
        var without = Planner(HoursCalendar(), limits).Solve(Problem(bare, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Tue9));

        var shortfall = Single(withInstructors, PlanningRuleCodes.CurriculumLongerThanWindow);
        (Detail(shortfall, "Max"), Detail(shortfall, "Days")).Should().Be((4, 3L));
        without.Shortfalls.Should().NotContain(s => s.Code == PlanningRuleCodes.CurriculumLongerThanWindow);
    }

    [Fact]
    public void Solve_WhenTheCurriculumExactlyFillsTheWindow_PlansIt()
    {
        // 14 JP, 2 days of 7 working hours each (8 a day allowed): exactly full, so not refused.
        var request = Request(Programme(("M1", 14)));
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Tue9);

        var plan = Planner(HoursCalendar(), new ScheduleLimits(7, 7)).Solve(problem);

        plan.Shortfalls.Should().BeEmpty();
        plan.Cost.Should().Be(new PlanCost(1, 1, 0, 0, 2, 2, 1, 1));
    }

    [Fact]
    public void Solve_WithoutWorkingDays_ReportsNothingMore_AndLeavesEveryRegionUnplanned()
    {
        var request = Request(Programme(("M1", 2)));
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)]);

        var plan = Planner(HoursCalendar()).Solve(problem);

        plan.Shortfalls.Should().BeEmpty();
        plan.Schedule.Sessions.Should().BeEmpty();
        plan.UnplannedRegions.Select(r => r.ToString()).Should().Equal("31.71");
    }

    [Fact]
    public void Solve_TakesTheDailyLimitsGiven_AndForNamedInstructorsTheLowerOfTheTwo()
    {
        // 6 JP: one day at 8 a day; at an instructor's 3 a day, two.
        var limits = new ScheduleLimits(8, 3);
        var bare = Request(Programme(("M1", 6)));
        var named = bare.WithInstructors([new Instructor("a", "A", ["M1"])]);
        PlanResult Solve(PlanningRequest request, ScheduleLimits? l) => Planner(HoursCalendar(), l).Solve(Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Tue9, Wed10));

        Solve(bare, limits).Cost.ClassDays.Should().Be(1);
        Solve(named, limits).Cost.ClassDays.Should().Be(2);
        Solve(bare, new ScheduleLimits(3, 8)).Cost.ClassDays.Should().Be(2, "the class limit, 3 a day, is the planner's");
        Solve(bare, null).Cost.ClassDays.Should().Be(1, "the default is 8 a day");
    }

    [Fact]
    public void Solve_WhenTheTimeBudgetRunsOut_ReportsTheClassesAndRegionsLeftUnplaced()
    {
        // 20 classes of 2 regions in 20 rooms on one day. The clock is read every 16 steps (one per centre grouped, one per
        // class placed): at the 16th the budget is spent, so the 15th class and the 5 after it are not placed.
        var request = Request(Programme(("M1", 1)), capacity: 2, mode: SessionMode.InPerson, rooms: 20).WithTimeBudget(Duration.FromSeconds(1));
        var units = Enumerable.Range(1, 40).Select(i => Unit($"31.{i:00}", Wib, 0));
        var problem = Problem(request, [Centre("BDI-JKT")], units, Mon8);
        var planner = new SchedulePlanner(Reference.Map, Reference.Bdi, HoursCalendar()) { Time = new JumpingClock() };

        var plan = planner.Solve(problem);

        var shortfall = Single(plan, PlanningRuleCodes.TimeBudgetExhausted);
        (Detail(shortfall, "Unplanned"), Detail(shortfall, "UnplannedRegions"), Detail(shortfall, "Seconds")).Should().Be((6, 12, 1m));
        plan.Schedule.Sessions.Should().HaveCount(14);
        plan.UnplannedRegions.Should().HaveCount(12);
    }

    // Reads 0 when the budget starts, an hour later at every later read.
    private sealed class JumpingClock : TimeProvider
    {
        private int _reads;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _reads++ == 0 ? 0 : TimeSpan.TicksPerHour;
    }

    [Fact]
    public void Solve_WhenNoInstructorTeachesAModule_ReportsItPerCentre_AndPlansTheModuleWithoutOne()
    {
        var request = Request(Programme(("M1", 1), ("M2", 1))).WithInstructors([new Instructor("a", "A", ["M1"])]);
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8);

        var plan = Planner(HoursCalendar()).Solve(problem);

        var shortfall = Single(plan, PlanningRuleCodes.NoCompetentInstructor);
        shortfall.Details.Should().BeEquivalentTo(new Dictionary<string, object?> { ["Centre"] = "BDI Jakarta", ["Module"] = "M2" });
        plan.Shortfalls.Should().HaveCount(1);
        Items(plan.Schedule.Sessions.Single().Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "a"), (Mon8, AgendaItemKind.Teaching, "M2", string.Empty));
    }

    [Fact]
    public void Solve_BooksAmongEqualInstructorsTheOneFewerClassesCanUse()
    {
        var request = Request(Programme(("M1", 1), ("M2", 1))).WithInstructors([new Instructor("a", "A", ["M1", "M2"]), new Instructor("b", "B", ["M1"])]);
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8);

        var plan = Planner(HoursCalendar()).Solve(problem);

        Items(plan.Schedule.Sessions.Single().Days).Should().Equal((Mon8, AgendaItemKind.Teaching, "M1", "b"), (Mon8, AgendaItemKind.Teaching, "M2", "a"));
    }

    [Fact]
    public void Solve_WhenDaysRunOut_ReportsTheClassDaysEachClassTakesOrNeeds()
    {
        // One room, 6 JP at 4 a day. Monday–Tuesday holds the first class (2 days); the second runs Thursday, Friday (no
        // window) and Monday 15th (3 days); the third finds no day left and needs its fewest, 2: 2 + 3 + 2 = 7 class-days.
        var request = Request(Programme(("M1", 6)), capacity: 1, mode: SessionMode.InPerson);
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0), Unit("31.72", Wib, 0), Unit("31.73", Wib, 0)], Mon8, Tue9, Thu11, Fri12, Mon15);

        var plan = Planner(HoursCalendar(), new ScheduleLimits(4, 4)).Solve(problem);

        Single(plan, PlanningRuleCodes.NotEnoughDays).Details.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["Centre"] = "BDI Jakarta",
            ["Regions"] = 3,
            ["Classes"] = 3,
            ["ClassDays"] = 7,
            ["Start"] = Mon8,
            ["End"] = Mon15,
            ["WorkingDays"] = 5,
            ["FreeDays"] = 0,
            ["Unplanned"] = 1,
            ["UnplannedRegions"] = 1,
        });
        plan.Shortfalls.Should().HaveCount(1);
        plan.Schedule.Sessions.Select(s => s.Days.Select(d => d.Date).ToList()).Should().BeEquivalentTo(new[] { new[] { Mon8, Tue9 }, new[] { Thu11, Mon15 } }, o => o.WithStrictOrdering());
        plan.Cost.Should().Be(new PlanCost(2, 3, 1, 0, 5, 5, 1, 1), "Jakarta (31) is split over the two classes planned");
        plan.Centres.Should().Equal(new PlannedCentre(Reference.Centre("BDI-JKT"), 3, 3, 3, 2, 1, Mon8, Mon15));
    }

    [Fact]
    public void Solve_WhenSeveralClassesAreLeftOut_CountsTheRegionsOfEvery_One()
    {
        // One room, two working days, classes of two: one class of two days is planned; the other five regions' classes
        // are left out, and the shortfall counts all their regions, not those of the largest.
        var request = Request(Programme(("M1", 6)), capacity: 2, mode: SessionMode.InPerson);
        var regions = new[] { "31.71", "31.72", "31.73", "31.74", "31.75", "31.01", "32.01" };
        var problem = Problem(request, [Centre("BDI-JKT")], regions.Select(r => Unit(r, Wib, 0)), Mon8, Tue9);

        var plan = Planner(HoursCalendar(), new ScheduleLimits(4, 4)).Solve(problem);

        var planned = plan.Schedule.Sessions.Should().ContainSingle().Subject.Regions.Count;
        var shortfall = Single(plan, PlanningRuleCodes.NotEnoughDays);
        Detail(shortfall, "Unplanned").Should().BeOfType<int>().Which.Should().BeGreaterThan(1);
        Detail(shortfall, "UnplannedRegions").Should().Be(regions.Length - planned);
        plan.UnplannedRegions.Should().HaveCount(regions.Length - planned);
    }

    [Fact]
    public void Solve_WhenAClassFitsNoStart_CountsAtLeastWhatPackingItFromTheFirstDayShows()
    {
        // 20 JP (8 a day): Monday holds 7, Friday and Saturday have no window, then the window ends with 13 JP left:
        // 3 days used + ⌈13 / 8⌉ = 5 class-days, more than the 3 working days + 1.
        var request = Request(Programme(("M1", 20)), mode: SessionMode.InPerson);
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0)], Mon8, Fri12, Sat13);

        var plan = Planner(HoursCalendar()).Solve(problem);

        var shortfall = Single(plan, PlanningRuleCodes.NotEnoughDays);
        (Detail(shortfall, "ClassDays"), Detail(shortfall, "Unplanned"), Detail(shortfall, "FreeDays")).Should().Be((5, 1, 3));
    }

    [Fact]
    public void Solve_WhenAClassNeedsTheOneRoomHeldOnTheOnlyDaysItsProvinceWorks_PutsItFirstInTheNextPass()
    {
        // One room, Monday to Thursday, two classes of 2 days. The first (Jakarta's region) takes Monday–Tuesday; the
        // second's province (Jawa Barat) is closed on Wednesday and Thursday, so it finds no days. The next pass places it
        // first, on Monday–Tuesday, and the other on Wednesday–Thursday.
        var closures = new[] { Wed10, Thu11 }.Select(d => new CalendarClosure(d, "Hari jadi", [Reference.Code("32")]));
        var request = Request(Programme(("M1", 6)), capacity: 1);
        var problem = Problem(request, [Centre("BDI-JKT")], [Unit("31.71", Wib, 0), Unit("32.01", Wib, 0)], Mon8, Tue9, Wed10, Thu11);

        var plan = Planner(HoursCalendar(closures), new ScheduleLimits(4, 4)).Solve(problem);

        plan.IsComplete.Should().BeTrue();
        plan.Schedule.Sessions.Select(s => (s.Regions.Single().ToString(), s.Days[0].Date, s.Days.Count)).Should().Equal(("31.71", Wed10, 2), ("32.01", Mon8, 2));
    }

    [Fact]
    public void Solve_Online_WhenAnAgendaBlockFitsNoSharedWindow_RegroupsClockByClock_AndNamesTheZonesAndOwnHoursThatFailed()
    {
        // A 3½-hour opening. WIB alone has a 4-hour morning, WITA alone too; WIB with WIT share at most 2 hours at a stretch,
        // WITA with WIT 3. Each centre's one mixed class fails, so both are grouped again clock by clock: the WIB and the
        // WITA classes are planned, the WIT ones (still on their centre's clock) are not. Papua's two regencies keep hours
        // of their own (the same hours), so they are named too.
        var own = new[] { "91.01", "91.02" }.Select(r => MondayToThursday().ScopedTo(Reference.Code(r))).ToArray();
        var agenda = new PlanningAgenda(Duration.FromMinutes(210), Duration.Zero, Duration.Zero, Duration.Zero);
        var request = Request(Programme(("M1", 1)), agenda: agenda);
        var problem = Problem(
            request,
            [Centre("BDI-JKT"), Centre("BDI-MKS")],
            [Unit("31.71", Wib, 0), Unit("91.02", Wit, 0), Unit("91.01", Wit, 0), Unit("73.71", Wita, 1), Unit("94.01", Wit, 1)],
            Mon8,
            Tue9,
            Wed10);

        var plan = Planner(HoursCalendar(null, own)).Solve(problem);

        plan.Shortfalls.Select(s => s.Code).Should().Equal(PlanningRuleCodes.AgendaDoesNotFit, PlanningRuleCodes.AgendaDoesNotFit);
        plan.Shortfalls[0].Details.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["Centre"] = "BDI Jakarta",
            ["Block"] = "Opening",
            ["Minutes"] = 210,
            ["Zones"] = "WIB, WIT, 91.01, 91.02",
            ["Date"] = Wed10,
            ["Longest"] = 120,
        });
        plan.Shortfalls[1].Details.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["Centre"] = "BDI Makassar",
            ["Block"] = "Opening",
            ["Minutes"] = 210,
            ["Zones"] = "WIT, WITA",
            ["Date"] = Wed10,
            ["Longest"] = 180,
        });
        plan.Schedule.Sessions.Select(s => (s.Id, string.Join(",", s.Regions), s.Days.Single().Date)).Should().Equal(("BDI-JKT-p1-01", "31.71", Mon8), ("BDI-MKS-p1-01", "73.71", Mon8));
        plan.UnplannedRegions.Select(r => r.ToString()).Should().Equal("91.01", "91.02", "94.01");
        plan.Cost.Should().Be(new PlanCost(2, 2, 0, 0, 2, 1, 2, 1));
    }
}
