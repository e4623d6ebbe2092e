using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Cli.Tests;

/// <summary>A fault inside the tool or the package still ends in one line and exit 70, never a stack trace.</summary>
public class InternalErrorTests
{
    [Fact]
    public void AFaultInAService_IsOneLineWithExit70()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        // A host's registration wins over the package's (TryAdd), so a failing directory stands in for any bug.
        var exit = BimtekApp.Run(["regions", "--as-of", "2020-06-08"], output, error, services => services.AddSingleton<IRegionDirectory>(new FailingDirectory()));

        exit.Should().Be(70);
        error.ToString().Should().Be("bimtek: internal error, please report it with the command you ran: the directory failed (a test's fault)." + Environment.NewLine);
        output.ToString().Should().BeEmpty();
    }

    private sealed class FailingDirectory : IRegionDirectory
    {
        public IReadOnlyList<Province> GetProvinces(LocalDate asOf) => throw Fault();

        public IReadOnlyList<Province> GetAllProvinces() => throw Fault();

        public IReadOnlyList<Regency> GetRegencies(LocalDate asOf) => throw Fault();

        public IReadOnlyList<Regency> GetRegencies(RegionCode province, LocalDate asOf) => throw Fault();

        public Province? FindProvince(RegionCode code, LocalDate asOf) => throw Fault();

        public Regency? FindRegency(RegionCode code, LocalDate asOf) => throw Fault();

        public RegionNameResolution ResolveName(string name, LocalDate asOf, RegionCode? withinProvince = null) => throw Fault();

        private static InvalidOperationException Fault() => new("the directory failed (a test's fault).");
    }
}
