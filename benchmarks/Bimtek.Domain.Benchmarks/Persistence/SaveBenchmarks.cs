using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Common;
using Bimtek.Domain.EntityFrameworkCore;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Bimtek.Domain.Benchmarks.Persistence;

/// <summary>
/// Saving the June 2020 plan (the planner's plan of the kabupaten/kota phase from the as-run schedule) and 100,000
/// enrolments on its sessions' rosters, through <see cref="BimtekStore"/> on PostgreSQL and SQLite, beside the same
/// rows written with raw Npgsql binary <c>COPY</c> (the baseline). Every iteration starts from empty tables.
/// Needs <c>eval "$(eng/postgres-up)"</c>; run with
/// <c>--filter '*SaveBenchmarks*' --job short --strategy Monitoring --buildTimeout 900</c>.
/// </summary>
[MemoryDiagnoser]
public class SaveBenchmarks
{
    private const int Enrolments = 100_000;
    private static readonly string[] Tables = ["bimtek_enrolment_changes", "bimtek_enrolments", "bimtek_rosters", "bimtek_schedules", "bimtek_programmes"];
    private BenchmarkDatabases _databases = null!;
    private Schedule _plan = null!;
    private List<SessionRoster> _rosters = [];

    [GlobalSetup]
    public async Task SetUp()
    {
        _databases = await BenchmarkDatabases.CreateAsync("bimtek_bench_save");
        using var domain = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        var asRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);
        _plan = domain.GetRequiredService<ISchedulePlanner>().Plan(PlanningRequest.FromSchedule(asRun, "kabupaten-kota")).Schedule;
        _rosters = Rosters(_plan, Enrolments);
    }

    [IterationSetup]
    public void Empty() => _databases.EmptyAsync(Tables).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void CleanUp() => _databases.Delete();

    [Benchmark(Baseline = true)]
    public async Task<ulong> NpgsqlBinaryCopy()
    {
        await using var connection = new NpgsqlConnection(_databases.Postgres);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO bimtek_programmes (code, title, status, document) VALUES (@code, @title, @status, @document);"
            + "INSERT INTO bimtek_schedules (name, programme_code, session_count, document) VALUES (@name, @code, @count, @schedule)",
            connection,
            transaction))
        {
            insert.Parameters.AddWithValue("code", _plan.Programme.Code);
            insert.Parameters.AddWithValue("title", _plan.Programme.Title);
            insert.Parameters.AddWithValue("status", _plan.Programme.Status.ToString());
            insert.Parameters.AddWithValue("document", NpgsqlDbType.Jsonb, BimtekJson.SerializeProgramme(_plan.Programme));
            insert.Parameters.AddWithValue("name", "2020-june-plan");
            insert.Parameters.AddWithValue("count", _plan.Sessions.Count);
            insert.Parameters.AddWithValue("schedule", NpgsqlDbType.Jsonb, BimtekJson.SerializeSchedule(_plan));
            await insert.ExecuteNonQueryAsync();
        }

        ulong rows = 0;
        await using (var rosters = await connection.BeginBinaryImportAsync(
            "COPY bimtek_rosters (session_id, session_start, capacity, waitlist_policy, cancellation_cut_off, cut_off_supplied, province_quotas, position_priority, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var roster in _rosters)
            {
                await rosters.StartRowAsync();
                await rosters.WriteAsync(roster.SessionId, NpgsqlDbType.Text);
                await rosters.WriteAsync(roster.SessionStart.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                await rosters.WriteAsync(roster.Settings.Capacity, NpgsqlDbType.Integer);
                await rosters.WriteAsync(roster.Settings.WaitlistPolicy.ToString(), NpgsqlDbType.Text);
                await rosters.WriteAsync(roster.Settings.CancellationCutOff.ToTimeSpan(), NpgsqlDbType.Interval);
                await rosters.WriteAsync(false, NpgsqlDbType.Boolean);
                await rosters.WriteAsync("{}", NpgsqlDbType.Jsonb);
                await rosters.WriteNullAsync();
                await rosters.WriteAsync(1, NpgsqlDbType.Integer);
            }

            rows += await rosters.CompleteAsync();
        }

        await using (var entries = await connection.BeginBinaryImportAsync(
            "COPY bimtek_enrolments (session_id, arrival, nip, name, position_kind, position_title, agency_name, agency_region, agency_level, nominated_by_name, nominated_by_region, nominated_by_level, submitted_at, status, enrolled_at, changed_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var roster in _rosters)
            {
                for (var arrival = 0; arrival < roster.Entries.Count; arrival++)
                {
                    var e = roster.Entries[arrival];
                    await entries.StartRowAsync();
                    await entries.WriteAsync(roster.SessionId, NpgsqlDbType.Text);
                    await entries.WriteAsync(arrival, NpgsqlDbType.Integer);
                    await entries.WriteAsync(e.Participant.Nip.ToUnmaskedString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Name, NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Position.Kind.ToString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Position.Title, NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Agency.Name, NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Agency.Region.ToString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Participant.Agency.Level.ToString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Nomination.NominatedBy.Name, NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Nomination.NominatedBy.Region.ToString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Nomination.NominatedBy.Level.ToString(), NpgsqlDbType.Text);
                    await entries.WriteAsync(e.Nomination.SubmittedAt.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                    await entries.WriteAsync(e.Status.ToString(), NpgsqlDbType.Text);
                    if (e.EnrolledAt is { } enrolledAt)
                    {
                        await entries.WriteAsync(enrolledAt.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                    }
                    else
                    {
                        await entries.WriteNullAsync();
                    }

                    await entries.WriteAsync(e.ChangedAt.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                }
            }

            rows += await entries.CompleteAsync();
        }

        await using (var history = await connection.BeginBinaryImportAsync(
            "COPY bimtek_enrolment_changes (session_id, arrival, nip, status, at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var roster in _rosters)
            {
                var arrivals = new Dictionary<Enrolment, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < roster.Entries.Count; i++)
                {
                    arrivals[roster.Entries[i]] = i;
                }

                foreach (var move in roster.Moves)
                {
                    await history.StartRowAsync();
                    await history.WriteAsync(roster.SessionId, NpgsqlDbType.Text);
                    await history.WriteAsync(arrivals[move.Enrolment], NpgsqlDbType.Integer);
                    await history.WriteAsync(move.Enrolment.Participant.Nip.ToUnmaskedString(), NpgsqlDbType.Text);
                    await history.WriteAsync(move.Status.ToString(), NpgsqlDbType.Text);
                    await history.WriteAsync(move.At.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                }
            }

            rows += await history.CompleteAsync();
        }

        await transaction.CommitAsync();
        return rows;
    }

    [Benchmark]
    public Task<int> BimtekStorePostgreSql() => SaveAsync(postgres: true);

    [Benchmark]
    public Task<int> BimtekStoreSqlite() => SaveAsync(postgres: false);

    private async Task<int> SaveAsync(bool postgres)
    {
        await using var context = _databases.NewContext(postgres);
        var store = new BimtekStore(context);
        await store.SaveScheduleAsync("2020-june-plan", _plan);
        foreach (var roster in _rosters)
        {
            await store.SaveRosterAsync(roster);
        }

        return _rosters.Count;
    }

    // The enrolments spread over the plan's sessions, one seat each (all enrolled), nominated in order.
    internal static List<SessionRoster> Rosters(Schedule plan, int enrolments)
    {
        var sessions = plan.Sessions;
        var perSession = (enrolments + sessions.Count - 1) / sessions.Count;
        var agency = new Agency("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);
        var opened = Instant.FromUtc(2020, 5, 1, 2, 0);
        var rosters = new List<SessionRoster>();
        var n = 0;
        foreach (var session in sessions)
        {
            var start = session.Days[0].Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var roster = new SessionRoster(session.Id, start, new EnrolmentSettings(perSession));
            for (var k = 0; k < perSession && n < enrolments; k++, n++)
            {
                var at = opened + Duration.FromSeconds(n);
                var participant = new Participant(Nip(n), $"Peserta Sintetis {n}", new Position(PositionKind.Administrator, "Kepala Bidang"), agency);
                roster.Offer(new Nomination(participant, session.Id, agency, at), at);
            }

            rosters.Add(roster);
        }

        return rosters;
    }

    // 100,000 distinct valid NIPs: born 1 Jan 1970 + (n mod 9000) days, appointed 2005-03, serial from n / 9000.
    private static Nip Nip(int n) =>
        Common.Nip.Parse($"{new DateTime(1970, 1, 1).AddDays(n % 9000):yyyyMMdd}2005031{(n / 9000) + 1:000}");
}
