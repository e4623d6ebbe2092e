using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// The development ledger over 1,000,000 certificates (200,000 officials, three years, 4–32 JP each): build it and list
/// the officials short of 20 JP in one year, beside a LINQ baseline (group by official and year, sum, filter).
/// </summary>
[MemoryDiagnoser]
public class DevelopmentLedgerBenchmarks
{
    private Certificate[] _certificates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(203);
        var centre = CentreCode.Parse("BDI-YOG");
        var nips = Enumerable.Range(0, 200_000)
            .Select(i => Nip.Parse($"{new LocalDate(1950, 1, 1).PlusDays(i % 10_000):yyyyMMdd}{1990 + (i / 10_000):0000}01{1 + (i % 2)}{(i % 999) + 1:000}"))
            .ToArray();
        _certificates = [.. Enumerable.Range(0, 1_000_000).Select(i => new Certificate(
            $"{i % 9999:0000}/BDI-YOG/P{i % 40}/2020", "0000-0000", nips[random.Next(nips.Length)], $"P{i % 40}", centre,
            new LocalDate(2020 + (i % 3), 1 + (i % 12), 1), LessonHours.FromJp(random.Next(4, 33))))];
    }

    [Benchmark(Baseline = true, Description = "LINQ: group by official and year, sum, filter")]
    public int Linq() => _certificates
        .GroupBy(c => (c.Holder, c.Year))
        .Select(g => (g.Key, Jp: g.Sum(c => c.Jp.Value)))
        .Count(x => x.Key.Year == 2021 && x.Jp < 20);

    [Benchmark(Description = "DevelopmentLedger: build, then shortfalls of 2021")]
    public int Ledger() => new DevelopmentLedger(_certificates).Shortfalls(2021).Count;
}
