using System.Diagnostics;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Google.OrTools.Sat;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The planner's peer: Google OR-Tools CP-SAT on the same <see cref="PlanningProblem"/>, with the same hard rules and
/// exactly <see cref="PlanCost.Objective"/>. Benchmarks only; never a dependency of the package.
/// </summary>
/// <remarks>
/// <para>Model. Per centre, candidate classes k (the planner's class count there + 1) with used[k] (used[k] ≥ used[k+1],
/// and used classes in start order: both only break symmetry). Regions of one centre, province, clock and size are
/// interchangeable for every rule and term, so the model counts them per class (n[g,k] ∈ 0..|g|, Σ_k n[g,k] = |g|)
/// rather than placing each one (x[u,k]): the same solutions, far less symmetry, so a stronger peer. Capacity:
/// Σ size·n ≤ capacity·used. Province splits exactly as <see cref="PlanCost.ProvinceSplits"/> counts them, by province
/// of a centre: Σ_(centre, p) (classes holding p) − (centre, province) pairs.</para>
/// <para>Days. A class's clock set (the centre's clock and, online, each clock of its regions, as of the window's first
/// day, the same as <see cref="PlanningUnit.OffsetHours"/>: Asia/Pontianak is WIB since 1988) fixes its agenda's days
/// through the planner's own <see cref="AgendaPacker"/>, precomputed for every clock set and every start day; the day
/// count is an element constraint on (clock set, start), so a start-dependent count (Fridays are shorter) is modelled
/// exactly, and a start where the agenda cannot finish inside the window is forbidden.</para>
/// <para>Time. Optional interval [start, start + days) per class; NoOverlap over the classes of every set of centres
/// that must book one same instructor (a module whose only competent instructor there is that person, or the opening
/// official), NoOverlap (or Cumulative with <see cref="PlanningRequest.ParallelClassesPerCentre"/>) per centre,
/// makespan ≥ end. A module with several competent instructors is not modelled as a conflict (a relaxation: the count of
/// such modules is reported; none in the benchmark instances). Instructor availability windows and province closures
/// are not modelled (none in the benchmark instances; <see cref="Validate"/> refuses a problem that has them).</para>
/// </remarks>
internal sealed class CpSatPlanner
{
    private readonly PlanningProblem problem;
    private readonly AgendaPacker packer;
    private readonly Timetable timetable;
    private readonly IReadOnlyList<PlannedClass> plannerClasses;

    public CpSatPlanner(PlanningProblem problem, SchedulePlanner planner, IWorkingCalendar calendar)
    {
        this.problem = problem;
        packer = planner.CreatePacker(problem);
        timetable = new Timetable(problem, calendar, packer);
        plannerClasses = SchedulePlanner.Group(problem);
        Validate(problem, calendar);
    }

    /// <summary>Solves with a time limit and returns the best plan found, its terms, bound and timing.</summary>
    public CpSatResult Solve(double seconds, int workers = 2)
    {
        var clock = Stopwatch.StartNew();
        var model = new CpModel();
        var days = problem.WorkingDays.Count;
        var units = problem.Units;
        var online = problem.Request.Mode != SessionMode.InPerson;
        var startDependent = false;
        var classes = new List<ClassVars>();
        var provinceUse = new Dictionary<(int Centre, Regions.RegionCode Province), List<BoolVar>>();

        // Each region's clock on the window's first day, not PlanningUnit.OffsetHours: that reads the offset at the Unix
        // epoch, when Asia/Pontianak (Kalimantan Barat and Tengah) was still UTC+8; it has been WIB since 1988.
        var clockOf = units.Select(u => ClockOn(u.Zone, problem.WorkingDays[0])).ToArray();

        for (var c = 0; c < problem.Centres.Count; c++)
        {
            var centre = problem.Centres[c];
            var own = ClockOn(centre.TimeZone, problem.WorkingDays[0]);
            var members = problem.UnitsByCentre[c];
            if (members.Count == 0)
            {
                continue;
            }

            // The clocks other than the centre's that its regions are on; a clock set is a subset of them.
            var others = online ? members.Select(i => clockOf[i]).Where(o => o != own).Distinct().Order().ToList() : [];
            var zoneOf = members.GroupBy(i => clockOf[i]).ToDictionary(g => g.Key, g => units[g.First()].Zone);
            var table = new long[(1 << others.Count) * days];
            long longest = 1;
            for (var s = 0; s < 1 << others.Count; s++)
            {
                var mask = 1 << own;
                var zones = new List<DateTimeZone> { centre.TimeZone };
                for (var b = 0; b < others.Count; b++)
                {
                    if ((s & (1 << b)) != 0)
                    {
                        mask |= 1 << others[b];
                        zones.Add(zoneOf[others[b]]);
                    }
                }

                var fitting = new HashSet<int>();
                for (var start = 0; start < days; start++)
                {
                    var packing = packer.Pack(centre, mask, zones, start);
                    table[(s * days) + start] = packing.Fits ? packing.DayCount : days + 1;
                    if (packing.Fits)
                    {
                        fitting.Add(packing.DayCount);
                        longest = Math.Max(longest, packing.DayCount);
                    }
                }

                startDependent |= fitting.Count > 1;
            }

            var groups = members.GroupBy(i => (units[i].Province, Clock: clockOf[i], units[i].Participants))
                .OrderBy(g => g.Key.Province).ThenBy(g => g.Key.Clock).ThenBy(g => g.Key.Participants).ToList();
            var candidates = plannerClasses.Count(k => k.Centre == c) + 1;
            var ownClasses = new List<ClassVars>();
            for (var k = 0; k < candidates; k++)
            {
                var name = $"{centre.Code}.{k}";
                var used = model.NewBoolVar($"used.{name}");
                var counts = groups.Select((g, gi) => model.NewIntVar(0, g.Count(), $"n.{name}.{gi}")).ToList();
                model.Add(LinearExpr.WeightedSum(counts, groups.Select(g => (long)g.Key.Participants)) <= problem.Request.ClassCapacity * (LinearExpr)used);

                // A clock bit is on exactly when the class holds a region on that clock.
                var bits = new List<BoolVar>();
                for (var b = 0; b < others.Count; b++)
                {
                    var bit = model.NewBoolVar($"clock.{name}.{others[b]}");
                    var onClock = groups.Select((g, gi) => (g, gi)).Where(x => x.g.Key.Clock == others[b]).ToList();
                    foreach (var (g, gi) in onClock)
                    {
                        model.Add(counts[gi] <= g.Count() * (LinearExpr)bit);
                    }

                    model.Add(LinearExpr.Sum(onClock.Select(x => counts[x.gi])) >= bit);
                    bits.Add(bit);
                }

                // A province is in the class exactly when one of its regions is.
                foreach (var province in groups.GroupBy(g => g.Key.Province))
                {
                    var holds = model.NewBoolVar($"holds.{name}.{province.Key}");
                    var indices = groups.Select((g, gi) => (g, gi)).Where(x => x.g.Key.Province == province.Key).ToList();
                    foreach (var (g, gi) in indices)
                    {
                        model.Add(counts[gi] <= g.Count() * (LinearExpr)holds);
                    }

                    model.Add(LinearExpr.Sum(indices.Select(x => counts[x.gi])) >= holds);
                    if (!provinceUse.TryGetValue((c, province.Key), out var list))
                    {
                        provinceUse[(c, province.Key)] = list = [];
                    }

                    list.Add(holds);
                }

                model.Add(LinearExpr.Sum(counts) >= used);
                var start = model.NewIntVar(0, days - 1, $"start.{name}");
                var length = model.NewIntVar(1, days + 1, $"days.{name}");
                var end = model.NewIntVar(1, (2 * days) + 1, $"end.{name}");
                var index = model.NewIntVar(0, table.Length - 1, $"index.{name}");
                model.Add(index == (days * LinearExpr.WeightedSum(bits, bits.Select((_, b) => 1L << b))) + start);
                model.AddElement(index, table, length);
                model.Add(end <= days).OnlyEnforceIf(used);
                var interval = model.NewOptionalIntervalVar(start, length, end, used, $"interval.{name}");
                var charged = model.NewIntVar(0, longest, $"charged.{name}");
                model.Add(charged == length).OnlyEnforceIf(used);
                model.Add(charged == 0).OnlyEnforceIf(used.Not());
                ownClasses.Add(new ClassVars(c, used, counts, [.. groups.Select(g => g.Key.Clock)], start, end, charged, interval));
            }

            for (var k = 0; k + 1 < ownClasses.Count; k++)
            {
                model.AddImplication(ownClasses[k + 1].Used, ownClasses[k].Used);
                model.Add(ownClasses[k].Start <= ownClasses[k + 1].Start).OnlyEnforceIf(ownClasses[k + 1].Used);
            }

            for (var gi = 0; gi < groups.Count; gi++)
            {
                model.Add(LinearExpr.Sum(ownClasses.Select(v => v.Counts[gi])) == groups[gi].Count());
            }

            classes.AddRange(ownClasses);
        }

        var (cliques, relaxed) = InstructorCliques();
        foreach (var clique in cliques)
        {
            model.AddNoOverlap(classes.Where(v => clique.Contains(v.Centre)).Select(v => v.Interval));
        }

        var parallel = problem.Request.ParallelClassesPerCentre;
        foreach (var centre in classes.GroupBy(v => v.Centre))
        {
            if (parallel == 1)
            {
                if (!cliques.Any(q => q.Contains(centre.Key)))
                {
                    model.AddNoOverlap(centre.Select(v => v.Interval));
                }
            }
            else
            {
                model.AddCumulative(parallel).AddDemands(centre.Select(v => v.Interval), centre.Select(_ => 1L));
            }
        }

        var makespan = model.NewIntVar(0, days, "makespan");
        foreach (var v in classes)
        {
            model.Add(makespan >= v.End).OnlyEnforceIf(v.Used);
        }

        var classCount = LinearExpr.Sum(classes.Select(v => v.Used));
        var splits = LinearExpr.Sum(provinceUse.Values.SelectMany(l => l)) - provinceUse.Count;
        var classDays = LinearExpr.Sum(classes.Select(v => v.Charged));
        model.Minimize((PlanCost.ClassWeight * classCount) + (PlanCost.SplitWeight * splits) + (PlanCost.ClassDayWeight * classDays) + makespan);
        var buildSeconds = clock.Elapsed.TotalSeconds;

        var solver = new CpSolver
        {
            StringParameters = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds} num_search_workers:{workers} random_seed:1"),
        };
        var callback = new Improvements();
        var status = solver.Solve(model, callback);
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var chosen = found ? classes.Where(v => solver.BooleanValue(v.Used)).ToList() : [];
        var plan = chosen.Select(v => new CpSatClass(v.Centre, (int)solver.Value(v.Start), (int)solver.Value(v.Charged),
            v.Counts.Select((n, gi) => (Offset: v.Offsets[gi], Count: (int)solver.Value(n))).Where(x => x.Count > 0)
                .GroupBy(x => x.Offset).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(x => x.Count))).ToList())).ToList();
        return new CpSatResult(
            Status: status.ToString(),
            Objective: found ? (long)solver.ObjectiveValue : null,
            Bound: (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6),
            Classes: chosen.Count,
            ProvinceSplits: found ? (int)solver.Value(splits) : 0,
            ClassDays: found ? (int)solver.Value(classDays) : 0,
            MakespanDays: found ? (int)solver.Value(makespan) : 0,
            WallSeconds: solver.WallTime(),
            SecondsToBest: callback.Seen.Count > 0 ? callback.Seen[^1].Seconds : null,
            BuildSeconds: buildSeconds,
            Improvements: callback.Seen,
            StartDependentDays: startDependent,
            RelaxedConflicts: relaxed,
            Plan: plan);
    }

    // Sets of centres whose classes all book one same instructor, so none of them may share a day. Subsets of a larger
    // set add nothing and are dropped. Also counts (centre, module) pairs whose instructors are shared but not forced.
    private (List<HashSet<int>> Cliques, int Relaxed) InstructorCliques()
    {
        var request = problem.Request;
        var forced = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var relaxed = 0;
        var hasFrame = request.Agenda.Opening > Duration.Zero || request.Agenda.Closing > Duration.Zero;
        if (request.OpeningOfficial is { } opener && hasFrame)
        {
            forced[opener] = [.. Enumerable.Range(0, problem.Centres.Count)];
        }

        foreach (var module in request.Programme.Curriculum)
        {
            for (var c = 0; c < problem.Centres.Count; c++)
            {
                var competent = timetable.Competent(module.Code, c);
                if (competent.Count == 1)
                {
                    if (!forced.TryGetValue(competent[0], out var set))
                    {
                        forced[competent[0]] = set = [];
                    }

                    set.Add(c);
                }
                else if (competent.Count > 1)
                {
                    relaxed++;
                }
            }
        }

        var sets = forced.Values.Where(s => s.Count > 0).OrderByDescending(s => s.Count).ToList();
        var kept = new List<HashSet<int>>();
        foreach (var set in sets)
        {
            if (!kept.Any(k => set.IsSubsetOf(k)))
            {
                kept.Add(set);
            }
        }

        return (kept, relaxed);
    }

    private static void Validate(PlanningProblem problem, IWorkingCalendar calendar)
    {
        if (calendar.Closures.Count > 0 || problem.Request.Instructors.Any(i => i.Availability.Count > 0))
        {
            throw new NotSupportedException("The CP-SAT peer models neither province closures nor instructor availability windows; the benchmark instances have none.");
        }

        if (problem.WorkingDays.Count == 0)
        {
            throw new ArgumentException("The problem has no working days.", nameof(problem));
        }
    }

    /// <summary>The whole-hour UTC offset of a zone on a date (7 WIB, 8 WITA, 9 WIT).</summary>
    public static int ClockOn(DateTimeZone zone, LocalDate date) => zone.GetUtcOffset(date.AtStartOfDayInZone(zone).ToInstant()).Seconds / 3600;

    private sealed record ClassVars(int Centre, BoolVar Used, List<IntVar> Counts, List<int> Offsets, IntVar Start, IntVar End, IntVar Charged, IntervalVar Interval);

    // Every improving solution, with the solver's wall time when it was found.
    private sealed class Improvements : CpSolverSolutionCallback
    {
        public List<(long Objective, double Seconds)> Seen { get; } = [];

        public override void OnSolutionCallback() => Seen.Add(((long)ObjectiveValue(), WallTime()));
    }
}
