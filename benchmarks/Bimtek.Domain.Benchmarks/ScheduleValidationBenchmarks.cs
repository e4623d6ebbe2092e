using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// Validating a synthetic year against the whole rule catalogue (target: 10,000 sessions, 100,000 items and 2,000
/// instructors in ≤ 100 ms), at 1k, 10k and 100k sessions to show the growth.
/// </summary>
[MemoryDiagnoser]
public class ScheduleValidationBenchmarks
{
    private Schedule _schedule = null!;
    private ScheduleValidator _validator = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = SyntheticYear.Create(Sessions);
        _validator = SyntheticYear.Validator();
    }

    [Benchmark(Description = "ScheduleValidator.Validate (every rule)")]
    public int Validate() => _validator.Validate(_schedule).Errors.Count;
}
