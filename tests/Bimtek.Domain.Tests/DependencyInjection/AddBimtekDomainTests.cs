using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.DependencyInjection;

public class AddBimtekDomainTests
{
    [Theory]
    [InlineData(typeof(IRegionDirectory))]
    [InlineData(typeof(ICentreDirectory))]
    [InlineData(typeof(IClock))]
    [InlineData(typeof(FluentValidation.IValidator<Bimtek.Domain.Programmes.Programme>))]
    [InlineData(typeof(BimtekOptions))]
    [InlineData(typeof(Bimtek.Domain.Planning.ISchedulePlanner))]
    [InlineData(typeof(Bimtek.Domain.Scheduling.IScheduleValidator))]
    public void AddBimtekDomain_RegistersSingletons(Type service)
    {
        var services = new ServiceCollection().AddBimtekDomain();

        services.Should().ContainSingle(d => d.ServiceType == service).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService(service).Should().BeSameAs(provider.GetRequiredService(service));
    }

    [Fact]
    public void AddBimtekDomain_ReturnsTheSameCollection_ForChaining()
    {
        var services = new ServiceCollection();

        services.AddBimtekDomain().Should().BeSameAs(services);
    }

    [Fact]
    public void AddBimtekDomain_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();

        services.AddBimtekDomain().AddBimtekDomain(_ => { });

        services.Count.Should().Be(new ServiceCollection().AddBimtekDomain().Count);
    }

    [Fact]
    public void AddBimtekDomain_DoesNotReplaceHostRegistrations()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 6, 15, 1, 0));
        var regions = RegionDirectory.FromEmbeddedSeeds();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IRegionDirectory>(regions);

        services.AddBimtekDomain();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetRequiredService<IRegionDirectory>().Should().BeSameAs(regions);
        provider.GetRequiredService<ICentreDirectory>().Centres.Should().HaveCount(7);
    }

    [Fact]
    public void AddBimtekDomain_HostMapping_IsUsed()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Select(a => a.Province.ProvincePart is 81 or 82 ? new ServiceArea(Centre("BDI-DPS"), a.Province) : a)
            .ToList();

        using var provider = new ServiceCollection().AddBimtekDomain(o => o.ServiceAreas = areas).BuildServiceProvider();

        var centres = provider.GetRequiredService<ICentreDirectory>();
        centres.GetCentreServing(Code("81.71"), June2020).Code.Should().Be(Centre("BDI-DPS"));
        centres.FindServiceArea(Code("81"), June2020)!.Provenance.Should().Be(Provenance.HostSupplied);
    }

    [Fact]
    public void AddBimtekDomain_SecondCallWithInvalidMapping_FailsAtStart()
    {
        var services = new ServiceCollection().AddBimtekDomain();

        var act = () => services.AddBimtekDomain(o => o.ServiceAreas = []);

        act.Should().Throw<ServiceAreaMappingException>().Which.UnservedProvinces.Should().HaveCount(38);
    }

    [Fact]
    public void AddBimtekDomain_HostRegionsRegisteredAfter_Win()
    {
        var regions = RegionDirectory.FromEmbeddedSeeds();
        var services = new ServiceCollection().AddBimtekDomain().AddSingleton<IRegionDirectory>(regions);

        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IRegionDirectory>().Should().BeSameAs(regions);
    }

    [Fact]
    public void AddBimtekDomain_WithHostRegions_ChecksTheMappingWhenCentresAreFirstResolved()
    {
        var services = new ServiceCollection()
            .AddSingleton<IRegionDirectory>(RegionDirectory.FromEmbeddedSeeds())
            .AddBimtekDomain(o => o.ServiceAreas = []);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ICentreDirectory>();

        act.Should().Throw<ServiceAreaMappingException>();
    }

    [Fact]
    public void AddBimtekDomain_InvalidMapping_FailsAtStartNamingTheProvinces()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas().Where(a => a.Province != Code("75")).ToList();

        var act = () => new ServiceCollection().AddBimtekDomain(o => o.ServiceAreas = areas);

        act.Should().Throw<ServiceAreaMappingException>().Which.UnservedProvinces.Should().Equal(Code("75"));
    }
}
