using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// Building the directories from the embedded seeds (target ≤ 20 ms), beside the floor: reading the same embedded
/// CSV text without interpreting it.
/// </summary>
[MemoryDiagnoser]
public class DirectoryBuildBenchmarks
{
    private static readonly string[] Resources =
        [.. typeof(RegionDirectory).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".csv", StringComparison.Ordinal))];

    private RegionDirectory _regions = null!;

    [GlobalSetup]
    public void Setup() => _regions = RegionDirectory.FromEmbeddedSeeds();

    [Benchmark(Baseline = true, Description = "Read the embedded CSV text only")]
    public int ReadSeedsOnly()
    {
        var characters = 0;
        foreach (var name in Resources)
        {
            using var reader = new StreamReader(typeof(RegionDirectory).Assembly.GetManifestResourceStream(name)!);
            characters += reader.ReadToEnd().Length;
        }

        return characters;
    }

    [Benchmark(Description = "RegionDirectory.FromEmbeddedSeeds")]
    public RegionDirectory BuildRegions() => RegionDirectory.FromEmbeddedSeeds();

    [Benchmark(Description = "CentreDirectory from parsed seeds (mapping checked)")]
    public CentreDirectory BuildCentres() => CentreDirectory.FromEmbeddedSeeds(_regions);

    [Benchmark(Description = "Both directories, every seed parsed")]
    public CentreDirectory BuildBoth()
    {
        var regions = RegionDirectory.FromEmbeddedSeeds();
        var centres = CentreSeeds.LoadCentres(regions);
        return new CentreDirectory(regions, centres, CentreSeeds.LoadServiceAreas(regions, centres));
    }
}
