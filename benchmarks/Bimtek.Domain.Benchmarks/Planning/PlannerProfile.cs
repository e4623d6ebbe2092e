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
            planner.Timetable(instance.Problem, classes, packer);
            stages["timetable"].Add(clock.Elapsed.TotalMilliseconds);
        }

        foreach (var (name, times) in stages)
        {
            output.WriteLine($"  {name}: median {times.Order().ElementAt(times.Count / 2):F2} ms, min {times.Min():F2} ms");
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
            planner.Timetable(problem, classes, packer);
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
