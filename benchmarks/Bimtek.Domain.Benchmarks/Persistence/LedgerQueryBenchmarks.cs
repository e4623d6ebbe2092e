using BenchmarkDotNet.Attributes;
using Bimtek.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Bimtek.Domain.Benchmarks.Persistence;

/// <summary>
/// The JP ledger as a database query: shortfalls of 2020 over 1,000,000 certificates (250,000 officials × 4) in
/// PostgreSQL, summed in SQL by <see cref="BimtekStore.ShortfallsAsync"/>. Needs a server: <c>eval "$(eng/postgres-up)"</c>
/// first (it sets BIMTEK_TEST_POSTGRES); the certificates are loaded once with binary COPY. Run with
/// <c>--filter '*LedgerQueryBenchmarks*' --job short --buildTimeout 900</c> (BenchmarkDotNet's generated project builds,
/// but on a loaded 2-core machine slower than its default 120 s build timeout; <c>--inProcess</c> also works).
/// </summary>
[MemoryDiagnoser]
public class LedgerQueryBenchmarks
{
    private const int Officials = 250_000;
    private const int PerOfficial = 4;
    private string _connection = string.Empty;
    private string _database = string.Empty;

    [GlobalSetup]
    public async Task SetUp()
    {
        var server = Environment.GetEnvironmentVariable("BIMTEK_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BIMTEK_TEST_POSTGRES: run eval \"$(eng/postgres-up)\" first.");
        _database = "bimtek_bench_ledger";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE); ", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        _connection = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        await using (var context = NewContext())
        {
            await context.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(_connection);
        await connection.OpenAsync();
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY bimtek_certificates (number, verification_code, holder, programme_code, centre, issued_on, jp) FROM STDIN (FORMAT BINARY)"))
        {
            var serial = 0;
            for (var n = 0; n < Officials; n++)
            {
                var nip = $"{new DateTime(1970, 1, 1).AddDays(n % 9000):yyyyMMdd}2005031{(n / 9000) + 1:000}";
                for (var k = 0; k < PerOfficial; k++)
                {
                    serial++;
                    await import.StartRowAsync();
                    await import.WriteAsync($"{serial:0000000}/BDI-YOG/P{k}/2020", NpgsqlDbType.Text);
                    await import.WriteAsync($"V{serial}", NpgsqlDbType.Text);
                    await import.WriteAsync(nip, NpgsqlDbType.Text);
                    await import.WriteAsync($"P{k}", NpgsqlDbType.Text);
                    await import.WriteAsync("BDI-YOG", NpgsqlDbType.Text);
                    await import.WriteAsync(new DateOnly(2020, 1 + (k * 3), 15), NpgsqlDbType.Date);
                    await import.WriteAsync(2 + ((n + k) % 5), NpgsqlDbType.Integer);
                }
            }

            await import.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE bimtek_certificates", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    [GlobalCleanup]
    public void CleanUp() => NpgsqlConnection.ClearAllPools();

    [Benchmark]
    public async Task<int> Shortfalls2020OverAMillionCertificates()
    {
        await using var context = NewContext();
        return (await new BimtekStore(context).ShortfallsAsync(2020)).Count;
    }

    private BimtekDbContext NewContext() => new(new DbContextOptionsBuilder<BimtekDbContext>().UseNpgsql(_connection).Options);
}
