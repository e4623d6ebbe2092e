using System.Diagnostics;
using System.Globalization;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The <c>--compare-random N SEED SECONDS [WORKERS [FIRST]]</c> mode: <see cref="HardInstances"/> instances FIRST..FIRST+N−1 of a seed,
/// each planned by the planner (Stopwatch median of 5 solves after a warm-up) and by CP-SAT (the time limit, 2 workers
/// unless told), both plans validated; one line per instance and a summary.
/// </summary>
internal static class RandomComparison
{
    private const int Runs = 5;

    public static void Run(int count, int seed, double seconds, int workers, TextWriter output, int first = 0)
    {
        var rows = new List<Row>();
        output.WriteLine($"seed {seed}: {count} instances, CP-SAT {seconds.ToString(CultureInfo.InvariantCulture)} s and {workers} workers each");
        output.WriteLine("instance | family | regions/centres/days/cap/rooms | planner objective (classes, splits, class-days, makespan; unplanned regions) ms | CP-SAT status objective (terms) bound, to-best s | gap | validation ours/CP-SAT");
        foreach (var instance in Enumerable.Range(first, count).Select(i => HardInstances.Create(seed, i)))
        {
            var row = Compare(instance, seconds, workers);
            rows.Add(row);
            output.WriteLine(Line(instance, row));
        }

        Summary(seed, rows, seconds, workers, output);
    }

    private static Row Compare(HardInstance instance, double seconds, int workers)
    {
        var problem = instance.Problem;
        var planner = instance.Planner;
        problem.Shortfalls.Clear();
        var ours = planner.Solve(problem);
        var times = new List<double>(Runs);
        for (var r = 0; r < Runs; r++)
        {
            problem.Shortfalls.Clear();
            var clock = Stopwatch.StartNew();
            ours = planner.Solve(problem);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var shortfalls = problem.Shortfalls.Select(s => s.Code).ToList();
        var ourFindings = Findings(instance, ours.Schedule);
        var index = problem.Centres.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var perCentre = new int[problem.Centres.Count];
        foreach (var centre in ours.Centres)
        {
            perCentre[index[centre.Centre]] = centre.Classes + centre.Unplanned;
        }

        problem.Shortfalls.Clear();
        var peer = new CpSatPlanner(problem, planner, instance.Calendar, perCentre).Solve(seconds, workers);
        string peerFindings = "-";
        if (peer.Objective is not null)
        {
            var theirs = PlanReport.Build(problem, [.. peer.PlannedClasses]);
            peerFindings = Findings(instance, theirs.Schedule);
            if (theirs.Cost.Objective != peer.Objective)
            {
                peerFindings = $"{peerFindings} [objective recomputed from the schedule: {theirs.Cost.Objective}]";
            }
        }

        times.Sort();
        return new Row(ours, shortfalls, times[Runs / 2], ourFindings, peer, peerFindings);
    }

    // Every error the validator finds, except regions outside the instance's scope not covered (the validator checks the
    // phase's targets nationwide); and classes over capacity by the generator's participants per region.
    private static string Findings(HardInstance instance, Schedule schedule)
    {
        var errors = instance.Validator.Validate(schedule).Errors.Where(e => e.Severity == FluentValidation.Severity.Error).ToList();
        var found = new List<string>();
        foreach (var error in errors)
        {
            if (error.ErrorCode == ScheduleRuleCodes.RegionNotCovered && error.TryGetViolation(out var violation)
                && violation.Details.GetValueOrDefault("Missing") is IEnumerable<string> codes)
            {
                var inScope = codes.Count(c => instance.Scope.Contains(Regions.RegionCode.Parse(c)));
                if (inScope > 0)
                {
                    found.Add($"{error.ErrorCode}×{inScope}");
                }

                continue;
            }

            found.Add(error.ErrorCode);
        }

        var size = instance.Problem.Units.ToDictionary(u => u.Region, u => u.Participants);
        var over = schedule.Sessions.Count(s => s.Regions.Sum(r => size[r]) > instance.Problem.Request.ClassCapacity);
        if (over > 0)
        {
            found.Add($"over capacity×{over}");
        }

        return found.Count == 0 ? "clean" : string.Join(",", found.GroupBy(f => f).Select(g => g.Count() > 1 ? $"{g.Key}×{g.Count()}" : g.Key));
    }

    private static string Line(HardInstance instance, Row row)
    {
        var p = instance.Problem;
        var c = row.Ours.Cost;
        var peer = row.Peer;
        var ours = $"{c.Objective} ({c.Classes}, {c.ProvinceSplits}, {c.ClassDays}, {c.MakespanDays}; {row.Ours.UnplannedRegions.Count}) {row.MedianMs:F2} ms";
        var theirs = peer.Objective is { } o
            ? $"{peer.Status} {o} ({peer.Classes}, {peer.ProvinceSplits}, {peer.ClassDays}, {peer.MakespanDays}) bound {peer.Bound}, {peer.SecondsToBest:F2} s"
            : $"{peer.Status} bound {peer.Bound}";
        var gap = peer.Objective is { } best && row.Ours.UnplannedRegions.Count == 0 ? Percent(c.Objective, best) : "n/a";
        return $"{instance.Name} | {instance.Family} | {p.Units.Count}/{p.Centres.Count}/{p.WorkingDays.Count}/{p.Request.ClassCapacity}/{p.Request.ParallelClassesPerCentre} load {instance.Load:F2} | {ours} | {theirs} | {gap} | {row.OurFindings} / {row.PeerFindings}{(row.Shortfalls.Count > 0 ? " shortfalls " + string.Join(",", row.Shortfalls.Distinct()) : string.Empty)}";
    }

    private static void Summary(int seed, List<Row> rows, double seconds, int workers, TextWriter output)
    {
        var complete = rows.Where(r => r.Peer.Objective is not null).ToList();
        var bothComplete = complete.Where(r => r.Ours.UnplannedRegions.Count == 0).ToList();
        var missed = complete.Count(r => r.Ours.UnplannedRegions.Count > 0);
        var equal = bothComplete.Count(r => r.Ours.Cost.Objective == r.Peer.Objective);
        var better = bothComplete.Count(r => r.Ours.Cost.Objective < r.Peer.Objective);
        var worse = bothComplete.Where(r => r.Ours.Cost.Objective > r.Peer.Objective).ToList();
        var gaps = worse.Select(r => 100.0 * (r.Ours.Cost.Objective - r.Peer.Objective!.Value) / r.Peer.Objective.Value).Order().ToList();
        var optimal = bothComplete.Where(r => r.Peer.Status == "Optimal").ToList();
        var atBound = optimal.Count(r => r.Ours.Cost.Objective == r.Peer.Bound);
        var ratios = bothComplete.Where(r => r.Peer.SecondsToBest is not null).Select(r => r.Peer.SecondsToBest!.Value * 1000 / r.MedianMs).Order().ToList();
        var plannerMs = rows.Select(r => r.MedianMs).Order().ToList();
        var peerBest = complete.Where(r => r.Peer.SecondsToBest is not null).Select(r => r.Peer.SecondsToBest!.Value).Order().ToList();
        var infeasible = rows.Count(r => r.Peer.Status == "Infeasible");
        var unknown = rows.Count(r => r.Peer.Status == "Unknown");
        var oursIncomplete = rows.Count(r => r.Ours.UnplannedRegions.Count > 0);
        var oursDirty = rows.Count(r => r.OurFindings != "clean" && !(r.Ours.UnplannedRegions.Count > 0 && r.OurFindings.StartsWith(ScheduleRuleCodes.RegionNotCovered, StringComparison.Ordinal) && !r.OurFindings.Contains(',', StringComparison.Ordinal)));
        var peerDirty = complete.Count(r => !r.PeerFindings.StartsWith("clean", StringComparison.Ordinal));
        var recomputed = complete.Count(r => r.PeerFindings.Contains("recomputed", StringComparison.Ordinal));
        output.WriteLine();
        output.WriteLine($"| seed {seed} ({rows.Count} instances; CP-SAT {seconds.ToString(CultureInfo.InvariantCulture)} s, {workers} workers) | figure |");
        output.WriteLine("| --- | --- |");
        output.WriteLine($"| CP-SAT complete plan (optimal / feasible) | {complete.Count} ({complete.Count(r => r.Peer.Status == "Optimal")} / {complete.Count(r => r.Peer.Status == "Feasible")}); infeasible {infeasible}; unknown {unknown} |");
        output.WriteLine($"| planner leaves regions unplanned | {oursIncomplete} (of them where CP-SAT has a complete plan: **{missed}**) |");
        output.WriteLine($"| objective, both complete ({bothComplete.Count}) | equal {equal} ({Share(equal, bothComplete.Count)}), planner better {better}, planner worse {worse.Count} |");
        output.WriteLine($"| planner worse by | {(gaps.Count == 0 ? "–" : $"median {Median(gaps):0.####} %, worst {gaps[^1]:0.####} %")} |");
        output.WriteLine($"| CP-SAT proved optimal, planner at its bound | {atBound} of {optimal.Count} |");
        output.WriteLine($"| planner time (Stopwatch median per instance) | median {Median(plannerMs):F2} ms, max {plannerMs.DefaultIfEmpty().Max():F2} ms |");
        output.WriteLine($"| CP-SAT time to its best | median {Median(peerBest):F2} s, max {peerBest.DefaultIfEmpty().Max():F2} s |");
        output.WriteLine($"| CP-SAT time to best ÷ planner time (both complete) | median {Median(ratios):N0}×, min {ratios.DefaultIfEmpty().Min():N0}× |");
        output.WriteLine($"| validator errors (other than the planner's own unplanned regions) | planner {oursDirty} instances, CP-SAT {peerDirty} instances; CP-SAT objective ≠ its schedule's cost: {recomputed} |");
    }

    private static double Median(List<double> sorted) => sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Percent(long ours, long theirs) =>
        theirs == 0 ? "n/a" : (100.0 * (ours - theirs) / theirs).ToString("+0.0000'%';-0.0000'%';0'%'", CultureInfo.InvariantCulture);

    private sealed record Row(PlanResult Ours, List<string> Shortfalls, double MedianMs, string OurFindings, CpSatResult Peer, string PeerFindings);
}
