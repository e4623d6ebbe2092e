using Bimtek.Domain.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>
/// A context holding the package's aggregates, usable as is on PostgreSQL (<c>UseNpgsql(..., o =&gt; o.UseNodaTime())</c>)
/// or SQLite (<c>UseSqlite(...)</c>); <c>Database.MigrateAsync()</c> applies the migrations shipped for that provider.
/// Read and write aggregates through <see cref="BimtekStore"/>.
/// </summary>
/// <remarks>A host with its own context applies <see cref="BimtekModelBuilderExtensions.ApplyBimtekConfiguration"/>
/// instead and generates its own migrations. Sensitive data logging is never enabled here: a save logs no NIP.</remarks>
public class BimtekDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options (provider and connection).</param>
    public BimtekDbContext(DbContextOptions<BimtekDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates the context, for a derived context's options.</summary>
    /// <param name="options">The options.</param>
    protected BimtekDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the issued certificates (the core's <see cref="Certificate"/>, mapped as is), for a host's queries.</summary>
    public DbSet<Certificate> Certificates => Set<Certificate>();

    /// <summary>Gets the development on record elsewhere (the core's <see cref="DevelopmentRecord"/>, e.g. SIASN's riwayat
    /// kursus), counted by the ledger beside the certificates.</summary>
    public DbSet<DevelopmentRecord> DevelopmentRecords => Set<DevelopmentRecord>();

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);

        // One assembly holds the migrations of both providers, each in its own namespace; this picks the set for the
        // provider in use.
        optionsBuilder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

        // NodaTime maps natively on PostgreSQL: a host that wrote UseNpgsql(connection) alone gets it too.
        if (optionsBuilder.Options.Extensions.Any(e => e.GetType().Name == "NpgsqlOptionsExtension"))
        {
            new NpgsqlDbContextOptionsBuilder(optionsBuilder).UseNodaTime();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyBimtekConfiguration(this);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyBimtekConventions(this);
}
