using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class LedgerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ShortfallsAsync_SummedInTheDatabase_EqualTheInMemoryLedger(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var certificates = Certificates().ToList();
        await using (var context = database.NewContext())
        {
            context.Certificates.AddRange(certificates);
            await context.SaveChangesAsync();
        }

        var ledger = new DevelopmentLedger(certificates);
        var staff = Enumerable.Range(1, 60).Select(June2020.NipFor).ToList();   // 10 of them hold no certificate at all
        await using var reader = database.NewContext();
        var store = new BimtekStore(reader);
        foreach (var year in new[] { 2019, 2020, 2021 })
        {
            (await store.ShortfallsAsync(year)).Should().Equal(ledger.Shortfalls(year));
            (await store.ShortfallsAsync(year, staff)).Should().Equal(ledger.Shortfalls(year, staff));
            (await store.ShortfallsAsync(year, minimum: LessonHours.FromJp(30))).Should().Equal(ledger.Shortfalls(year, minimum: LessonHours.FromJp(30)));
        }

        (await store.ShortfallsAsync(2020)).Should().NotBeEmpty();
        (await store.EarnedByAsync(June2020.NipFor(7), 2020)).Should().Be(ledger.EarnedBy(June2020.NipFor(7), 2020));
        (await store.EarnedByAsync(June2020.NipFor(59), 2020)).Should().Be(LessonHours.Zero);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ShortfallsAsync_WithDevelopmentRecords_CountThemAsTheInMemoryLedgerDoes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var certificates = Certificates().ToList();
        var records = Records().ToList();
        await using (var context = database.NewContext())
        {
            context.Certificates.AddRange(certificates);
            await context.SaveChangesAsync();
            await new BimtekStore(context).AddDevelopmentRecordsAsync(records);
        }

        TestDatabase.CloseConnections();
        var ledger = new DevelopmentLedger(certificates, records);
        await using (var reader = database.NewContext())
        {
            await ShouldMatch(new BimtekStore(reader), ledger);
            (await new BimtekStore(reader).DevelopmentRecordsAsync(June2020.NipFor(55))).Select(Describe)
                .Should().Equal(records.Where(r => r.Holder == June2020.NipFor(55)).OrderBy(r => r.Year).Select(Describe));
        }

        // A fresh SIASN read for officials 1–20 replaces their SIASN records only: others' and other sources' stay.
        var refreshed = Enumerable.Range(1, 20).Select(June2020.NipFor).ToList();
        var newRead = refreshed.Where((_, i) => i % 2 == 0)
            .Select(nip => new DevelopmentRecord(nip, 2020, LessonHours.FromJp(12), SiasnSource)).ToList();
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).ReplaceDevelopmentRecordsAsync(SiasnSource, refreshed, newRead);
        }

        var kept = records.Where(r => r.Source != SiasnSource || !refreshed.Contains(r.Holder)).Concat(newRead).ToList();
        kept.Count.Should().BeLessThan(records.Count + newRead.Count, "some SIASN records of the refreshed officials went");
        await using (var reader = database.NewContext())
        {
            await ShouldMatch(new BimtekStore(reader), new DevelopmentLedger(certificates, kept));
        }

        static string Describe(DevelopmentRecord r) => $"{r.Source} {r.Year} {r.Jp.Value}";
    }

    [Fact]
    public async Task ReplaceDevelopmentRecordsAsync_ARecordOfAnotherSourceOrOfficial_IsRefusedAndNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var context = database.NewContext();
        var store = new BimtekStore(context);
        var kept = new DevelopmentRecord(June2020.NipFor(1), 2020, LessonHours.FromJp(8), SiasnSource);
        await store.AddDevelopmentRecordsAsync([kept]);

        var otherSource = () => store.ReplaceDevelopmentRecordsAsync(
            SiasnSource, [June2020.NipFor(1)], [new DevelopmentRecord(June2020.NipFor(1), 2020, LessonHours.FromJp(4), "LMS")]);
        var otherOfficial = () => store.ReplaceDevelopmentRecordsAsync(
            SiasnSource, [June2020.NipFor(1)], [new DevelopmentRecord(June2020.NipFor(2), 2020, LessonHours.FromJp(4), SiasnSource)]);

        await otherSource.Should().ThrowAsync<ArgumentException>().WithMessage("*source 'LMS'*");
        (await otherOfficial.Should().ThrowAsync<ArgumentException>()).Which.Message.Should()
            .Contain(June2020.NipFor(2).ToMaskedString()).And.NotContain(June2020.NipFor(2).ToUnmaskedString());
        (await store.EarnedByAsync(June2020.NipFor(1), 2020)).Should().Be(LessonHours.FromJp(8));
    }

    private const string SiasnSource = "SIASN";

    private static async Task ShouldMatch(BimtekStore store, DevelopmentLedger ledger)
    {
        var staff = Enumerable.Range(1, 70).Select(June2020.NipFor).ToList();   // some hold nothing, some records only
        foreach (var year in new[] { 2018, 2019, 2020, 2021 })
        {
            (await store.ShortfallsAsync(year)).Should().Equal(ledger.Shortfalls(year), "year {0}, officials with something", year);
            (await store.ShortfallsAsync(year, staff)).Should().Equal(ledger.Shortfalls(year, staff), "year {0}, a staff list", year);
            (await store.ShortfallsAsync(year, minimum: LessonHours.FromJp(30))).Should().Equal(ledger.Shortfalls(year, minimum: LessonHours.FromJp(30)));
            foreach (var nip in staff)
            {
                (await store.EarnedByAsync(nip, year)).Should().Be(ledger.EarnedBy(nip, year));
            }
        }
    }

    // Development on record elsewhere: officials 1–60 (41–60 have no certificate), 2018–2021, SIASN and a second source,
    // two equal records of one official (two courses), a record of 0 JP (an official with a row and nothing earned).
    private static IEnumerable<DevelopmentRecord> Records()
    {
        for (var n = 1; n <= 60; n++)
        {
            for (var k = 0; k < n % 3; k++)
            {
                yield return new DevelopmentRecord(June2020.NipFor(n), 2018 + ((n + k) % 4), LessonHours.FromJp(2 * ((n + k) % 9)), k == 0 ? SiasnSource : "LMS-KEMENPERIN");
            }
        }

        yield return new DevelopmentRecord(June2020.NipFor(55), 2020, LessonHours.FromJp(10), SiasnSource);
        yield return new DevelopmentRecord(June2020.NipFor(55), 2020, LessonHours.FromJp(10), SiasnSource);
        yield return new DevelopmentRecord(June2020.NipFor(57), 2020, LessonHours.Zero, SiasnSource);
    }

    // 50 officials, 0–3 certificates each in 2019–2021 of 6–24 JP, issued on the year's first and last days too.
    private static IEnumerable<Certificate> Certificates()
    {
        var centre = CentreCode.Parse("BDI-YOG");
        var serial = 0;
        for (var n = 1; n <= 50; n++)
        {
            for (var k = 0; k < n % 4; k++)
            {
                var year = 2019 + ((n + k) % 3);
                var day = k switch { 0 => new LocalDate(year, 1, 1), 1 => new LocalDate(year, 12, 31), _ => new LocalDate(year, 6, 15) };
                serial++;
                yield return new Certificate(
                    $"{serial:0000}/BDI-YOG/P{k}/{year}", $"V{serial}", June2020.NipFor(n), $"P{k}", centre, day, LessonHours.FromJp(6 * (1 + ((n + k) % 4))));
            }
        }
    }

}
