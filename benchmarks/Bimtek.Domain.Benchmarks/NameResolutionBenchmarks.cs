using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// Name resolution (target ≥ 2 M/s) against a naive baseline: a case-insensitive scan of every full name, which
/// tolerates neither "Kab." nor punctuation and so answers fewer inputs.
/// </summary>
[MemoryDiagnoser]
public class NameResolutionBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 27);

    // Real-world spellings: prefixes abbreviated or shouted, punctuation, an ambiguous bare name, a province alias.
    private static readonly string[] Inputs =
    [
        "Kab. Bandung", "KOTA BANDUNG", "Bandung", "Kabupaten Merauke", "Fak-Fak", "Jabar",
        "Kota Administrasi Jakarta Selatan", "kab. sleman", "Kota Makassar", "Gorontalo",
    ];

    private RegionDirectory _directory = null!;
    private Regency[] _regencies = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = RegionDirectory.FromEmbeddedSeeds();
        _regencies = [.. _directory.GetRegencies(Today)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 10, Description = "Scan of full names, ignoring case")]
    public int LinearScan()
    {
        var found = 0;
        foreach (var input in Inputs)
        {
            foreach (var regency in _regencies)
            {
                if (string.Equals(regency.FullName, input, StringComparison.OrdinalIgnoreCase))
                {
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 10, Description = "ResolveName")]
    public int ResolveName()
    {
        var found = 0;
        foreach (var input in Inputs)
        {
            found += _directory.ResolveName(input, Today).Matches.Count;
        }

        return found;
    }
}
