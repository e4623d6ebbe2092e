using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The whole public call on the national round: <see cref="SchedulePlanner.Plan(PlanningRequest)"/> from the request, resolving the 508
/// kabupaten/kota, their centres and June 2020's working days (Prepare) before planning (target ≤ 20 ms).
/// </summary>
[MemoryDiagnoser]
public class NationalRoundPlannerBenchmarks
{
    private SchedulePlanner _planner = null!;
    private PlanningRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _planner = PlannerInstances.Planner;
        _request = PlannerInstances.NationalRequest;
    }

    [Benchmark(Description = "SchedulePlanner.Plan (national round, with Prepare)")]
    public long Plan() => _planner.Plan(_request).Cost.Objective;
}
