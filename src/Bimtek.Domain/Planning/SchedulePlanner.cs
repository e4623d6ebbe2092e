using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Planning;

/// <summary>
/// The standard planner: groups each centre's regions into as few classes as capacity allows, keeping provinces and
/// clocks together where they fit, lays the curriculum into the working time each class's zones share, and puts the
/// classes on the earliest days where rooms, instructors and every province's calendar allow.
/// </summary>
/// <remarks>
/// Every schedule it returns passes every error rule of <see cref="ScheduleValidator"/> with the same directories,
/// calendar and limits, except <see cref="ScheduleRuleCodes.RegionNotCovered"/> for the regions it reports unplanned.
/// Deterministic: the same request gives the identical plan. Thread-safe: it keeps no state between calls.
/// </remarks>
public sealed class SchedulePlanner : ISchedulePlanner
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
    /// <exception cref="ArgumentException">A central phase names no delivering centre, or names an unknown one.</exception>
    public PlanResult Plan(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Phase.Delivery == Programmes.PhaseDelivery.Central)
        {
            var code = request.DeliveringCentre
                ?? throw new ArgumentException($"Phase {request.Phase.Id} is delivered centrally: name the centre that runs it with WithDeliveringCentre.", nameof(request));
            _ = _centres.FindCentre(code) ?? throw new ArgumentException($"The delivering centre {code} is not in the centre directory.", nameof(request));
        }

        return Solve(Prepare(request));
    }

    // The planning proper, on a resolved problem: the benchmarks feed synthetic problems here.
    internal PlanResult Solve(PlanningProblem problem)
    {
        var classes = Group(problem);
        if (problem.WorkingDays.Count > 0)
        {
            Timetable(problem, classes, CreatePacker(problem));
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

    internal static List<PlannedClass> Group(PlanningProblem problem)
    {
        var classes = new List<PlannedClass>();
        for (var c = 0; c < problem.Centres.Count; c++)
        {
            var groups = ClassGrouping.Group(problem.Units, problem.UnitsByCentre[c], problem.Request.ClassCapacity);
            for (var k = 0; k < groups.Count; k++)
            {
                classes.Add(new PlannedClass(c, groups[k]) { Id = $"{problem.Centres[c].Code}-{problem.Phase.Id}-{k + 1:00}" });
            }
        }

        return classes;
    }

    internal void Timetable(PlanningProblem problem, List<PlannedClass> classes, AgendaPacker packer)
    {
        var timetable = new Timetable(problem, _calendar, packer);
        ReportMissingInstructors(problem, timetable);

        // Longest classes first (they are the hardest to fit), then by centre and class: a fixed, total order.
        var order = classes
            .Select((planned, index) => (planned, index, days: Estimate(problem, packer, timetable, planned)))
            .OrderByDescending(x => x.days).ThenBy(x => x.index).Select(x => x.planned).ToList();
        var failures = new Dictionary<int, Packing?>();
        foreach (var planned in order)
        {
            if (!timetable.TryPlace(planned, out var failure))
            {
                failures.TryAdd(planned.Centre, failure);
            }
        }

        foreach (var (centre, failure) in failures.OrderBy(f => f.Key))
        {
            ReportShortfall(problem, classes, timetable, packer, centre, failure);
        }
    }

    private static int Estimate(PlanningProblem problem, AgendaPacker packer, Timetable timetable, PlannedClass planned)
    {
        var (clocks, zones, _) = timetable.Places(planned);
        var packing = packer.Pack(problem.Centres[planned.Centre], clocks, zones, 0);
        return packing.Fits ? packing.DayCount : int.MaxValue;
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
            var zones = string.Join(", ", classes.Where(k => k.Centre == centre && !k.IsScheduled)
                .SelectMany(k => timetable.Places(k).Zones).Select(IndonesianTimeZones.TryLabel).Distinct().Order(StringComparer.Ordinal));
            problem.Report(AgendaDoesNotFit, ("Centre", name), ("Block", block.Label), ("Minutes", (int)block.Length.TotalMinutes), ("Zones", zones), ("Date", failure.Date), ("Longest", (int)failure.Longest.TotalMinutes));
            return;
        }

        var own = classes.Where(k => k.Centre == centre).ToList();
        var unplanned = own.Where(k => !k.IsScheduled).ToList();
        var classDays = own.Sum(k => k.IsScheduled ? k.Days.Count : Math.Max(1, Estimate(problem, packer, timetable, k) is var d && d == int.MaxValue ? 1 : d));
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
