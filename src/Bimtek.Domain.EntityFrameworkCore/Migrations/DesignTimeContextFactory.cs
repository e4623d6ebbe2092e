using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bimtek.Domain.EntityFrameworkCore.Migrations;

/// <summary>
/// For <c>dotnet ef</c> only: a context on the provider named after <c>--</c> (<c>postgresql</c> or <c>sqlite</c>), so
/// each provider's migrations are generated from the same model. Needs no running database.
/// </summary>
/// <remarks>
/// <c>dotnet ef migrations add NAME -p src/Bimtek.Domain.EntityFrameworkCore -o Migrations/PostgreSql
/// -n Bimtek.Domain.EntityFrameworkCore.Migrations.PostgreSql -- postgresql</c> (and the same with <c>Sqlite</c>).
/// </remarks>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<BimtekDbContext>
{
    public BimtekDbContext CreateDbContext(string[] args)
    {
        var provider = args.FirstOrDefault() ?? throw new ArgumentException("Name the provider after '--': postgresql or sqlite.", nameof(args));
        var options = new DbContextOptionsBuilder<BimtekDbContext>();
        _ = provider.ToUpperInvariant() switch
        {
            "POSTGRESQL" => options.UseNpgsql("Host=localhost;Database=bimtek_design", o => o.UseNodaTime()),
            "SQLITE" => options.UseSqlite("Data Source=bimtek-design.db"),
            _ => throw new ArgumentException($"Unknown provider '{provider}': postgresql or sqlite.", nameof(args)),
        };
        return new BimtekDbContext(options.Options);
    }
}
