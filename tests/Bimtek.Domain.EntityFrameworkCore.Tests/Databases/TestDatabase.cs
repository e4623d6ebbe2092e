using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bimtek.Domain.EntityFrameworkCore.Tests.Databases;

/// <summary>A fresh, migrated database of its own for one test: a PostgreSQL database created on the test server, or a
/// SQLite file in a temp folder (reopened by every new context). Dropped or deleted at the end.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string Postgres = "postgresql";
    public const string Sqlite = "sqlite";

    private readonly string? _folder;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string connectionString, string? folder, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _databaseName = databaseName;
    }

    public static TheoryData<string> Providers => [Postgres, Sqlite];

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == Postgres;

    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == Postgres)
        {
            var name = "bimtek_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(PostgresServer.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = name, MaxPoolSize = 40 };
            database = new TestDatabase(provider, builder.ConnectionString, null, name);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("bimtek-sqlite-").FullName;
            var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bimtek.db"), DefaultTimeout = 120 };
            database = new TestDatabase(provider, builder.ConnectionString, folder, null);
        }

        if (migrate)
        {
            await using var context = database.NewContext();
            await context.Database.MigrateAsync();
        }

        return database;
    }

    public DbContextOptions<BimtekDbContext> Options(Action<string>? log = null, string? connectionString = null)
    {
        var builder = new DbContextOptionsBuilder<BimtekDbContext>();
        if (IsPostgres)
        {
            builder.UseNpgsql(connectionString ?? ConnectionString);
        }
        else
        {
            builder.UseSqlite(connectionString ?? ConnectionString);
        }

        if (log is not null)
        {
            builder.LogTo(log, LogLevel.Trace);
        }

        return builder.Options;
    }

    public BimtekDbContext NewContext(Action<string>? log = null) => new(Options(log));

    /// <summary>Closes every pooled connection, so the next context really reopens the file (or the server).</summary>
    public static void CloseConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        if (_databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
