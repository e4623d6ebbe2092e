using System.Text;
using Bimtek.Domain.EntityFrameworkCore.PersonalData;
using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using Bimtek.Domain.Participants;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class PersonalDataTests
{
    private static readonly Nik Nik = Nik.Parse("3204110107800001");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveNikAsync_WhenTheHostOptedIn_StoresOnlyCiphertextAndReadsItBack(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = new BimtekPersistenceOptions { StoreNik = true };
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context, options, new XorProtector()).SaveNikAsync(June2020.NipFor(1), Nik);
        }

        await using var reader = database.NewContext();
        var raw = await reader.Set<Records.PersonalDataRecord>().AsNoTracking().SingleAsync();
        Encoding.ASCII.GetString(raw.NikCiphertext!).Should().NotContain(Nik.ToUnmaskedString());
        (await new BimtekStore(reader, options, new XorProtector()).FindNikAsync(June2020.NipFor(1))).Should().Be(Nik);
    }

    [Fact]
    public async Task SaveNikAsync_WithoutTheHostOptingIn_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var context = database.NewContext();

        var act = () => new BimtekStore(context).SaveNikAsync(June2020.NipFor(1), Nik);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*StoreNik*");
        (await context.Set<Records.PersonalDataRecord>().CountAsync()).Should().Be(0);
    }

    [Fact]
    public void BimtekStore_OptedInWithoutAProtector_FailsAtConstruction()
    {
        var act = () => new BimtekStore(new BimtekDbContext(new DbContextOptionsBuilder<BimtekDbContext>().UseSqlite("Data Source=:memory:").Options), new BimtekPersistenceOptions { StoreNik = true });

        act.Should().Throw<InvalidOperationException>().WithMessage("*IPersonalDataProtector*");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saves_LogEveryStatementButNoNip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var log = new List<string>();
        var run = new Pipeline(12);
        await using (var context = database.NewContext(line => { lock (log) { log.Add(line); } }))
        {
            var store = new BimtekStore(context);
            var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 10));
            for (var n = 1; n <= 12; n++)
            {
                roster.Offer(June2020.Nominate(n, June2020.SessionStart - NodaTime.Duration.FromDays(20)), June2020.SessionStart - NodaTime.Duration.FromDays(20));
            }

            await store.SaveRosterAsync(roster);
            await store.SaveAttendanceAsync(run.Attendance);
            await store.SaveResultsAsync(June2020.SessionId, run.Results);
            await store.IssueCertificateAsync(run.Programme, Domain.Centres.CentreCode.Parse("BDI-YOG"), run.Completion.Completed[0], new NodaTime.LocalDate(2020, 6, 19));
            await store.ShortfallsAsync(2020, [June2020.NipFor(1)]);
        }

        var text = string.Join('\n', log);
        text.Should().Contain("INSERT INTO", "the log is the one EF wrote");
        foreach (var n in Enumerable.Range(1, 12))
        {
            var nip = June2020.NipFor(n);
            text.Should().NotContain(nip.ToUnmaskedString()).And.NotContain(nip.ToUnmaskedString()[..8] + nip.ToUnmaskedString()[8..14]);
        }
    }

    // A stand-in for the host's key service (Data Protection, a KMS): reversible, and never the plaintext.
    private sealed class XorProtector : IPersonalDataProtector
    {
        public byte[] Protect(byte[] plaintext) => plaintext.Select(b => (byte)(b ^ 0x5A)).Reverse().ToArray();

        public byte[] Unprotect(byte[] ciphertext) => ciphertext.Reverse().Select(b => (byte)(b ^ 0x5A)).ToArray();
    }
}
