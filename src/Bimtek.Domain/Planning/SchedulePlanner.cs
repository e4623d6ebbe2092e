using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Planning;

/// <summary>
/// The standard planner: groups each centre's regions into as few classes as capacity allows with the fewest provinces
/// split (an exact search per centre) and then the fewest class-days, lays the curriculum into the working time each
/// class's zones share, and puts each class on the start that costs the fewest class-days, then finishes earliest, where
/// rooms, instructors and every province's calendar allow, redoing the timetable (and, online, the grouping of a centre
/// that fell short) before it reports any region unplanned.
/// </summary>
/// <remarks>
/// Every schedule it returns passes every error rule of <see cref="ScheduleValidator"/> with the same directories,
/// calendar and limits, except <see cref="ScheduleRuleCodes.RegionNotCovered"/> for the regions it reports unplanned.
/// Deterministic: the same request gives the identical plan. Thread-safe: it keeps no state between calls.
/// </remarks>
public sealed partial class SchedulePlanner : ISchedulePlanner
{
    private readonly IRegionDirectory _regions;
    private readonly ICentreDirectory _centres;
    private readonly IWorkingCalendar _calendar;
    private readonly ScheduleLimits _limits;

    /// <summary>Creates a planner.</summary>
    /// <param name="regions">The regions in force on each date.</param>
    /// <param name="centres">The centres and their service areas.</param>
    /// <param name="calendar">Working days and hours.</param>
    /// <param name="limits">Daily JP limits; <see cref="ScheduleLimits.Default"/> when <see langword="null"/>.</param>
    public SchedulePlanner(IRegionDirectory regions, ICentreDirectory centres, IWorkingCalendar calendar, ScheduleLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(calendar);
        _regions = regions;
        _centres = centres;
        _calendar = calendar;
        _limits = limits ?? ScheduleLimits.Default;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The programme breaks an error rule of <see cref="Programmes.ProgrammeValidator"/>
    /// (the message names each code and path), or a central phase names no delivering centre, or names an unknown one.</exception>
    public PlanResult Plan(PlanningRequest request) => Plan(request, CancellationToken.None);

    /// <summary>Plans a request within its <see cref="PlanningRequest.TimeBudget"/>, unless the caller cancels first.</summary>
    /// <param name="request">What to plan.</param>
    /// <param name="cancellationToken">Cancels the call: checked at each centre grouped and each class placed.</param>
    /// <returns>The schedule of what fits, its costs, and what did not fit and why; when the budget runs out, what was
    /// placed by then and <see cref="PlanningRuleCodes.TimeBudgetExhausted"/>.</returns>
    /// <exception cref="ArgumentException">The programme breaks an error rule of <see cref="Programmes.ProgrammeValidator"/>
    /// (the message names each code and path), or a central phase names no delivering centre, or names an unknown one.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public PlanResult Plan(PlanningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        RequireValid(request);
        if (request.Phase.Delivery == Programmes.PhaseDelivery.Central)
        {
            var code = request.DeliveringCentre
                ?? throw new ArgumentException($"Phase {request.Phase.Id} is delivered centrally: name the centre that runs it with WithDeliveringCentre.", nameof(request));
            _ = _centres.FindCentre(code) ?? throw new ArgumentException($"The delivering centre {code} is not in the centre directory.", nameof(request));
        }

        return Solve(Prepare(request), cancellationToken);
    }

    // The clock the time budget is read from; tests replace it with one they advance.
    internal TimeProvider Time { get; init; } = TimeProvider.System;

    // What the programme validator refuses is never planned (a negative audience once planned as 5 seats a region): the
    // planner and every reader apply the same rules.
    private static void RequireValid(PlanningRequest request)
    {
        var programme = request.Programme;
        var errors = Programmes.ProgrammeValidator.Instance.Validate(programme).Errors.Where(e => e.Severity == FluentValidation.Severity.Error).ToList();
        if (errors.Count > 0)
        {
            var listed = string.Join("; ", errors.Take(10).Select(e => $"{e.ErrorCode} at {e.PropertyName}"));
            throw new ArgumentException(
                Common.PersonalData.MaskIn($"Programme {programme.Code} is not valid ({errors.Count} error(s): {listed}{(errors.Count > 10 ? "; …" : string.Empty)}); correct it before planning."),
                nameof(request));
        }
    }

    // The planning proper, on a resolved problem: the benchmarks feed synthetic problems here.
    internal PlanResult Solve(PlanningProblem problem, CancellationToken cancellationToken = default)
    {
        problem.Budget = new PlanningBudget(problem.Request.TimeBudget.ToTimeSpan(), Time, cancellationToken);
        // A curriculum that cannot fit the window even at the daily limit on every working day is refused before any block
        // is laid: a 5,256,000-JP module once made the packer walk millions of blocks for every start day.
        var jp = problem.Request.Programme.Curriculum.Sum(m => (long)m.Jp.Value);
        var maxJp = Math.Max(1, problem.Request.Instructors.Count > 0 ? Math.Min(_limits.MaxJpPerDay, _limits.MaxInstructorJpPerDay) : _limits.MaxJpPerDay);
        var workingDays = problem.WorkingDays.Count;
        if (workingDays > 0 && jp > (long)workingDays * maxJp)
        {
            problem.Report(
                CurriculumLongerThanWindow,
                ("Phase", problem.Phase.Id),
                ("Jp", jp),
                ("Days", (jp + maxJp - 1) / maxJp),
                ("Max", maxJp),
                ("Start", problem.Phase.Start),
                ("End", problem.Phase.End),
                ("WorkingDays", workingDays));
            // Every region stays in an unscheduled class of its centre, so the plan lists it unplanned.
            return PlanReport.Build(problem, [.. Enumerable.Range(0, problem.Centres.Count).Select(c => new PlannedClass(c, problem.UnitsByCentre[c]) { Id = $"{problem.Centres[c].Code}-{problem.Phase.Id}-01" })]);
        }

        var packer = CreatePacker(problem);
        var classes = Group(problem, packer);
        if (problem.WorkingDays.Count > 0 && !problem.Budget.IsSpent)
        {
            classes = Timetable(problem, classes, packer);
        }

        if (problem.Budget.IsSpent)
        {
            var unplanned = classes.Where(k => !k.IsScheduled).ToList();
            problem.Report(
                TimeBudgetExhausted,
                ("Phase", problem.Phase.Id),
                ("Seconds", (decimal)problem.Budget.Budget.TotalSeconds),
                ("Unplanned", unplanned.Count),
                ("UnplannedRegions", unplanned.Sum(k => k.Units.Count)));
        }

        return PlanReport.Build(problem, classes);
    }

    // With named instructors, one instructor takes a whole module of a class: the class's day is also theirs.
    internal AgendaPacker CreatePacker(PlanningProblem problem)
    {
        var request = problem.Request;
        var maxJp = request.Instructors.Count > 0 ? Math.Min(_limits.MaxJpPerDay, _limits.MaxInstructorJpPerDay) : _limits.MaxJpPerDay;
        return new AgendaPacker(_calendar, problem.WorkingDays, AgendaPacker.Blocks(request, _calendar.LessonHourLength), maxJp);
    }

    internal PlanningProblem Prepare(PlanningRequest request) => PlanningProblem.Build(request, _regions, _centres, _calendar);

    // Each centre's regions into classes (ClassGrouping), a class on a set of clocks costing the fewest days its agenda
    // needs there at any start of the window.
    // byClock: centres whose regions are grouped clock by clock (no class mixes clocks: more classes, fewer days each).
    // daysFirst: centres grouped for the fewest class-days before the fewest splits.
    internal List<PlannedClass> Group(PlanningProblem problem, AgendaPacker packer, IReadOnlySet<int>? byClock = null, IReadOnlySet<int>? daysFirst = null)
    {
        var classes = new List<PlannedClass>();
        var online = problem.Request.Mode != SessionMode.InPerson;
        var timetable = new Timetable(problem, _calendar, packer);
        for (var c = 0; c < problem.Centres.Count; c++)
        {
            var centre = problem.Centres[c];
            var members = problem.UnitsByCentre[c];
            if (problem.Budget.Spend())
            {
                // Out of time: the centre's regions stay in one unscheduled class, so the plan lists them unplanned.
                classes.Add(new PlannedClass(c, members) { Id = $"{centre.Code}-{problem.Phase.Id}-01" });
                continue;
            }

            var zoneOf = new Dictionary<int, NodaTime.DateTimeZone> { [PlanningUnit.ClockBit(IndonesianTimeZones.OffsetHours(centre.TimeZone))] = centre.TimeZone };
            foreach (var u in members)
            {
                zoneOf.TryAdd(PlanningUnit.ClockBit(problem.Units[u].OffsetHours), problem.Units[u].Zone);
            }

            var centreClocks = PlanningUnit.ClockBit(IndonesianTimeZones.OffsetHours(centre.TimeZone));
            var window = problem.WorkingDays.Count;
            var daysByClocks = new Dictionary<int, int>();
            int DaysOf(int clocks)
            {
                if (window == 0)
                {
                    return 1;
                }

                if (!daysByClocks.TryGetValue(clocks, out var days))
                {
                    // The centre's zone first, then the others by clock (lowest bit first): the order Fewest packs in.
                    var zones = new List<NodaTime.DateTimeZone>(3);
                    for (var rest = clocks; rest != 0; rest &= rest - 1)
                    {
                        if (zoneOf.TryGetValue(rest & -rest, out var zone))
                        {
                            var last = zones.Count;
                            zones.Insert((rest & -rest) == centreClocks ? 0 : last, zone);
                        }
                    }

                    days = timetable.Fewest(c, clocks, zones).Days is var fewest && fewest > 0 ? fewest : window + 1;
                    daysByClocks[clocks] = days;
                }

                return days;
            }

            var groups = byClock?.Contains(c) == true
                ? [.. members.GroupBy(u => problem.Units[u].OffsetHours).OrderBy(g => g.Key)
                    .SelectMany(g => ClassGrouping.Group(problem.Units, [.. g], problem.Request.ClassCapacity, centreClocks, online, DaysOf))]
                : ClassGrouping.Group(problem.Units, members, problem.Request.ClassCapacity, centreClocks, online, DaysOf, daysFirst?.Contains(c) == true);
            for (var k = 0; k < groups.Count; k++)
            {
                classes.Add(new PlannedClass(c, groups[k]) { Id = $"{centre.Code}-{problem.Phase.Id}-{k + 1:00}" });
            }
        }

        return classes;
    }

    // Timetables the classes and reports what does not fit. When regions are left out, the online centres on several
    // clocks that fell short are grouped again, first for the fewest class-days before the fewest splits, then clock by
    // clock (a class on one clock shares the longest window, so it needs the fewest days, at the price of classes), and
    // everything timetabled again; a regrouping is kept only if it leaves fewer regions out.
    internal List<PlannedClass> Timetable(PlanningProblem problem, List<PlannedClass> classes, AgendaPacker packer)
    {
        var timetable = new Timetable(problem, _calendar, packer);
        ReportMissingInstructors(problem, timetable);
        var outcome = Passes(problem, classes, timetable);
        if (outcome.Unplanned > 0 && problem.Request.Mode != SessionMode.InPerson)
        {
            var failing = outcome.Failures.Keys.Where(c => problem.UnitsByCentre[c].Select(u => problem.Units[u].OffsetHours).Distinct().Count() > 1).ToHashSet();
            foreach (var byClock in new[] { false, true })
            {
                if (failing.Count == 0 || outcome.Unplanned == 0 || problem.Budget.IsSpent)
                {
                    break;
                }

                var regrouped = byClock ? Group(problem, packer, byClock: failing) : Group(problem, packer, daysFirst: failing);
                var other = new Timetable(problem, _calendar, packer);
                var second = Passes(problem, regrouped, other);
                if (second.Unplanned < outcome.Unplanned)
                {
                    (classes, timetable, outcome) = (regrouped, other, second);
                }
            }
        }

        foreach (var (centre, failure) in outcome.Failures.OrderBy(f => f.Key))
        {
            ReportShortfall(problem, classes, timetable, packer, centre, failure);
        }

        return classes;
    }

    // The days a class needs: its fewest at any start, or, when its agenda fits no start of the window, at least what
    // packing it from the first day shows (more than the window has), so the shortfall's class-days say it cannot fit.
    private static int Estimate(PlanningProblem problem, AgendaPacker packer, Timetable timetable, PlannedClass planned)
    {
        var (clocks, zones, _, ownHours) = timetable.Places(planned);
        var days = timetable.Fewest(planned.Centre, clocks, zones, ownHours).Days;
        return days > 0 ? days : Math.Max(problem.WorkingDays.Count + 1, packer.Pack(problem.Centres[planned.Centre], clocks, zones, 0, ownHours).Needed);
    }

    private static void ReportMissingInstructors(PlanningProblem problem, Timetable timetable)
    {
        if (problem.Request.Instructors.Count == 0)
        {
            return;
        }

        for (var c = 0; c < problem.Centres.Count; c++)
        {
            foreach (var module in problem.Request.Programme.Curriculum.Where(m => timetable.Competent(m.Code, c).Count == 0))
            {
                problem.Report(NoCompetentInstructor, ("Centre", problem.Centres[c].Name), ("Module", module.Code));
            }
        }
    }

    private static void ReportShortfall(PlanningProblem problem, List<PlannedClass> classes, Timetable timetable, AgendaPacker packer, int centre, Packing? failure)
    {
        var name = problem.Centres[centre].Name;
        if (failure?.Unplaceable is { } block)
        {
            // The clocks, then the places whose own hours narrowed the window (a regency's Perbup, a province's Pergub).
            var places = classes.Where(k => k.Centre == centre && !k.IsScheduled).Select(timetable.Places).ToList();
            var zones = string.Join(", ", places.SelectMany(p => p.Zones).Select(IndonesianTimeZones.TryLabel).Distinct().Order(StringComparer.Ordinal)
                .Concat(places.SelectMany(p => packer.OwnHoursOf(p.OwnHours)).Select(p => p.Region.ToString()).Distinct().Order(StringComparer.Ordinal)));
            problem.Report(AgendaDoesNotFit, ("Centre", name), ("Block", block.Label), ("Minutes", (int)block.Length.TotalMinutes), ("Zones", zones), ("Date", failure.Date), ("Longest", (int)failure.Longest.TotalMinutes));
            return;
        }

        var own = classes.Where(k => k.Centre == centre).ToList();
        var unplanned = own.Where(k => !k.IsScheduled).ToList();
        var classDays = own.Sum(k => k.IsScheduled ? k.DayCount : Estimate(problem, packer, timetable, k));
        problem.Report(
            NotEnoughDays,
            ("Centre", name),
            ("Regions", own.Sum(k => k.Units.Count)),
            ("Classes", own.Count),
            ("ClassDays", classDays),
            ("Start", problem.Window!.Start),
            ("End", problem.Window.End),
            ("WorkingDays", problem.WorkingDays.Count),
            ("FreeDays", timetable.UsableDays(centre)),
            ("Unplanned", unplanned.Count),
            ("UnplannedRegions", unplanned.Sum(k => k.Units.Count)));
    }
}
