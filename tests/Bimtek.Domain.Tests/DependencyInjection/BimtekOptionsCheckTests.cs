using Bimtek.Domain.Centres;
using Bimtek.Domain.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.DependencyInjection;

// What AddBimtekDomain checks in the options at start, and which options instance later calls change.
public class BimtekOptionsCheckTests
{
    [Fact]
    public void AddBimtekDomain_WithoutACollection_IsMisuse()
    {
        var act = () => ((IServiceCollection)null!).AddBimtekDomain();

        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Theory]
    [InlineData(0, 8, 1)]
    [InlineData(8, 0, 1)]
    [InlineData(8, 8, 0)]
    [InlineData(-1, -1, -1)]
    public void AddBimtekDomain_WithALimitBelowOne_FailsAtStartNamingTheLimits(int jp, int instructorJp, int rooms)
    {
        var limits = new ScheduleLimits(jp, instructorJp, rooms);

        var act = () => new ServiceCollection().AddBimtekDomain(o => o.ScheduleLimits = limits);

        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith(
            $"BimtekOptions.ScheduleLimits must be set, with every limit at least 1; got ScheduleLimits {{ MaxJpPerDay = {jp}, MaxInstructorJpPerDay = {instructorJp}, DefaultPlatformRooms = {rooms} }}.");
    }

    [Fact]
    public void AddBimtekDomain_WithoutLimits_FailsAtStart()
    {
        var act = () => new ServiceCollection().AddBimtekDomain(o => o.ScheduleLimits = null!);

        act.Should().Throw<ArgumentException>().Which.Message.Should().StartWith(
            "BimtekOptions.ScheduleLimits must be set, with every limit at least 1; got null.");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(8, 8, 2)]
    public void AddBimtekDomain_WithEveryLimitAtLeastOne_UsesThem(int jp, int instructorJp, int rooms)
    {
        var limits = new ScheduleLimits(jp, instructorJp, rooms);

        using var provider = new ServiceCollection().AddBimtekDomain(o => o.ScheduleLimits = limits).BuildServiceProvider();

        provider.GetRequiredService<BimtekOptions>().ScheduleLimits.Should().Be(limits);
    }

    [Fact]
    public void AddBimtekDomain_CalledAgain_ChangesTheRegisteredOptions()
    {
        var limits = new ScheduleLimits(6, 6, 2);
        var services = new ServiceCollection().AddBimtekDomain();

        services.AddBimtekDomain(o => o.ScheduleLimits = limits);

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<BimtekOptions>().ScheduleLimits.Should().Be(limits);
    }

    [Fact]
    public void AddBimtekDomain_HostCentres_AreUsed()
    {
        var batam = new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), Map.GetProvince(Code("21"), Today).TimeZone);
        var areas = CentreDirectory.EmbeddedServiceAreas().Select(a => a.Province == Code("21") ? new ServiceArea(batam.Code, a.Province) : a).ToList();

        using var provider = new ServiceCollection()
            .AddBimtekDomain(o => (o.Centres, o.ServiceAreas) = ([.. CentreDirectory.EmbeddedCentres(), batam], areas))
            .BuildServiceProvider();

        var centres = provider.GetRequiredService<ICentreDirectory>();
        centres.FindCentre(batam.Code).Should().BeSameAs(batam);
        centres.GetCentreServing(Code("21.71"), Today).Code.Should().Be(batam.Code);
    }
}
