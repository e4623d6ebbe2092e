using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

// Each guard of a working-hours rule: the decree in the message, the value at fault, the parameter; and the boundaries
// (a break may not touch the start or end of work).
public class WorkingHoursRuleGuardTests
{
    private static readonly LocalTimeRange Hours = Range(7, 30, 16, 0);

    [Fact]
    public void WhenRegionIsTheDefaultCode_NamesTheDecreeAndTheParameter()
    {
        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "Pergub 1/2024", Provenance.HostSupplied, null, null, default(RegionCode), WorkingHoursOccasion.Regular, null);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Working-hours rule 'Pergub 1/2024': the region is the default code; give a province or kabupaten/kota, or null for national.*")
            .Which.ParamName.Should().Be("region");
    }

    [Fact]
    public void WhenOccasionIsNotDefined_NamesTheParameter()
    {
        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "Host", Provenance.HostSupplied, null, null, null, (WorkingHoursOccasion)7, null);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a WorkingHoursOccasion value.*").Which.ParamName.Should().Be("occasion");
    }

    [Fact]
    public void RegionalProvenance_IsTheGivenOne_OrTheRulesOwnWhenNoneIsGiven()
    {
        var seeded = new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "Keppres", Provenance.Sourced, null, null, null, WorkingHoursOccasion.Regular, Provenance.Assumed);
        var host = new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "Host", Provenance.Sourced);

        seeded.RegionalProvenance.Should().Be(Provenance.Assumed);
        seeded.DuringRamadan().RegionalProvenance.Should().Be(Provenance.Assumed);
        seeded.ScopedTo(RegionCode.Parse("34")).RegionalProvenance.Should().Be(Provenance.Sourced);
        host.RegionalProvenance.Should().Be(Provenance.Sourced);
    }

    [Fact]
    public void WhenDaysAreNull_OrDecreeIsBlank_NamesTheParameter()
    {
        var noDays = () => new WorkingHoursRule(null!, Hours, null, "Host");
        var blankDecree = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, " ");

        noDays.Should().Throw<ArgumentNullException>().WithParameterName("days");
        blankDecree.Should().Throw<ArgumentException>().WithParameterName("decree");
    }

    [Fact]
    public void Days_AreOrderedMondayFirst_AndSundayIsAWeekday()
    {
        var rule = new WorkingHoursRule([IsoDayOfWeek.Sunday, IsoDayOfWeek.Friday, IsoDayOfWeek.Monday], Hours, null, "Host");

        rule.Days.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday);
        rule.ToString().Should().Be("Mon/Fri/Sun 07:30–16:00 (Host, HostSupplied)");
    }

    [Theory]
    [InlineData(new[] { IsoDayOfWeek.Monday, (IsoDayOfWeek)8 })]
    [InlineData(new[] { IsoDayOfWeek.None, IsoDayOfWeek.Tuesday })]
    public void WhenOneDayIsNotAWeekday_NamesTheDecree(IsoDayOfWeek[] days)
    {
        var act = () => new WorkingHoursRule(days, Hours, null, "SE 5/2024");

        act.Should().Throw<ArgumentException>()
            .WithMessage("Working-hours rule 'SE 5/2024': give each weekday at most once, Monday to Sunday, and at least one.*")
            .Which.ParamName.Should().Be("days");
    }

    [Fact]
    public void WhenHoursAreTheDefaultRange_NamesTheDecree()
    {
        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], default, null, "SE 5/2024");

        act.Should().Throw<ArgumentException>().WithMessage("Working-hours rule 'SE 5/2024': the working hours are the empty default range.*")
            .Which.ParamName.Should().Be("hours");
    }

    [Theory]
    [InlineData(7, 30, 8, 0)] // starts when work starts
    [InlineData(15, 30, 16, 0)] // ends when work ends
    [InlineData(7, 0, 8, 0)]
    [InlineData(15, 30, 16, 30)]
    public void WhenTheBreakTouchesOrLeavesTheHours_ShowsBothRanges(int startHour, int startMinute, int endHour, int endMinute)
    {
        var pause = Range(startHour, startMinute, endHour, endMinute);

        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, pause, "SE 5/2024");

        act.Should().Throw<ArgumentException>()
            .WithMessage($"Working-hours rule 'SE 5/2024': the break {pause} must lie strictly inside the hours 07:30–16:00.*")
            .Which.ParamName.Should().Be("breakTime");
    }

    [Fact]
    public void ABreakJustInsideTheHours_SplitsTheDay()
    {
        var rule = new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, Range(7, 31, 15, 59), "Host");

        rule.WorkingRanges.Should().Equal(Range(7, 30, 7, 31), Range(15, 59, 16, 0));
        rule.CountLessonHours(Duration.FromMinutes(1)).Value.Should().Be(2);
    }

    [Theory]
    [InlineData(2024, 1, 1)]
    [InlineData(2023, 12, 31)]
    public void WhenThePeriodIsEmpty_NamesTheDecreeAndBothDates(int year, int month, int day)
    {
        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "SE 5/2024", effectiveFrom: Date(2024, 1, 1), effectiveUntil: Date(year, month, day));

        act.Should().Throw<ArgumentException>()
            .WithMessage($"Working-hours rule 'SE 5/2024': the period 2024-01-01 to {year:0000}-{month:00}-{day:00} is empty.*")
            .Which.ParamName.Should().Be("effectiveUntil");
    }

    [Fact]
    public void IsInForceDuring_OfNull_NamesTheParameter()
    {
        var act = () => new WorkingHoursRule([IsoDayOfWeek.Monday], Hours, null, "Host").IsInForceDuring(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void ToString_ShowsRamadanAndTheRegion()
    {
        var rule = new WorkingHoursRule([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Monday], Hours, Range(12, 0, 12, 30), "SE 7/2024", Provenance.Sourced)
            .ScopedTo(RegionCode.Parse("34.04"))
            .DuringRamadan();

        rule.ToString().Should().Be("Mon/Tue 07:30–12:00, 12:30–16:00 (SE 7/2024, Sourced, Ramadan, 34.04)");
    }
}
