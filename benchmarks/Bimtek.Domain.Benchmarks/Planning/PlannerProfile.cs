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

    public static void Run(int scale, TextWriter output)
    {
        var planner = PlannerInstances.Planner;
        var stages = new Dictionary<string, List<double>> { ["prepare"] = [], ["group"] = [], ["timetable"] = [], ["report"] = [] };
        for (var round = 0; round < 21; round++)
        {
            var clock = Stopwatch.StartNew();
            var problem = scale == 1 ? planner.Prepare(PlannerInstances.NationalRequest) : PlannerInstances.Create(scale);
            stages["prepare"].Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var packer = planner.CreatePacker(problem);
            var classes = planner.Group(problem, packer);
            stages["group"].Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            classes = planner.Timetable(problem, classes, packer);
            stages["timetable"].Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = PlanReport.Build(problem, classes);
            stages["report"].Add(clock.Elapsed.TotalMilliseconds);
        }

        foreach (var (name, times) in stages)
        {
            output.WriteLine($"  {name}: median {times.Order().ElementAt(times.Count / 2):F2} ms, min {times.Min():F2} ms");
        }
    }
}
