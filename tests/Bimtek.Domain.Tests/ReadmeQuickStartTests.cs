using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Domain.Tests;

/// <summary>The README's quick start, line by line: if this breaks, the README is wrong.</summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_GivesTheAnswersTheReadmeShows()
    {
        var services = new ServiceCollection().AddBimtekDomain();
        using var provider = services.BuildServiceProvider();
        var regions = provider.GetRequiredService<IRegionDirectory>();
        var centres = provider.GetRequiredService<ICentreDirectory>();

        var june2020 = new LocalDate(2020, 6, 8);
        regions.GetProvinces(june2020).Count.Should().Be(34);
        regions.GetRegency(RegionCode.Parse("91.01"), june2020).FullName.Should().Be("Kabupaten Merauke");
        regions.GetRegency(RegionCode.Parse("91.01"), new LocalDate(2024, 1, 1)).Code.Should().Be(RegionCode.Parse("93.01"));
        regions.ResolveName("Kab. Bandung", june2020).Region!.Code.Should().Be(RegionCode.Parse("32.04"));
        regions.ResolveName("Bandung", june2020).Status.Should().Be(RegionNameStatus.Ambiguous);
        centres.GetCentreServing(RegionCode.Parse("3273"), june2020).Name.Should().Be("BDI Jakarta");
        centres.FindServiceArea(RegionCode.Parse("32"), june2020)!.Provenance.Should().Be(Provenance.Assumed);
        centres.GetRegenciesServed(CentreCode.Parse("BDI-YOG"), june2020).Count.Should().Be(68);
    }

    [Fact]
    public void ReplacingTheServiceAreas_AsTheReadmeShows_MovesMalukuToDenpasar()
    {
        var services = new ServiceCollection().AddBimtekDomain(options =>
        {
            options.ServiceAreas = CentreDirectory.EmbeddedServiceAreas()
                .Select(a => a.Province.ProvincePart is 81 or 82 ? new ServiceArea(CentreCode.Parse("BDI-DPS"), a.Province) : a)
                .ToList();
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ICentreDirectory>()
            .GetProvincesServed(CentreCode.Parse("BDI-DPS"), new LocalDate(2020, 6, 8))
            .Select(p => p.Code.ToString()).Should().Equal("51", "52", "53", "81", "82");
    }
}
