using System.Diagnostics;
using System.Globalization;
using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The <c>--compare-planners</c> mode: our planner and CP-SAT side by side, in one run, on the national round and the
/// synthetic 10× and 100× instances. Our time is a Stopwatch median after warm-up (BenchmarkDotNet's
/// <see cref="PlannerBenchmarks"/> gives the real figure); CP-SAT's is its wall time to its best solution.
/// </summary>
internal static class PlannerComparison
{
    private const int Runs = 21;

    public static void Run(IReadOnlyList<int> scales, IReadOnlyList<double> limits, TextWriter output)
    {
        var rows = new List<Row>();
        for (var i = 0; i < scales.Count; i++)
        {
            var scale = scales[i];
            var name = scale == 1 ? "national" : $"{scale}x";
            var problem = PlannerInstances.Create(scale);
            output.WriteLine($"{name}: {problem.Units.Count} regions, {problem.Centres.Count} centres, {problem.WorkingDays.Count} working days ({problem.WorkingDays[0]:yyyy-MM-dd}..{problem.WorkingDays[^1]:yyyy-MM-dd})");
            var (ours, median, min) = TimePlanner(scale);
            output.WriteLine($"  planner: {Describe(ours.Cost)}; unplanned regions {ours.UnplannedRegions.Count}, shortfalls {ours.Shortfalls.Count}; Stopwatch median {median:F2} ms (min {min:F2}) of {Runs} runs");
            if (scale == 1)
            {
                var errors = PlannerInstances.Validator.Validate(ours.Schedule).Errors;
                output.WriteLine($"    ScheduleValidator on the planner's schedule: {errors.Count} findings{string.Concat(errors.GroupBy(e => e.ErrorCode).Select(g => $", {g.Key} ×{g.Count()}"))}");
            }

            var limit = limits[Math.Min(i, limits.Count - 1)];
            var peer = new CpSatPlanner(problem, PlannerInstances.Planner, PlannerInstances.Calendar).Solve(limit);
            output.WriteLine($"  CP-SAT ({limit:0.#} s limit, 2 workers): {peer.Status}, objective {peer.Objective?.ToString(CultureInfo.InvariantCulture) ?? "none"}, bound {peer.Bound}, wall {peer.WallSeconds:F2} s, best at {peer.SecondsToBest:F2} s, model built in {peer.BuildSeconds:F2} s");
            output.WriteLine($"    terms: classes {peer.Classes}, province splits {peer.ProvinceSplits}, class-days {peer.ClassDays}, makespan {peer.MakespanDays}; day count depends on start day: {(peer.StartDependentDays ? "yes (element constraint)" : "no")}; one instructor booked per module and class (exact)");
            output.WriteLine($"    improvements: {string.Join(", ", peer.Improvements.Select(x => $"{x.Objective}@{x.Seconds:F2}s"))}");
            output.WriteLine($"    classes by clocks and days, planner: {Shape(OurClasses(problem, ours))}");
            output.WriteLine($"    classes by clocks and days, CP-SAT:  {Shape(peer.Plan.Select(k => (k.Centre, k.RegionsPerClock, k.Days)))}");
            if (scale == 1)
            {
                foreach (var centre in Enumerable.Range(0, problem.Centres.Count))
                {
                    output.WriteLine($"    {problem.Centres[centre].Code}: planner {Classes(OurClasses(problem, ours), centre)}; CP-SAT {Classes(peer.Plan.Select(k => (k.Centre, k.RegionsPerClock, k.Days)), centre)}");
                }
            }

            rows.Add(new Row(name, ours, median, peer));
        }

        output.WriteLine();
        output.WriteLine("| instance | planner objective | planner time (Stopwatch median) | CP-SAT objective | CP-SAT status | CP-SAT bound | CP-SAT time to best | planner vs CP-SAT best | planner vs CP-SAT bound | CP-SAT time to reach the planner's objective | ÷ planner time |");
        output.WriteLine("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            var peer = row.Peer;
            var ours = row.Ours.Cost.Objective;
            var gap = peer.Objective is { } best ? Percent(ours, best) : "n/a";
            var reach = peer.Improvements.FirstOrDefault(x => x.Objective <= ours);
            var reached = peer.Improvements.Any(x => x.Objective <= ours);
            var (when, ratio) = reached
                ? ($"{reach.Seconds:F2} s", $"{reach.Seconds * 1000 / row.MedianMs:N0}×")
                : ($"not within {peer.WallSeconds:F0} s", $"> {peer.WallSeconds * 1000 / row.MedianMs:N0}×");
            output.WriteLine($"| {row.Name} | {ours} | {row.MedianMs:F2} ms | {peer.Objective?.ToString(CultureInfo.InvariantCulture) ?? "none"} | {peer.Status} | {peer.Bound} | {(peer.SecondsToBest is { } t ? $"{t:F2} s" : "n/a")} | {gap} | {Percent(ours, peer.Bound)} | {when} | {ratio} |");
        }

        output.WriteLine();
        output.WriteLine("Planner vs CP-SAT: (ours − theirs) ÷ theirs; negative: ours is lower (better). CP-SAT times are its wall time from the start of the solve (model building excluded).");
        output.WriteLine();
        output.WriteLine("| instance | classes (ours / CP-SAT) | province splits | class-days | makespan (working days) |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            var (c, p) = (row.Ours.Cost, row.Peer);
            output.WriteLine($"| {row.Name} | {c.Classes} / {p.Classes} | {c.ProvinceSplits} / {p.ProvinceSplits} | {c.ClassDays} / {p.ClassDays} | {c.MakespanDays} / {p.MakespanDays} |");
        }

        output.WriteLine();
        output.WriteLine("What CP-SAT found that the planner did not:");
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.Name}: {Findings(row)}");
        }
    }

    private static string Percent(long ours, long theirs) =>
        theirs == 0 ? "n/a" : (100.0 * (ours - theirs) / theirs).ToString("+0.0000'%';-0.0000'%';0'%'", CultureInfo.InvariantCulture);

    private static string Findings(Row row)
    {
        var (c, p) = (row.Ours.Cost, row.Peer);
        if (p.Objective is not { } best)
        {
            return $"no solution within the limit ({p.Status}).";
        }

        var proof = p.Bound >= c.Objective ? " CP-SAT's bound proves the planner's plan optimal." : $" The planner is within {c.Objective - p.Bound} of CP-SAT's proven bound {p.Bound}.";
        if (best >= c.Objective)
        {
            return (best == c.Objective ? "nothing: the same objective." : $"nothing: CP-SAT's best is worse by {best - c.Objective}.") + proof;
        }

        var better = new List<string>();
        void Term(string name, int ours, int peer)
        {
            if (peer != ours)
            {
                better.Add($"{name} {peer} vs {ours} ({peer - ours:+#;-#})");
            }
        }

        Term("classes", c.Classes, p.Classes);
        Term("province splits", c.ProvinceSplits, p.ProvinceSplits);
        Term("class-days", c.ClassDays, p.ClassDays);
        Term("makespan", c.MakespanDays, p.MakespanDays);
        return $"a plan better by {c.Objective - best}: {string.Join("; ", better)}.{proof}";
    }

    // Warm-up (at least 3 runs and 2 s, so tiered JIT settles), then the median of fresh solves after a collection;
    // each run gets its own problem (a solve records shortfalls on it).
    private static (PlanResult Result, double MedianMs, double MinMs) TimePlanner(int scale)
    {
        var planner = PlannerInstances.Planner;
        PlanResult result = null!;
        var warm = Stopwatch.StartNew();
        for (var w = 0; w < 3 || warm.Elapsed < TimeSpan.FromSeconds(2); w++)
        {
            result = planner.Solve(PlannerInstances.Create(scale));
        }

        var times = new List<double>(Runs);
        for (var r = 0; r < Runs; r++)
        {
            var problem = PlannerInstances.Create(scale);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            result = planner.Solve(problem);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (result, times[Runs / 2], times[0]);
    }

    // The planner's classes as (centre, regions per clock in the window's year, days held), from its schedule.
    private static List<(int Centre, IReadOnlyList<(int Offset, int Regions)> Clocks, int Days)> OurClasses(PlanningProblem problem, PlanResult result)
    {
        var centres = problem.Centres.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var offsets = problem.Units.GroupBy(u => u.Region).ToDictionary(g => g.Key, g => CpSatPlanner.ClockOn(g.First().Zone, problem.WorkingDays[0]));
        var dayIndex = problem.WorkingDays.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        return [.. result.Schedule.Sessions.Select(s => (
            centres[s.Centre],
            (IReadOnlyList<(int, int)>)[.. s.Regions.GroupBy(r => offsets[r]).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))],
            dayIndex[s.Days[^1].Date] - dayIndex[s.Days[0].Date] + 1))];
    }

    private static string Clock(int offset) => offset switch { 7 => "WIB", 8 => "WITA", 9 => "WIT", _ => $"UTC+{offset}" };

    private static string Shape(IEnumerable<(int Centre, IReadOnlyList<(int Offset, int Regions)> Clocks, int Days)> classes) =>
        string.Join(", ", classes.GroupBy(k => (Clocks: string.Join("+", k.Clocks.Select(c => Clock(c.Offset))), k.Days))
            .OrderBy(g => g.Key.Clocks, StringComparer.Ordinal).ThenBy(g => g.Key.Days)
            .Select(g => $"{g.Count()}× {g.Key.Clocks} regions {g.Key.Days} d"));

    private static string Classes(IEnumerable<(int Centre, IReadOnlyList<(int Offset, int Regions)> Clocks, int Days)> classes, int centre) =>
        string.Join(" | ", classes.Where(k => k.Centre == centre).Select(k => $"{string.Join(" + ", k.Clocks.Select(c => $"{c.Regions} {Clock(c.Offset)}"))}: {k.Days} d"));

    private static string Describe(PlanCost cost) =>
        $"objective {cost.Objective} = classes {cost.Classes} (lower bound {cost.ClassLowerBound}), province splits {cost.ProvinceSplits}, class-days {cost.ClassDays}, makespan {cost.MakespanDays}; mixed-zone classes {cost.MixedZoneClasses}, peak classes/day {cost.PeakClassesPerDay}, largest class {cost.LargestClass}";

    private sealed record Row(string Name, PlanResult Ours, double MedianMs, CpSatResult Peer);
}
