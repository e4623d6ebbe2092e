using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

public class WorkingCalendarConfigurationTests
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    [Fact]
    public void EmbeddedHoursRules_AreKeppres68ThenPerpres21()
    {
        WorkingCalendar.EmbeddedHoursRules().Select(r => (r.Decree, r.Provenance, r.EffectiveFrom, r.EffectiveUntil)).Should().Equal(
            ("Keppres 68/1995", Provenance.Sourced, (LocalDate?)null, (LocalDate?)Date(2023, 4, 12)),
            ("Keppres 68/1995", Provenance.Sourced, null, Date(2023, 4, 12)),
            ("Perpres 21/2023", Provenance.Assumed, Date(2023, 4, 12), null),
            ("Perpres 21/2023", Provenance.Assumed, Date(2023, 4, 12), null));
        WorkingCalendar.EmbeddedHoursRules().Should().OnlyContain(r => r.WorkingTime == Duration.FromMinutes(450));
    }

    [Fact]
    public void Constructor_WhenRulesOverlapOnAWeekday_ReportsHoursRulesOverlap()
    {
        var rules = WorkingCalendar.EmbeddedHoursRules()
            .Append(new WorkingHoursRule([IsoDayOfWeek.Friday], Range(8, 0, 15, 0), null, "Host", effectiveFrom: Date(2024, 1, 1)));

        var act = () => new WorkingCalendar(WorkingCalendar.EmbeddedHolidays(), rules);

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.HoursRulesOverlap);
    }

    [Fact]
    public void Constructor_WhenACoveredYearHasNoRule_ReportsNoHoursRuleInForce()
    {
        var rules = new[] { new WorkingHoursRule(Weekdays, Range(7, 30, 16, 0), null, "Host", effectiveFrom: Date(2021, 1, 1)) };

        var act = () => new WorkingCalendar(WorkingCalendar.EmbeddedHolidays(), rules);

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.NoHoursRuleInForce);
    }

    [Fact]
    public void Constructor_WhenTwoHolidaysShareADate_ReportsDuplicateHoliday()
    {
        var holidays = WorkingCalendar.EmbeddedHolidays()
            .Append(new Holiday(Date(2020, 5, 25), NonWorkingDayKind.CollectiveLeave, "Cuti bersama", "Host"));

        var act = () => new WorkingCalendar(holidays, WorkingCalendar.EmbeddedHoursRules());

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.DuplicateHoliday);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-45)]
    [InlineData(45.5)]
    [InlineData(1440)]
    public void Constructor_WhenLessonHourLengthIsNotWholePositiveMinutes_ReportsInvalidLessonHourLength(double minutes)
    {
        var act = () => WorkingCalendar.FromEmbeddedSeeds(lessonHourLength: Duration.FromMinutes(minutes));

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.InvalidLessonHourLength);
    }

    [Fact]
    public void Constructor_WhenSeveralProblems_ReportsThemAll()
    {
        var rules = new[]
        {
            new WorkingHoursRule(Weekdays, Range(7, 30, 16, 0), null, "A", effectiveFrom: Date(2021, 1, 1)),
            new WorkingHoursRule([IsoDayOfWeek.Monday], Range(8, 0, 16, 0), null, "B", effectiveFrom: Date(2021, 1, 1)),
        };

        var act = () => new WorkingCalendar(WorkingCalendar.EmbeddedHolidays(), rules, null, Duration.Zero);

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Select(p => p.Code).Should().BeEquivalentTo(
            [CalendarRuleCodes.InvalidLessonHourLength, CalendarRuleCodes.HoursRulesOverlap, CalendarRuleCodes.NoHoursRuleInForce]);
    }

    [Fact]
    public void WorkingHoursRule_WhenBreakIsNotInsideTheHours_Throws()
    {
        var act = () => new WorkingHoursRule(Weekdays, Range(7, 30, 16, 0), Range(15, 30, 16, 30), "Host");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("breakTime");
    }

    [Theory]
    [InlineData(new IsoDayOfWeek[0])]
    [InlineData(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Monday })]
    [InlineData(new[] { IsoDayOfWeek.None })]
    public void WorkingHoursRule_WhenDaysAreEmptyRepeatedOrInvalid_Throws(IsoDayOfWeek[] days)
    {
        var act = () => new WorkingHoursRule(days, Range(7, 30, 16, 0), null, "Host");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("days");
    }

    [Fact]
    public void LocalTimeRange_WhenEndIsNotAfterStart_Throws()
    {
        var act = () => new LocalTimeRange(Time(12, 0), Time(12, 0));

        act.Should().Throw<ArgumentException>();
        default(LocalTimeRange).Duration.Should().Be(Duration.Zero);
        Range(7, 30, 12, 0).ToString().Should().Be("07:30–12:00");
    }

    [Fact]
    public void Holiday_WhenKindIsNotAHolidayKind_Throws()
    {
        var act = () => new Holiday(Date(2020, 6, 13), NonWorkingDayKind.Weekend, "Sabtu", "Host");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("kind");
    }
}
