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
