using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddBimtekPersistence_RegistersAScopedContextAndStore_Once()
    {
        var services = new ServiceCollection()
            .AddBimtekPersistence(o => o.UseSqlite("Data Source=:memory:"))
            .AddBimtekPersistence(o => o.UseSqlite("Data Source=other.db"));

        services.Where(d => d.ServiceType == typeof(BimtekStore)).Should().ContainSingle().Which.Lifetime.Should().Be(ServiceLifetime.Scoped);
        services.Where(d => d.ServiceType == typeof(BimtekDbContext)).Should().ContainSingle().Which.Lifetime.Should().Be(ServiceLifetime.Scoped);
        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<BimtekDbContext>();
        context.Database.GetConnectionString().Should().Be("Data Source=:memory:");
        scope.ServiceProvider.GetRequiredService<BimtekStore>().Should().NotBeNull();
    }

    [Fact]
    public void AddBimtekPersistence_WithNpgsql_MapsNodaTimeNatively()
    {
        using var provider = new ServiceCollection()
            .AddBimtekPersistence(o => o.UseNpgsql("Host=localhost;Database=none"))
            .BuildServiceProvider();
        using var scope = provider.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<BimtekDbContext>().Model;

        var issuedOn = model.FindEntityType(typeof(Domain.Certificates.Certificate))!.FindProperty(nameof(Domain.Certificates.Certificate.IssuedOn))!;
        issuedOn.GetColumnType().Should().Be("date");
        issuedOn.GetValueConverter().Should().BeNull();
    }
}
