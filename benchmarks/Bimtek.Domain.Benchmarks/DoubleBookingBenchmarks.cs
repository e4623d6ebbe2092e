using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// The cross-entity core, instructor double booking, by the package's sort-and-sweep beside the naive baseline that
/// compares every pair of items (O(n²); not run at 100k sessions, where it would take minutes).
/// </summary>
[MemoryDiagnoser]
public class DoubleBookingBenchmarks
{
    private (string Key, Interval Interval, int Value)[] _bookings = null!;

    [Params(1_000, 10_000)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var schedule = SyntheticYear.Create(Sessions);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        var index = 0;
        _bookings =
        [
            .. schedule.Sessions.SelectMany(s => s.Days.SelectMany(d => d.Items.Select(i =>
            {
                var start = d.Date.At(i.Start).InZoneLeniently(zone).ToInstant();
                return (i.Instructors[0], new Interval(start, start + i.Length), index++);
            }))),
        ];
    }

    [Benchmark(Baseline = true, Description = "Pairwise: every pair of items")]
    public int Pairwise()
    {
        var found = 0;
        for (var a = 0; a < _bookings.Length; a++)
        {
            for (var b = a + 1; b < _bookings.Length; b++)
            {
                if (_bookings[a].Key == _bookings[b].Key
                    && _bookings[a].Interval.Start < _bookings[b].Interval.End
                    && _bookings[b].Interval.Start < _bookings[a].Interval.End)
                {
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "Sort and sweep (Overlaps.Find)")]
    public int Sweep() => Overlaps.Find(_bookings).Count;
}
