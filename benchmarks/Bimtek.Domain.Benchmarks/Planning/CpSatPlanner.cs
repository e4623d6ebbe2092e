using System.Diagnostics;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Google.OrTools.Sat;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The planner's peer: Google OR-Tools CP-SAT on the same <see cref="PlanningProblem"/>, with the same hard rules and
/// exactly <see cref="PlanCost.Objective"/>. Benchmarks only; never a dependency of the package.
/// </summary>
/// <remarks>
/// <para>Model. Per centre, candidate classes k: max(the planner's class count there + 1, the class lower bound + 2), so
/// the peer is never held to the planner's count. used[k] ≥ used[k+1] and used classes in start order only break
/// symmetry. Regions of one centre, province, clock and size are interchangeable for every rule and term, so the model
/// counts them per class (n[g,k] ∈ 0..|g|, Σ_k n[g,k] = |g|: every region is planned, so a model with no solution
/// means no complete plan with that many classes). Capacity Σ size·n ≤ capacity·used. Province splits exactly as
/// <see cref="PlanCost.ProvinceSplits"/> counts them.</para>
/// <para>Days. A class's clock set (the centre's clock and, online, each clock of its regions) fixes its agenda's days
/// through the planner's own <see cref="AgendaPacker"/>, precomputed for every clock set and start day; the day count
/// is an element constraint on (clock set, start), and a start where the agenda cannot finish inside the window is
/// forbidden.</para>
/// <para>Exact resources, as the planner books them. Each used class books one instructor per module among those
/// competent there (<see cref="Timetable.Competent"/>), and the opening official when the agenda has an opening or
/// closing; an instructor's classes never share a day (an optional interval per class and instructor, NoOverlap per
/// instructor). An instructor with availability windows may take a module only at (clock set, start) pairs where every
/// block of it lies inside them (an element constraint). A day closed in a province (<see cref="IWorkingCalendar"/>
/// closures) is not in a class's span when the centre's home province is closed, or, online, a province of its
/// regions. Rooms: NoOverlap per centre, or Cumulative with <see cref="PlanningRequest.ParallelClassesPerCentre"/>.
/// </para>
/// <para>Every plan found is turned into a <see cref="PlannedClass"/> list with <see cref="Timetable.Place"/>, rooms
/// assigned in start order, and reported like the planner's (<see cref="PlanReport"/>), so the validator judges it.</para>
/// </remarks>
internal sealed partial class CpSatPlanner
{
    private readonly PlanningProblem _problem;
    private readonly AgendaPacker _packer;
    private readonly Timetable _timetable;
    private readonly IWorkingCalendar _calendar;
    private readonly int[] _plannerClasses;

    public CpSatPlanner(PlanningProblem problem, SchedulePlanner planner, IWorkingCalendar calendar, IReadOnlyList<int>? plannerClassesPerCentre = null)
    {
        if (problem.WorkingDays.Count == 0)
        {
            throw new ArgumentException("The problem has no working days.", nameof(problem));
        }

        _problem = problem;
        _calendar = calendar;
        _packer = planner.CreatePacker(problem);
        _timetable = new Timetable(problem, calendar, _packer);
        if (plannerClassesPerCentre is null)
        {
            var grouped = planner.Group(problem, _packer);
            plannerClassesPerCentre = [.. Enumerable.Range(0, problem.Centres.Count).Select(c => grouped.Count(k => k.Centre == c))];
        }

        _plannerClasses = [.. plannerClassesPerCentre];
    }

    private const string OpeningKey = "\u0001opening";

    /// <summary>Solves with a time limit and returns the best plan found, its terms, bound and timing.</summary>
    public CpSatResult Solve(double seconds, int workers = 2)
    {
        var clock = Stopwatch.StartNew();
        var model = new CpModel();
        var days = _problem.WorkingDays.Count;
        var units = _problem.Units;
        var request = _problem.Request;
        var online = request.Mode != SessionMode.InPerson;
        var startDependent = false;
        var classes = new List<ClassVars>();
        var provinceUse = new Dictionary<(int Centre, Regions.RegionCode Province), List<BoolVar>>();
        var byInstructor = new Dictionary<string, List<IntervalVar>>(StringComparer.Ordinal);
        var hasFrame = request.Agenda.Opening > Duration.Zero || request.Agenda.Closing > Duration.Zero;
        var clockOf = units.Select(u => u.OffsetHours).ToArray();

        for (var c = 0; c < _problem.Centres.Count; c++)
        {
            var centre = _problem.Centres[c];
            var own = IndonesianTimeZones.OffsetHours(centre.TimeZone);
            var members = _problem.UnitsByCentre[c];
            if (members.Count == 0)
            {
                continue;
            }

            // The clocks other than the centre's that its regions are on; a clock set is a subset of them.
            var others = online ? members.Select(i => clockOf[i]).Where(o => o != own).Distinct().Order().ToList() : [];
            var zoneOf = members.GroupBy(i => clockOf[i]).ToDictionary(g => g.Key, g => units[g.First()].Zone);
            var sets = 1 << others.Count;
            var table = new long[sets * days];
            var packings = new Packing[sets * days];
            long longest = 1;
            for (var s = 0; s < sets; s++)
            {
                var mask = PlanningUnit.ClockBit(own);
                var zones = new List<DateTimeZone> { centre.TimeZone };
                for (var b = 0; b < others.Count; b++)
                {
                    if ((s & (1 << b)) != 0)
                    {
                        mask |= PlanningUnit.ClockBit(others[b]);
                        zones.Add(zoneOf[others[b]]);
                    }
                }

                var fitting = new HashSet<int>();
                for (var start = 0; start < days; start++)
                {
                    var packing = _packer.Pack(centre, mask, zones, start);
                    packings[(s * days) + start] = packing;
                    table[(s * days) + start] = packing.Fits ? packing.DayCount : days + 1;
                    if (packing.Fits)
                    {
                        fitting.Add(packing.DayCount);
                        longest = Math.Max(longest, packing.DayCount);
                    }
                }

                startDependent |= fitting.Count > 1;
            }

            // Booking keys: each module with competent instructors here, and the opening official's frame.
            var keys = request.Programme.Curriculum.Select(m => (Key: m.Code, Candidates: _timetable.Competent(m.Code, c))).Where(x => x.Candidates.Count > 0).ToList();
            if (request.OpeningOfficial is { } opener && hasFrame)
            {
                keys.Add((OpeningKey, [opener]));
            }

            // Where an instructor with availability windows may take a key: 1 at (clock set, start) when every block of it
            // there lies inside their windows.
            var allowed = new Dictionary<(string Key, string Id), long[]>();
            foreach (var (key, candidates) in keys)
            {
                foreach (var id in candidates.Where(id => Instructor(id).Availability.Count > 0))
                {
                    var ok = new long[sets * days];
                    for (var x = 0; x < ok.Length; x++)
                    {
                        var packing = packings[x];
                        ok[x] = packing.Fits && packing.Blocks.Where(p => KeyOf(p.Block) == key).All(p => Instructor(id).IsAvailable(p.Interval)) ? 1 : 0;
                    }

                    allowed[(key, id)] = ok;
                }
            }

            // Closed days: the centre's home province always, online also each province of its regions.
            var home = centre.HomeProvince;
            var closed = new Dictionary<Regions.RegionCode, List<int>>();
            foreach (var province in members.Select(i => units[i].Province).Append(home).Distinct())
            {
                var shut = Enumerable.Range(0, days).Where(d => _calendar.Closures.Count > 0 && !_calendar.GetDay(_problem.WorkingDays[d], province).IsWorkingDay).ToList();
                if (shut.Count > 0 && (online || province == home))
                {
                    closed[province] = shut;
                }
            }

            var groups = members.GroupBy(i => (units[i].Province, Clock: clockOf[i], units[i].Participants))
                .OrderBy(g => g.Key.Province).ThenBy(g => g.Key.Clock).ThenBy(g => g.Key.Participants).Select(g => g.OrderBy(i => units[i].Region).ToList()).ToList();
            var candidatesHere = Math.Max(_plannerClasses[c] + 1, _problem.ClassLowerBoundOf(c) + 2);
            var ownClasses = new List<ClassVars>();
            for (var k = 0; k < candidatesHere; k++)
            {
                var name = $"{centre.Code}.{k}";
                var used = model.NewBoolVar($"used.{name}");
                var counts = groups.Select((g, gi) => model.NewIntVar(0, g.Count, $"n.{name}.{gi}")).ToList();
                model.Add(LinearExpr.WeightedSum(counts, groups.Select(g => (long)units[g[0]].Participants)) <= request.ClassCapacity * (LinearExpr)used);

                // A clock bit is on exactly when the class holds a region on that clock.
                var bits = new List<BoolVar>();
                for (var b = 0; b < others.Count; b++)
                {
                    var bit = model.NewBoolVar($"clock.{name}.{others[b]}");
                    var onClock = groups.Select((g, gi) => (g, gi)).Where(x => clockOf[x.g[0]] == others[b]).ToList();
                    foreach (var (g, gi) in onClock)
                    {
                        model.Add(counts[gi] <= g.Count * (LinearExpr)bit);
                    }

                    model.Add(LinearExpr.Sum(onClock.Select(x => counts[x.gi])) >= bit);
                    bits.Add(bit);
                }

                // A province is in the class exactly when one of its regions is.
                var holdsOf = new Dictionary<Regions.RegionCode, BoolVar>();
                foreach (var province in groups.Select((g, gi) => (g, gi)).GroupBy(x => units[x.g[0]].Province))
                {
                    var holds = model.NewBoolVar($"holds.{name}.{province.Key}");
                    foreach (var (g, gi) in province)
                    {
                        model.Add(counts[gi] <= g.Count * (LinearExpr)holds);
                    }

                    model.Add(LinearExpr.Sum(province.Select(x => counts[x.gi])) >= holds);
                    if (!provinceUse.TryGetValue((c, province.Key), out var list))
                    {
                        provinceUse[(c, province.Key)] = list = [];
                    }

                    list.Add(holds);
                    holdsOf[province.Key] = holds;
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

                foreach (var (province, shut) in closed)
                {
                    var when = province == home ? used : holdsOf.GetValueOrDefault(province);
                    if (when is null)
                    {
                        continue;
                    }

                    foreach (var d in shut)
                    {
                        var after = model.NewBoolVar($"after.{name}.{province}.{d}");
                        model.Add(start >= d + 1).OnlyEnforceIf([after, when]);
                        model.Add(end <= d).OnlyEnforceIf([after.Not(), when]);
                    }
                }

                var booked = new List<(string Key, string Id, BoolVar Var)>();
                var perPerson = new Dictionary<string, List<BoolVar>>(StringComparer.Ordinal);
                foreach (var (key, candidates) in keys)
                {
                    var choices = candidates.Select(id => (id, Var: model.NewBoolVar($"book.{name}.{key}.{id}"))).ToList();
                    model.Add(LinearExpr.Sum(choices.Select(x => x.Var)) == used);
                    foreach (var (id, v) in choices)
                    {
                        booked.Add((key, id, v));
                        if (!perPerson.TryGetValue(id, out var list))
                        {
                            perPerson[id] = list = [];
                        }

                        list.Add(v);
                        if (allowed.TryGetValue((key, id), out var ok))
                        {
                            var fine = model.NewIntVar(0, 1, $"avail.{name}.{key}.{id}");
                            model.AddElement(index, ok, fine);
                            model.Add(fine == 1).OnlyEnforceIf(v);
                        }
                    }
                }

                foreach (var (id, vars) in perPerson)
                {
                    var takes = model.NewBoolVar($"takes.{name}.{id}");
                    foreach (var v in vars)
                    {
                        model.AddImplication(v, takes);
                    }

                    model.Add(LinearExpr.Sum(vars) >= takes);
                    if (!byInstructor.TryGetValue(id, out var list))
                    {
                        byInstructor[id] = list = [];
                    }

                    list.Add(model.NewOptionalIntervalVar(start, length, end, takes, $"teaches.{name}.{id}"));
                }

                ownClasses.Add(new ClassVars(c, used, counts, groups, start, end, charged, interval, booked));
            }

            for (var k = 0; k + 1 < ownClasses.Count; k++)
            {
                model.AddImplication(ownClasses[k + 1].Used, ownClasses[k].Used);
                model.Add(ownClasses[k].Start <= ownClasses[k + 1].Start).OnlyEnforceIf(ownClasses[k + 1].Used);
            }

            for (var gi = 0; gi < groups.Count; gi++)
            {
                model.Add(LinearExpr.Sum(ownClasses.Select(v => v.Counts[gi])) == groups[gi].Count);
            }

            classes.AddRange(ownClasses);
        }

        foreach (var intervals in byInstructor.Values.Where(l => l.Count > 1))
        {
            model.AddNoOverlap(intervals);
        }

        var parallel = request.ParallelClassesPerCentre;
        foreach (var centre in classes.GroupBy(v => v.Centre))
        {
            if (parallel == 1)
            {
                model.AddNoOverlap(centre.Select(v => v.Interval));
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
            v.Counts.Select((n, gi) => (Offset: clockOf[v.Groups[gi][0]], Count: (int)solver.Value(n))).Where(x => x.Count > 0)
                .GroupBy(x => x.Offset).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(x => x.Count))).ToList())).ToList();
        return new CpSatResult(
            Status: status.ToString(),
            Objective: found ? (long)Math.Round(solver.ObjectiveValue) : null,
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
            Plan: plan,
            PlannedClasses: found ? ToClasses(solver, chosen) : []);
    }

    private Instructor Instructor(string id) => _problem.Request.Instructors.First(i => i.Id == id);

    private string KeyOf(AgendaBlock block) =>
        block.IsTeaching ? block.Module! : block.Kind is AgendaItemKind.Opening or AgendaItemKind.Closing && _problem.Request.OpeningOfficial is not null ? OpeningKey : string.Empty;

    /// <summary>The whole-hour UTC offset of a zone on a date (7 WIB, 8 WITA, 9 WIT).</summary>
    public static int ClockOn(DateTimeZone zone, LocalDate date) => zone.GetUtcOffset(date.AtStartOfDayInZone(zone).ToInstant()).Seconds / 3600;

    private sealed record ClassVars(int Centre, BoolVar Used, List<IntVar> Counts, List<List<int>> Groups, IntVar Start, IntVar End, IntVar Charged, IntervalVar Interval, List<(string Key, string Id, BoolVar Var)> Booked);

    // Every improving solution, with the solver's wall time when it was found.
    private sealed class Improvements : CpSolverSolutionCallback
    {
        public List<(long Objective, double Seconds)> Seen { get; } = [];

        public override void OnSolutionCallback() => Seen.Add(((long)Math.Round(ObjectiveValue()), WallTime()));
    }
}
