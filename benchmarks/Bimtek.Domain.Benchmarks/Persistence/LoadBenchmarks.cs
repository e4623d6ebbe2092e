using BenchmarkDotNet.Attributes;
using Bimtek.Domain.EntityFrameworkCore;
using Bimtek.Domain.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Bimtek.Domain.Benchmarks.Persistence;

/// <summary>
/// Loading a schedule of 10,000 sessions (<see cref="SyntheticYear"/>) through <see cref="BimtekStore.FindScheduleAsync"/>
/// on PostgreSQL and SQLite, beside the same documents read with raw Npgsql binary <c>COPY ... TO STDOUT</c> and read
/// into the domain by the same <see cref="BimtekJson"/> (the baseline). Needs <c>eval "$(eng/postgres-up)"</c>; run with
/// <c>--filter '*LoadBenchmarks*' --job short --buildTimeout 900</c>.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private const string Name = "synthetic-10000";
    private BenchmarkDatabases _databases = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _databases = await BenchmarkDatabases.CreateAsync("bimtek_bench_load");
        var schedule = SyntheticYear.Create(10_000);
        foreach (var postgres in new[] { true, false })
        {
            await using var context = _databases.NewContext(postgres);
            await new BimtekStore(context).SaveScheduleAsync(Name, schedule);
        }
    }

    [GlobalCleanup]
    public void CleanUp() => _databases.Delete();

    [Benchmark(Baseline = true)]
    public async Task<int> NpgsqlBinaryCopy()
    {
        await using var connection = new NpgsqlConnection(_databases.Postgres);
        await connection.OpenAsync();
        var (code, document) = await ExportAsync(connection, $"SELECT programme_code, document FROM bimtek_schedules WHERE name = '{Name}'");
        var (_, programmeDocument) = await ExportAsync(connection, $"SELECT code, document FROM bimtek_programmes WHERE code = '{code}'");
        var programme = BimtekJson.DeserializeProgramme(programmeDocument, "programme");
        var schedule = BimtekJson.DeserializeSchedule(document, "schedule", c => c == programme.Code ? programme : null);
        return schedule.Sessions.Count;
    }

    [Benchmark]
    public Task<int> BimtekStorePostgreSql() => LoadAsync(postgres: true);

    [Benchmark]
    public Task<int> BimtekStoreSqlite() => LoadAsync(postgres: false);

    private async Task<int> LoadAsync(bool postgres)
    {
        await using var context = _databases.NewContext(postgres);
        var schedule = await new BimtekStore(context).FindScheduleAsync(Name);
        return schedule!.Sessions.Count;
    }

    private static async Task<(string Key, string Document)> ExportAsync(NpgsqlConnection connection, string query)
    {
        await using var export = await connection.BeginBinaryExportAsync($"COPY ({query}) TO STDOUT (FORMAT BINARY)");
        await export.StartRowAsync();
        var key = await export.ReadAsync<string>(NpgsqlDbType.Text);
        var document = await export.ReadAsync<string>(NpgsqlDbType.Jsonb);
        return (key, document);
    }
}
