using Bimtek.Domain.Calendar;
using NodaTime;

namespace Bimtek.Domain.Tests.Calendar;

public class WorkingHoursRuleTests
{
    private static readonly LocalTimeRange Hours = new(new LocalTime(7, 30), new LocalTime(16, 0));

    private static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    private static WorkingHoursRule Rule(LocalDate? from, LocalDate? until) =>
        new([IsoDayOfWeek.Monday], Hours, null, "Test", effectiveFrom: from, effectiveUntil: until);

    [Theory]
    [InlineData(2022, true)]
    [InlineData(2023, true)] // until 2023-04-12: in force on the first days of 2023
    [InlineData(2024, false)]
    public void IsInForceDuring_WhenTheRuleEnds_CountsTheYearsItTouches(int year, bool expected)
    {
        Rule(null, new LocalDate(2023, 4, 12)).IsInForceDuring(Year(year)).Should().Be(expected);
    }

    [Theory]
    [InlineData(2022, false)]
    [InlineData(2023, true)]
    [InlineData(2030, true)]
    public void IsInForceDuring_WhenTheRuleStarts_CountsTheYearsFromItsStart(int year, bool expected)
    {
        Rule(new LocalDate(2023, 4, 12), null).IsInForceDuring(Year(year)).Should().Be(expected);
    }

    [Fact]
    public void IsInForceDuring_TheEndIsExclusive()
    {
        var rule = Rule(null, new LocalDate(2024, 1, 1));

        rule.IsInForceDuring(Year(2024)).Should().BeFalse();
        rule.IsInForceDuring(new DateInterval(new LocalDate(2023, 12, 31), new LocalDate(2024, 1, 5))).Should().BeTrue();
    }

    [Fact]
    public void IsInForceDuring_AgreesWithIsInForceOnSomeDay()
    {
        var rule = Rule(new LocalDate(2023, 4, 12), new LocalDate(2023, 4, 20));

        foreach (var start in Enumerable.Range(0, 30).Select(d => new LocalDate(2023, 4, 1).PlusDays(d)))
        {
            var period = new DateInterval(start, start.PlusDays(3));
            rule.IsInForceDuring(period).Should().Be(period.Any(rule.IsInForceOn), $"period from {start}");
        }
    }
}
