using System.Collections.Concurrent;
using System.Data.Common;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Npgsql;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class CertificateTests
{
    private static readonly CentreCode Yogyakarta = CentreCode.Parse("BDI-YOG");
    private static readonly LocalDate IssuedOn = new(2020, 6, 19);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueCertificateAsync_ForTheCompleted_StoresNumberedCertificatesThatReadBackUnchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var run = new Pipeline(30);
        var issued = new List<Certificate>();
        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            foreach (var completion in run.Completion.Completed)
            {
                var issue = await store.IssueCertificateAsync(run.Programme, Yogyakarta, completion, IssuedOn);
                issue.Issued.Should().BeTrue();
                issued.Add(issue.Certificate!);
            }

            var again = await store.IssueCertificateAsync(run.Programme, Yogyakarta, run.Completion.Completed[0], IssuedOn);
            again.Issued.Should().BeFalse();
            again.Result.Violations.Select(v => v.Code).Should().Contain(CertificateRuleCodes.AlreadyIssued);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var stored = await reopened.Certificates.AsNoTracking().ToListAsync();

        issued.Should().HaveCount(27);
        stored.Should().BeEquivalentTo(issued, o => o.ComparingByMembers<Certificate>());
        issued.Select(c => c.Number).Should().Equal(Enumerable.Range(1, 27).Select(n => $"{n:0000}/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020"));
        (await new BimtekStore(reopened).FindCertificateAsync(issued[3].Number)).Should().BeEquivalentTo(issued[3], o => o.ComparingByMembers<Certificate>());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sequence_EightIssuersOfAThousandEach_NumberOneToEightThousandExactlyOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const int Issuers = 8;
        const int Each = 1000;
        var run = new Pipeline(Issuers * Each, allStay: true);
        var completed = run.Completion.Completed;
        var numbers = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, Issuers).Select(issuer => Task.Run(async () =>
        {
            await using var context = database.NewContext();
            var store = new BimtekStore(context);
            for (var i = issuer; i < completed.Count; i += Issuers)
            {
                var issue = await store.IssueCertificateAsync(run.Programme, Yogyakarta, completed[i], IssuedOn);
                numbers.Add(issue.Certificate!.Number);
            }
        })));

        completed.Should().HaveCount(Issuers * Each);
        Serials(numbers).Order().Should().Equal(Enumerable.Range(1, completed.Count));
        await using var reader = database.NewContext();
        Serials(await reader.Certificates.Select(c => c.Number).ToListAsync()).Order().Should().Equal(Enumerable.Range(1, completed.Count));
    }

    [Fact]
    public async Task Sequence_WhenTheConnectionIsKilledMidIssue_LosesNoReportedCertificateAndRepeatsNoNumber()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var run = new Pipeline(100);
        var killer = new KillOnCertificateInsert(database.ConnectionString, every: 17);
        var options = new DbContextOptionsBuilder<BimtekDbContext>(database.Options()).AddInterceptors(killer).Options;
        var reported = new List<Certificate>();
        var failures = 0;
        await using (var context = new BimtekDbContext(options))
        {
            var store = new BimtekStore(context);
            foreach (var completion in run.Completion.Completed)
            {
                try
                {
                    reported.Add((await store.IssueCertificateAsync(run.Programme, Yogyakarta, completion, IssuedOn)).Certificate!);
                }
                catch (Exception ex) when (ex is NpgsqlException or DbUpdateException or InvalidOperationException)
                {
                    failures++;
                }
            }
        }

        killer.Kills.Should().BeGreaterThan(2);
        failures.Should().Be(killer.Kills);
        await using var reader = database.NewContext();
        var stored = await reader.Certificates.AsNoTracking().ToListAsync();
        stored.Select(c => c.Number).Order().Should().Equal(reported.Select(c => c.Number).Order(), "every certificate reported issued is stored, and only those");
        Serials(stored.Select(c => c.Number)).Order().Should().Equal(Enumerable.Range(1, stored.Count), "a killed transaction gives its number back");
    }

    [Fact]
    public async Task DatabaseCertificateSequence_OutsideATransaction_RefusesRatherThanRiskAGap()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var context = database.NewContext();

        var act = () => new DatabaseCertificateSequence(context).TakeNext(new CertificateSeries(Yogyakarta, 2020, "P"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*transaction*");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueCertificateAsync_WithheldBetweenIssued_TakesNoNumber(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var run = new Pipeline(30);
        var numbers = new List<string>();
        var withheld = 0;
        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            foreach (var completion in run.Completion.Participants)
            {
                var issue = await store.IssueCertificateAsync(run.Programme, Yogyakarta, completion, IssuedOn);
                if (issue.Certificate is { } certificate)
                {
                    numbers.Add(certificate.Number);
                }
                else
                {
                    withheld++;
                }
            }
        }

        withheld.Should().Be(3);
        Serials(numbers).Should().Equal(Enumerable.Range(1, 27), "a withheld certificate takes no number, so none is skipped");
        await using var reader = database.NewContext();
        (await reader.Set<Records.CertificateCounterRecord>().AsNoTracking().SingleAsync()).Last.Should().Be(27);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DatabaseCertificateSequence_TakeNextAsync_CountsOnInTheTransactionAndRollsBackWithIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var series = new CertificateSeries(Yogyakarta, 2020, "P");
        await using var context = database.NewContext();
        var sequence = new DatabaseCertificateSequence(context);

        var outside = () => sequence.TakeNextAsync(series);
        await outside.Should().ThrowAsync<InvalidOperationException>().WithMessage("*transaction*");

        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            (await sequence.TakeNextAsync(series)).Should().Be(1);
            sequence.TakeNext(series).Should().Be(2);
            (await sequence.TakeNextAsync(series)).Should().Be(3);
            await transaction.RollbackAsync();
        }

        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            (await sequence.TakeNextAsync(series)).Should().Be(1, "the rolled-back numbers were given back");
            await transaction.CommitAsync();
        }
    }

    private static IEnumerable<int> Serials(IEnumerable<string> numbers) => numbers.Select(n => int.Parse(n.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));

    // Before every n-th certificate INSERT (its number already taken in the same transaction), terminates the issuing
    // backend from a second connection: the connection drops in the middle of issuing.
    private sealed class KillOnCertificateInsert(string connectionString, int every) : DbCommandInterceptor
    {
        private int _inserts;

        public int Kills { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await KillOnEveryNthInsertAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await KillOnEveryNthInsertAsync(command, cancellationToken);
            return result;
        }

        private async Task KillOnEveryNthInsertAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (command.CommandText.Contains("INSERT INTO bimtek_certificates", StringComparison.Ordinal) && ++_inserts % every == 0)
            {
                await using var admin = new NpgsqlConnection(connectionString);
                await admin.OpenAsync(cancellationToken);
                await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
                kill.Parameters.AddWithValue("pid", ((NpgsqlConnection)command.Connection!).ProcessID);
                (await kill.ExecuteScalarAsync(cancellationToken)).Should().Be(true);
                Kills++;
            }
        }
    }
}
