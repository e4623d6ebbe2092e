using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// Lookup by code (target ≥ 20 M/s, no allocation) against the baseline a host would write first:
/// a dictionary keyed by the code text, which ignores history.
/// </summary>
[MemoryDiagnoser]
public class RegionLookupBenchmarks
{
    private const int Lookups = 514;
    private static readonly LocalDate Today = new(2026, 11, 27);
    private static readonly LocalDate June2020 = new(2020, 6, 8);

    private RegionDirectory _directory = null!;
    private RegionCode[] _codes = null!;
    private string[] _texts = null!;
    private Dictionary<string, Regency> _byText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = RegionDirectory.FromEmbeddedSeeds();
        var regencies = _directory.GetRegencies(June2020);
        _codes = [.. regencies.Select(r => r.Code)];
        _texts = [.. regencies.Select(r => r.Code.ToString())];
        _byText = regencies.ToDictionary(r => r.Code.ToString(), StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "Dictionary<string, Regency> (no history)")]
    public int DictionaryByText()
    {
        var found = 0;
        foreach (var text in _texts)
        {
            found += _byText[text].Code.RegencyPart;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "FindRegency, 2020 codes as of 2020")]
    public int FindRegencyAsOf2020()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _directory.FindRegency(code, June2020)!.Code.RegencyPart;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "FindRegency, 2020 codes as of today (26 recoded)")]
    public int FindRegencyFollowingRecodes()
    {
        var found = 0;
        foreach (var code in _codes)
        {
            found += _directory.FindRegency(code, Today)!.Code.RegencyPart;
        }

        return found;
    }
}
