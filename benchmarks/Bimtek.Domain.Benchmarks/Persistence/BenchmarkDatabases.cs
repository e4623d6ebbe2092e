using Bimtek.Domain.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bimtek.Domain.Benchmarks.Persistence;

/// <summary>A PostgreSQL database of its own on the server of <c>eval "$(eng/postgres-up)"</c> (BIMTEK_TEST_POSTGRES) and a
/// SQLite file in a temp folder, both migrated, for one benchmark class.</summary>
internal sealed class BenchmarkDatabases
{
    private readonly string _folder;

    private BenchmarkDatabases(string postgres, string sqlite, string folder)
    {
        Postgres = postgres;
        Sqlite = sqlite;
        _folder = folder;
    }

    public string Postgres { get; }

    public string Sqlite { get; }

    public static async Task<BenchmarkDatabases> CreateAsync(string prefix)
    {
        // A name of its own per run: EF's data sources pool connections by connection string, and a pool of a dropped
        // database of the same name (an earlier benchmark in the same process) would hand out dead connections.
        var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var server = Environment.GetEnvironmentVariable("BIMTEK_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BIMTEK_TEST_POSTGRES: run eval \"$(eng/postgres-up)\" first.");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }


        var folder = Directory.CreateTempSubdirectory("bimtek-bench-").FullName;
        var databases = new BenchmarkDatabases(
            new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, name + ".db") }.ConnectionString,
            folder);
        foreach (var postgres in new[] { true, false })
        {
            await using var context = databases.NewContext(postgres);
            await context.Database.MigrateAsync();
        }

        return databases;
    }

    public BimtekDbContext NewContext(bool postgres)
    {
        var options = new DbContextOptionsBuilder<BimtekDbContext>();
        _ = postgres ? options.UseNpgsql(Postgres) : options.UseSqlite(Sqlite);
        return new BimtekDbContext(options.Options);
    }

    /// <summary>Empties the tables a save writes, on both databases.</summary>
    public async Task EmptyAsync(params string[] tables)
    {
        await using (var connection = new NpgsqlConnection(Postgres))
        {
            await connection.OpenAsync();
            await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE", connection);
            await truncate.ExecuteNonQueryAsync();
        }

        await using (var connection = new SqliteConnection(Sqlite))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = string.Concat(tables.Select(t => $"DELETE FROM {t};")) + "VACUUM;";
            await delete.ExecuteNonQueryAsync();
        }
    }

    public void Delete()
    {
        NpgsqlConnection.ClearAllPools();
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Database = "postgres" }.ConnectionString))
        {
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(Postgres).Database} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
