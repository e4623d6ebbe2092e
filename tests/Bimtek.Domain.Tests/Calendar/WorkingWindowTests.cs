using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;
using Interval = NodaTime.Interval;

namespace Bimtek.Domain.Tests.Calendar;

public class WorkingWindowTests
{
    [Fact]
    public void GetWorkingWindow_WhenMondayInJakarta_IsKeppresHoursWithoutTheBreak()
    {
        var window = Embedded.GetWorkingWindow(Monday, Jakarta);

        window.LocalRanges.Should().Equal(Range(7, 30, 12, 0), Range(13, 0, 16, 0));
        window.Intervals.Should().Equal(
            new Interval(Instant.FromUtc(2020, 6, 8, 0, 30), Instant.FromUtc(2020, 6, 8, 5, 0)),
            new Interval(Instant.FromUtc(2020, 6, 8, 6, 0), Instant.FromUtc(2020, 6, 8, 9, 0)));
        window.WorkingTime.Should().Be(Duration.FromMinutes(450));
        window.LessonHours.Should().Be(LessonHours.FromJp(10));
        window.Decree.Should().Be("Keppres 68/1995");
        window.Provenance.Should().Be(Provenance.Sourced);
    }

    [Theory]
    [InlineData("Asia/Jakarta")]
    [InlineData("Asia/Pontianak")]
    [InlineData("Asia/Makassar")]
    [InlineData("Asia/Jayapura")]
    public void GetWorkingWindow_WhenFriday_ExcludesThePrayerBreakInEveryZone(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];

        var window = Embedded.GetWorkingWindow(Friday, zone);

        window.LocalRanges.Should().Equal(Range(7, 30, 11, 30), Range(13, 0, 16, 30));
        window.Intervals.Should().Equal(Local(zone, Friday, 7, 30, 11, 30), Local(zone, Friday, 13, 0, 16, 30));
        window.Contains(At(zone, Friday, 11, 29)).Should().BeTrue();
        window.Contains(At(zone, Friday, 11, 30)).Should().BeFalse();
        window.Contains(At(zone, Friday, 12, 59)).Should().BeFalse();
        window.Contains(At(zone, Friday, 13, 0)).Should().BeTrue();
        window.Rule!.Break.Should().Be(Range(11, 30, 13, 0));
        window.LessonHours.Should().Be(LessonHours.FromJp(9));
    }

    [Fact]
    public void GetWorkingWindow_OnTheDayPerpres21Of2023TookEffect_SwitchesDecreeAndProvenance()
    {
        var before = Embedded.GetWorkingWindow(Date(2023, 4, 11), Jakarta);
        var after = Embedded.GetWorkingWindow(Date(2023, 4, 12), Jakarta);

        before.Decree.Should().Be("Keppres 68/1995");
        before.Provenance.Should().Be(Provenance.Sourced);
        after.Decree.Should().Be("Perpres 21/2023");
        after.Provenance.Should().Be(Provenance.Assumed);
        after.LocalRanges.Should().Equal(before.LocalRanges);
    }

    [Fact]
    public void GetWorkingWindow_WhenHoliday_IsEmptyAndSaysWhy()
    {
        var window = Embedded.GetWorkingWindow(Date(2020, 5, 25), Jayapura);

        window.IsEmpty.Should().BeTrue();
        window.LocalRanges.Should().BeEmpty();
        window.LessonHours.Should().Be(LessonHours.Zero);
        window.Day.Kind.Should().Be(NonWorkingDayKind.NationalHoliday);
        window.Rule!.Decree.Should().Be("Keppres 68/1995");
    }

    [Fact]
    public void GetWorkingWindow_WhenWeekend_IsEmptyWithNoRule()
    {
        var window = Embedded.GetWorkingWindow(Date(2020, 6, 13), Jakarta);

        window.IsEmpty.Should().BeTrue();
        window.Rule.Should().BeNull();
        window.Day.IsWeekend.Should().BeTrue();
    }

    [Fact]
    public void GetCommonWorkingWindow_WhenJakartaAndJayapuraOnAWeekday_IsNarrowerThanEither()
    {
        var common = Embedded.GetCommonWorkingWindow(Monday, [Jakarta, Jayapura]);

        common.Intervals.Should().Equal(
            Local(Jakarta, Monday, 7, 30, 10, 0),
            Local(Jakarta, Monday, 11, 0, 12, 0),
            Local(Jakarta, Monday, 13, 0, 14, 0));
        common.WorkingTime.Should().Be(Duration.FromMinutes(270));
        common.LessonHours.Should().Be(LessonHours.FromJp(5));
        common.Windows.Select(w => w.Zone).Should().Equal(Jakarta, Jayapura);
    }

    [Fact]
    public void GetCommonWorkingWindow_WhenFridayAcrossThreeZones_KeepsEveryPrayerBreakOut()
    {
        var common = Embedded.GetCommonWorkingWindow(Friday, [Jakarta, Makassar, Jayapura]);

        // WIT 07:30 is WIB 05:30 and WIT's break is WIB 09:30–11:00; WITA's is WIB 10:30–12:00.
        common.Intervals.Should().Equal(
            Local(Jakarta, Friday, 7, 30, 9, 30),
            Local(Jakarta, Friday, 13, 0, 14, 30));
    }

    [Fact]
    public void GetCommonWorkingWindow_WhenOneRegionIsClosed_IsEmptyAndThatRegionSaysWhy()
    {
        var calendar = WorkingCalendar.FromEmbeddedSeeds([new CalendarClosure(Monday, "Hari jadi", [RegionCode.Parse("91")])]);
        var regions = Testing.Reference.Map;
        var participants = new Region[] { regions.GetProvince(RegionCode.Parse("32"), Monday), regions.GetRegency(RegionCode.Parse("91.01"), Monday) };

        var common = calendar.GetCommonWorkingWindow(Monday, participants);

        common.IsEmpty.Should().BeTrue();
        common.Windows.Select(w => w.Day.Kind).Should().Equal(null, NonWorkingDayKind.HostClosure);
        common.Windows[1].Zone.Should().Be(Jayapura);
    }

    [Fact]
    public void GetCommonWorkingWindow_WhenNoZone_Throws()
    {
        var act = () => Embedded.GetCommonWorkingWindow(Monday, Array.Empty<DateTimeZone>());

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("zones");
    }

    [Fact]
    public void GetWorkingWindow_WhenHostReplacesTheHours_UsesThemWithHostProvenance()
    {
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        var calendar = WorkingCalendar.FromEmbeddedSeeds(hoursRules:
        [
            new WorkingHoursRule(weekdays, Range(8, 0, 15, 0), Range(12, 0, 12, 30), "Peraturan Kepala Balai 1/2020"),
            new WorkingHoursRule([IsoDayOfWeek.Saturday], Range(8, 0, 12, 0), null, "Peraturan Kepala Balai 1/2020"),
        ]);

        var monday = calendar.GetWorkingWindow(Monday, Makassar);
        var saturday = calendar.GetWorkingWindow(Date(2020, 6, 13), Makassar);

        monday.LocalRanges.Should().Equal(Range(8, 0, 12, 0), Range(12, 30, 15, 0));
        monday.Provenance.Should().Be(Provenance.HostSupplied);
        monday.Decree.Should().Be("Peraturan Kepala Balai 1/2020");
        saturday.Day.IsWorkingDay.Should().BeTrue();
        saturday.LocalRanges.Should().Equal(Range(8, 0, 12, 0));
        calendar.GetDay(Date(2020, 6, 14)).Reasons.Should().ContainSingle().Which.Decree.Should().Be("Peraturan Kepala Balai 1/2020");
    }

    [Fact]
    public void LessonHours_WhenTheHostSetsSixtyMinutes_CountsWholeHoursPerInterval()
    {
        var calendar = WorkingCalendar.FromEmbeddedSeeds(lessonHourLength: Duration.FromMinutes(60));

        // 07:30–12:00 holds 4 lessons of 60 minutes and 13:00–16:00 holds 3; no lesson straddles the break.
        calendar.GetWorkingWindow(Monday, Jakarta).LessonHours.Should().Be(LessonHours.FromJp(7));
        calendar.LessonHourLength.Should().Be(Duration.FromMinutes(60));
    }

    [Property(MaxTest = 200)]
    public Property CommonWindow_OfAnyZoneSet_IsInsideEveryZonesWindow() =>
        Prop.ForAll(
            Gen.Choose(0, (7 * 365) - 1).Select(offset => new LocalDate(2020, 1, 1).PlusDays(offset)).ToArbitrary(),
            Gen.SubListOf([.. IndonesianZones]).Where(zones => zones.Count > 0).ToArbitrary(),
            (date, zones) =>
            {
                var common = Embedded.GetCommonWorkingWindow(date, zones);
                var inside = zones.All(zone =>
                {
                    var own = Embedded.GetWorkingWindow(date, zone).Intervals;
                    return common.Intervals.All(c => own.Any(o => o.Start <= c.Start && c.End <= o.End));
                });
                var single = zones.Count > 1 || common.Intervals.SequenceEqual(Embedded.GetWorkingWindow(date, zones[0]).Intervals);
                var ordered = common.Intervals.Zip(common.Intervals.Skip(1)).All(p => p.First.End < p.Second.Start);
                return inside && single && ordered;
            });
}
