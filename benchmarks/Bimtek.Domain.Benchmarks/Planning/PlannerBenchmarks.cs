using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The schedule planner on a prepared problem: the national round (508 kabupaten/kota, 7 BDI, June 2020; target
/// ≤ 20 ms) and the synthetic 10× and 100× instances (see <see cref="PlannerInstances"/>), to show the growth.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private SchedulePlanner _planner = null!;
    private PlanningProblem _problem = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _planner = PlannerInstances.Planner;
        _problem = PlannerInstances.Create(Scale);
        if (_planner.Solve(_problem).Shortfalls.Count > 0)
        {
            throw new InvalidOperationException($"The {Scale}× instance has shortfalls: a solve would record more on each call.");
        }
    }

    // A solve records shortfalls on its problem; the instances have none (checked above), so reusing it measures the same work.
    [Benchmark(Description = "SchedulePlanner.Solve (prepared problem)")]
    public long Solve() => _planner.Solve(_problem).Cost.Objective;
}
