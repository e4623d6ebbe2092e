using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Planning;

// The request resolved against the directories and the calendar: who is planned, at which centre, on which days.
// Shared by the planner and the benchmarks' CP-SAT peer, so both solve exactly the same instance.
internal sealed class PlanningProblem
{
    private PlanningProblem(PlanningRequest request, DateInterval? window)
    {
        Request = request;
        Window = window;
    }

    // A problem built directly (the benchmarks' synthetic instances): the units, centres and days as given.
    internal static PlanningProblem Create(PlanningRequest request, IEnumerable<TrainingCentre> centres, IEnumerable<PlanningUnit> units, IEnumerable<LocalDate> workingDays)
    {
        var days = workingDays.ToList();
        var problem = new PlanningProblem(request, days.Count > 0 ? new DateInterval(days[0], days[^1]) : null);
        problem.Centres.AddRange(centres);
        problem.Units.AddRange(units);
        problem.WorkingDays.AddRange(days);
        return problem;
    }

    public PlanningRequest Request { get; }

    public Phase Phase => Request.Phase;

    // The phase window after any prerequisite phase has ended; null when nothing is left of it.
    public DateInterval? Window { get; }

    public List<TrainingCentre> Centres { get; } = [];

    public List<PlanningUnit> Units { get; } = [];

    // Nationally working days of the window, in order: a class's days are consecutive entries of this list.
    public List<LocalDate> WorkingDays { get; } = [];

    public List<RuleViolation> Shortfalls { get; } = [];

    // The time and cancellation of the call solving it; set by the planner at the start of each solve.
    public PlanningBudget Budget { get; set; } = new(TimeSpan.MaxValue, TimeProvider.System, CancellationToken.None);

    // Each centre's units, in unit order; built once, after the units are final.
    public IReadOnlyList<List<int>> UnitsByCentre => _unitsByCentre ??= Bucket();

    public int ParticipantsOf(int centre) => UnitsByCentre[centre].Sum(u => Units[u].Participants);

    // The fewest classes a centre can have: its participants over the class capacity, rounded up.
    public int ClassLowerBoundOf(int centre) => (ParticipantsOf(centre) + Request.ClassCapacity - 1) / Request.ClassCapacity;

    private List<int>[]? _unitsByCentre;

    private List<int>[] Bucket()
    {
        var buckets = Enumerable.Range(0, Centres.Count).Select(_ => new List<int>()).ToArray();
        for (var u = 0; u < Units.Count; u++)
        {
            buckets[Units[u].Centre].Add(u);
        }

        return buckets;
    }

    public static PlanningProblem Build(PlanningRequest request, IRegionDirectory regions, ICentreDirectory centres, IWorkingCalendar calendar)
    {
        var phase = request.Phase;
        var start = phase.PrerequisitePhaseId is { } id && request.Programme.Phases.FirstOrDefault(p => p.Id == id) is { } prerequisite
            ? LocalDate.Max(phase.Start, prerequisite.End.PlusDays(1))
            : phase.Start;
        var problem = new PlanningProblem(request, start <= phase.End ? new DateInterval(start, phase.End) : null);
        problem.ResolveUnits(regions, centres);
        problem.FindWorkingDays(calendar, start);
        return problem;
    }

    public void Report(string code, params (string Key, object? Value)[] details) =>
        Shortfalls.Add(PlanningRules.Violation(code, details));

    private void FindWorkingDays(IWorkingCalendar calendar, LocalDate start)
    {
        if (Window is not { } window)
        {
            Report(NoWorkingDays, ("Phase", Phase.Id), ("Start", Phase.Start), ("End", Phase.End), ("After", AfterPrerequisite()));
            return;
        }

        var missing = Enumerable.Range(window.Start.Year, window.End.Year - window.Start.Year + 1).Where(y => !calendar.Covers(y)).ToList();
        foreach (var year in missing)
        {
            Report(CalendarDataMissing, ("Phase", Phase.Id), ("Year", year));
        }

        if (missing.Count > 0)
        {
            return;
        }

        WorkingDays.AddRange(window.Where(d => calendar.GetDay(d).IsWorkingDay));
        if (WorkingDays.Count == 0)
        {
            object after = start > Phase.Start ? AfterPrerequisite() : string.Empty;
            Report(NoWorkingDays, ("Phase", Phase.Id), ("Start", window.Start), ("End", window.End), ("After", after));
        }
    }

    private RuleText AfterPrerequisite() =>
        new($" (sesudah tahap prasyarat {Phase.PrerequisitePhaseId})", $" (after prerequisite phase {Phase.PrerequisitePhaseId})");

    private void ResolveUnits(IRegionDirectory regions, ICentreDirectory centres)
    {
        var asOf = Phase.Start;
        var targets = Phase.TargetLevel == RegionLevel.Regency
            ? regions.GetRegencies(asOf).Where(r => r.IsAutonomous).Select(r => (Region)r).ToList()
            : [.. regions.GetProvinces(asOf)];
        var wanted = targets;
        if (Request.Regions is { } requested)
        {
            var byCode = targets.ToDictionary(r => r.Code);
            wanted = [];
            foreach (var code in requested)
            {
                // An old code (91.01 before the 2022 split) names the region in force on the phase's start.
                var region = code.IsDefault || code.Level != Phase.TargetLevel ? null
                    : Phase.TargetLevel == RegionLevel.Regency ? regions.FindRegency(code, asOf) : (Region?)regions.FindProvince(code, asOf);
                if (region is not null && byCode.ContainsKey(region.Code))
                {
                    wanted.Add(region);
                }
                else
                {
                    Report(NotATarget, ("Region", code.ToString()), ("Phase", Phase.Id), ("Date", asOf));
                }
            }

            wanted = [.. wanted.DistinctBy(r => r.Code).OrderBy(r => r.Code)];
        }

        var index = new Dictionary<CentreCode, int>();
        foreach (var region in wanted)
        {
            var centre = CentreFor(region, centres, asOf);
            if (centre is null)
            {
                Report(NoServingCentre, ("Region", region.Code.ToString()), ("Date", asOf));
                continue;
            }

            // The phase audience per region: what the schedule validator counts for a session listing no one by name.
            var participants = Phase.ParticipantsPerRegion;
            if (participants > Request.ClassCapacity)
            {
                Report(RegionLargerThanClass, ("Region", region.Code.ToString()), ("Participants", participants), ("Capacity", Request.ClassCapacity));
                continue;
            }

            if (!index.TryGetValue(centre.Code, out var c))
            {
                index[centre.Code] = c = Centres.Count;
                Centres.Add(centre);
            }

            var province = region is Regency regency ? regency.ProvinceCode : region.Code;
            Units.Add(new PlanningUnit(region.Code, province, region.TimeZone, c, participants));
        }
    }

    private TrainingCentre? CentreFor(Region region, ICentreDirectory centres, LocalDate asOf)
    {
        if (Phase.Delivery == PhaseDelivery.Central)
        {
            // Checked by the planner before it builds the problem.
            return centres.FindCentre(Request.DeliveringCentre!.Value);
        }

        return centres.FindServiceArea(region.Code, asOf) is { } area ? centres.FindCentre(area.Centre) : null;
    }
}
