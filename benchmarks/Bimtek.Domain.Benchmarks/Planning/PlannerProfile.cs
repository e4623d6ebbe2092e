using System.Diagnostics;
using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Benchmarks.Planning;

// Where the planner's time goes, stage by stage (Stopwatch medians: a hint for optimising, not a measurement).
internal static class PlannerProfile
{
    // One generated instance (seed, index) of HardInstances, stage by stage.
    public static void RunRandom(int seed, int index, TextWriter output)
    {
        var instance = HardInstances.Create(seed, index);
        var planner = instance.Planner;
        var stages = new Dictionary<string, List<double>> { ["group"] = [], ["timetable"] = [] };
        for (var round = 0; round < 11; round++)
        {
            instance.Problem.Shortfalls.Clear();
            var clock = Stopwatch.StartNew();
            var packer = planner.CreatePacker(instance.Problem);
            var classes = planner.Group(instance.Problem, packer);
            stages["group"].Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = planner.Timetable(instance.Problem, classes, packer);
            stages["timetable"].Add(clock.Elapsed.TotalMilliseconds);
        }

        foreach (var (name, times) in stages)
        {
            output.WriteLine($"  {name}: median {times.Order().ElementAt(times.Count / 2):F2} ms, min {times.Min():F2} ms");
        }
    }

    // One generated instance described: each centre's provinces (participants, regions, clock) and the planner's classes.
    public static void Describe(int seed, int index, TextWriter output)
    {
        var instance = HardInstances.Create(seed, index);
        var problem = instance.Problem;
        var result = instance.Planner.Solve(problem);
        output.WriteLine($"{instance.Name} {instance.Family}: capacity {problem.Request.ClassCapacity}, rooms {problem.Request.ParallelClassesPerCentre}, days {problem.WorkingDays.Count}; {result.Cost}");
        for (var c = 0; c < problem.Centres.Count; c++)
        {
            var provinces = problem.UnitsByCentre[c].GroupBy(u => problem.Units[u].Province)
                .Select(g => $"{g.Key}:{g.Sum(u => problem.Units[u].Participants)}/{g.Count()}@{problem.Units[g.First()].OffsetHours}");
            output.WriteLine($"  {problem.Centres[c].Code} (UTC+{Bimtek.Domain.Regions.IndonesianTimeZones.OffsetHours(problem.Centres[c].TimeZone)}) lower bound {problem.ClassLowerBoundOf(c)}: {string.Join(" ", provinces)}");
            foreach (var session in result.Schedule.Sessions.Where(s => s.Centre == problem.Centres[c].Code))
            {
                var size = session.Regions.Sum(r => problem.Units.First(u => u.Region == r).Participants);
                output.WriteLine($"    {session.Id}: {size} participants, {session.Days[0].Date}..{session.Days[^1].Date}, provinces {string.Join(",", session.Regions.Select(r => r.Province).Distinct())}");
            }
        }
    }

    // The allocation samples of a warm Solve (the benchmark's own measurement: a prepared problem, solved again).
    public static void Allocations(int scale, TextWriter output)
    {
        var planner = PlannerInstances.Planner;
        var problem = PlannerInstances.Create(scale);
        _ = planner.Solve(problem);
        using var sampler = new AllocationSampler();
        var gen2 = GC.CollectionCount(2);
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        sampler.Enabled = true;
        for (var round = 0; round < 10; round++)
        {
            _ = planner.Solve(problem);
        }

        sampler.Enabled = false;
        output.WriteLine($"  10 solves: {GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(1) - gen1} of gen 1 or 2 and {GC.CollectionCount(2) - gen2} of gen 2; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F1} MB; gen-0 budget {GC.GetConfigurationVariables().GetValueOrDefault("GCGen0MaxBudget")}");
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        void Stage(string name)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            output.WriteLine($"  {name}: {(now - bytes) / 1024.0:F0} KB");
            bytes = now;
        }

        var packer = planner.CreatePacker(problem);
        Stage("packer");
        var classes = planner.Group(problem, packer);
        Stage($"group ({classes.Count} classes)");
        classes = planner.Timetable(problem, classes, packer);
        Stage("timetable");
        _ = PlanReport.Build(problem, classes);
        Stage("report");
        sampler.Write(output, 25);
    }

    public static void Run(int scale, TextWriter output)
    {
        var planner = PlannerInstances.Planner;
        var stages = new Dictionary<string, List<double>> { ["prepare"] = [], ["group"] = [], ["timetable"] = [], ["report"] = [] };
        var allocated = stages.Keys.ToDictionary(k => k, _ => 0L);
        void Stage(string name, Stopwatch clock, ref long bytes)
        {
            stages[name].Add(clock.Elapsed.TotalMilliseconds);
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[name] = now - bytes;
            bytes = now;
            clock.Restart();
        }

        for (var round = 0; round < 21; round++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var problem = scale == 1 ? planner.Prepare(PlannerInstances.NationalRequest) : PlannerInstances.Create(scale);
            Stage("prepare", clock, ref bytes);
            var packer = planner.CreatePacker(problem);
            var classes = planner.Group(problem, packer);
            Stage("group", clock, ref bytes);
            classes = planner.Timetable(problem, classes, packer);
            Stage("timetable", clock, ref bytes);
            _ = PlanReport.Build(problem, classes);
            Stage("report", clock, ref bytes);
        }

        foreach (var (name, times) in stages)
        {
            output.WriteLine($"  {name}: median {times.Order().ElementAt(times.Count / 2):F2} ms, min {times.Min():F2} ms, {allocated[name] / 1024.0:F0} KB allocated");
        }
    }
}
