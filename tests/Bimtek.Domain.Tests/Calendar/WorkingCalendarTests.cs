using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private const string Skb2020 = "SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)";

    [Fact]
    public void GetDay_WhenIdulFitri2020_IsNotWorkingAndNamesTheSkb()
    {
        var day = Embedded.GetDay(Date(2020, 5, 25));

        day.IsWorkingDay.Should().BeFalse();
        day.Kind.Should().Be(NonWorkingDayKind.NationalHoliday);
        day.Holiday!.Decree.Should().Be(Skb2020);
        day.Holiday.Name.Should().Be("Hari Raya Idul Fitri 1441 H (hari kedua)");
        day.Holiday.Provenance.Should().Be(Provenance.Sourced);
        day.Reasons.Should().ContainSingle().Which.Decree.Should().Be(Skb2020);
    }

    [Fact]
    public void GetWorkingDays_WhenJune8To30_2020_AreAllSeventeenWeekdays()
    {
        var june = new DateInterval(Date(2020, 6, 8), Date(2020, 6, 30));

        var working = Embedded.GetWorkingDays(june);

        working.Should().HaveCount(17);
        working.Should().Equal(june.Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday));
    }

    [Fact]
    public void GetDay_WhenHolidayFallsOnSunday_GivesHolidayThenWeekend()
    {
        var day = Embedded.GetDay(Date(2020, 5, 24));

        day.Reasons.Select(r => r.Kind).Should().Equal(NonWorkingDayKind.NationalHoliday, NonWorkingDayKind.Weekend);
        day.Holiday!.Decree.Should().Be(Skb2020);
        day.IsWeekend.Should().BeTrue();
    }

    [Theory]
    [InlineData(2020, 6, 13, "Sabtu", "Keppres 68/1995", Provenance.Sourced)]
    [InlineData(2020, 6, 14, "Minggu", "Keppres 68/1995", Provenance.Sourced)]
    [InlineData(2024, 6, 15, "Sabtu", "Perpres 21/2023", Provenance.Assumed)]
    public void GetDay_WhenWeekend_NamesTheDecreeOfTheFiveDayWeek(int year, int month, int dayOfMonth, string name, string decree, Provenance provenance)
    {
        var day = Embedded.GetDay(Date(year, month, dayOfMonth));

        day.IsWorkingDay.Should().BeFalse();
        day.Holiday.Should().BeNull();
        var reason = day.Reasons.Should().ContainSingle().Which;
        reason.Kind.Should().Be(NonWorkingDayKind.Weekend);
        reason.Name.Should().Be(name);
        reason.Decree.Should().Be(decree);
        reason.Provenance.Should().Be(provenance);
    }

    [Theory]
    [InlineData(2020, 8, 21, NonWorkingDayKind.CollectiveLeave, "SKB 3 Menteri 2020 rev. 1 (174/2020; 01/2020; 01/2020)")]
    [InlineData(2020, 10, 28, NonWorkingDayKind.CollectiveLeave, "SKB 3 Menteri 2020 rev. 2 (391/2020; 02/2020; 02/2020)")]
    [InlineData(2020, 12, 9, NonWorkingDayKind.ElectionDay, "Keppres 22/2020")]
    [InlineData(2024, 2, 14, NonWorkingDayKind.ElectionDay, "Keppres 10/2024")]
    public void FindHoliday_WhenSetByAnAmendmentOrKeppres_NamesThatDecree(int year, int month, int dayOfMonth, NonWorkingDayKind kind, string decree)
    {
        var holiday = Embedded.FindHoliday(Date(year, month, dayOfMonth));

        holiday!.Kind.Should().Be(kind);
        holiday.Decree.Should().Be(decree);
    }

    [Theory]
    [InlineData(2020, 5, 22)] // removed by SKB rev. 3 on 20 May 2020
    [InlineData(2020, 5, 27)] // moved to December by SKB rev. 2
    [InlineData(2020, 12, 28)] // removed by SKB rev. 4 on 1 Dec 2020
    public void GetDay_WhenCollectiveLeaveWasLaterRemoved_IsAWorkingDay(int year, int month, int dayOfMonth)
    {
        Embedded.IsWorkingDay(Date(year, month, dayOfMonth)).Should().BeTrue();
        Embedded.FindHoliday(Date(year, month, dayOfMonth)).Should().BeNull();
    }

    [Fact]
    public void FindHoliday_WhenTwoHolidaysShareADate_IsOneEntry()
    {
        Embedded.FindHoliday(Date(2021, 5, 13))!.Kind.Should().Be(NonWorkingDayKind.NationalHoliday);
    }

    [Theory]
    [InlineData(2020, 22)]
    [InlineData(2021, 16)]
    [InlineData(2022, 20)]
    [InlineData(2023, 27)]
    [InlineData(2024, 29)]
    [InlineData(2025, 28)]
    [InlineData(2026, 25)]
    public void GetHolidays_PerYear_IsTheFinalListOfSources(int year, int count)
    {
        var holidays = Embedded.GetHolidays(year);

        holidays.Should().HaveCount(count).And.BeInAscendingOrder(h => h.Date);
        holidays.Should().OnlyContain(h => h.Date.Year == year && h.Provenance == Provenance.Sourced);
    }

    [Fact]
    public void CoveredYears_AreTwentyTwentyToTwentyTwentySix()
    {
        Embedded.CoveredYears.Should().Equal(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        WorkingCalendar.EmbeddedHolidays().Should().HaveCount(167);
        Embedded.Covers(2019).Should().BeFalse();
        Embedded.Covers(2027).Should().BeFalse();
    }

    [Theory]
    [InlineData(2019, 12, 31)]
    [InlineData(2027, 1, 4)]
    public void Questions_WhenYearHasNoData_TellTheCallerInsteadOfAnsweringWorking(int year, int month, int dayOfMonth)
    {
        var date = Date(year, month, dayOfMonth);
        Action[] questions =
        [
            () => Embedded.GetDay(date),
            () => Embedded.IsWorkingDay(date),
            () => Embedded.FindHoliday(date),
            () => Embedded.GetHolidays(year),
            () => Embedded.GetWorkingWindow(date, Jakarta),
            () => Embedded.GetCommonWorkingWindow(date, [Jakarta, Jayapura]),
            () => Embedded.GetWorkingDays(new DateInterval(Date(2026, 12, 28), Date(2027, 1, 8))),
        ];

        foreach (var question in questions.Take(6))
        {
            var error = question.Should().Throw<CalendarDataMissingException>().Which;
            error.Year.Should().Be(year);
            error.CoveredYears.Should().Equal(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        }

        questions[6].Should().Throw<CalendarDataMissingException>().Which.Year.Should().Be(2027);
        Embedded.TryGetDay(date, null, out var day).Should().BeFalse();
        day.Should().BeNull();
    }

    [Fact]
    public void TryGetDay_WhenYearIsCovered_Answers()
    {
        Embedded.TryGetDay(Date(2020, 6, 1), null, out var day).Should().BeTrue();

        day!.Holiday!.Name.Should().Be("Hari Lahir Pancasila");
    }

    [Fact]
    public void FindHoursRule_NeedsNoHolidayData()
    {
        Embedded.FindHoursRule(Date(2019, 12, 31))!.Decree.Should().Be("Keppres 68/1995");
        Embedded.FindHoursRule(Date(2030, 1, 7))!.Decree.Should().Be("Perpres 21/2023");
        Embedded.FindHoursRule(Date(2020, 6, 14)).Should().BeNull();
    }

    [Fact]
    public void GetDay_WhenNationwideHostClosure_ClosesEveryRegion()
    {
        var closure = new CalendarClosure(Date(2020, 6, 10), "Libur kantor");
        var calendar = WorkingCalendar.FromEmbeddedSeeds([closure]);

        var national = calendar.GetDay(Date(2020, 6, 10));
        var bandung = calendar.GetDay(Date(2020, 6, 10), RegionCode.Parse("32.73"));

        national.Kind.Should().Be(NonWorkingDayKind.HostClosure);
        national.Reasons.Should().ContainSingle().Which.Closure.Should().BeSameAs(closure);
        national.Reasons[0].Provenance.Should().Be(Provenance.HostSupplied);
        bandung.IsWorkingDay.Should().BeFalse();
        calendar.IsWorkingDay(Date(2020, 6, 11)).Should().BeTrue();
    }

    [Fact]
    public void GetDay_WhenProvinceLimitedClosure_ClosesOnlyThoseProvinces()
    {
        var calendar = WorkingCalendar.FromEmbeddedSeeds(
            [new CalendarClosure(Date(2020, 6, 10), "Hari jadi provinsi", [RegionCode.Parse("32"), RegionCode.Parse("91")])]);
        var date = Date(2020, 6, 10);

        calendar.GetDay(date, RegionCode.Parse("32")).Kind.Should().Be(NonWorkingDayKind.HostClosure);
        calendar.GetDay(date, RegionCode.Parse("32.73")).Kind.Should().Be(NonWorkingDayKind.HostClosure);
        calendar.GetDay(date, RegionCode.Parse("91.01")).IsWorkingDay.Should().BeFalse();
        calendar.GetDay(date, RegionCode.Parse("31")).IsWorkingDay.Should().BeTrue();
        calendar.GetDay(date).IsWorkingDay.Should().BeTrue();
    }

    [Fact]
    public void GetDay_WhenClosureOnAHoliday_GivesBothReasons()
    {
        var calendar = WorkingCalendar.FromEmbeddedSeeds([new CalendarClosure(Date(2020, 6, 1), "Kantor tutup")]);

        calendar.GetDay(Date(2020, 6, 1)).Reasons.Select(r => r.Kind)
            .Should().Equal(NonWorkingDayKind.NationalHoliday, NonWorkingDayKind.HostClosure);
    }

    [Fact]
    public void CalendarClosure_WhenGivenARegencyCode_Throws()
    {
        var act = () => new CalendarClosure(Date(2020, 6, 10), "Tutup", [RegionCode.Parse("32.73")]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("provinces");
    }

    [Fact]
    public void GetDays_ListsEveryDateWithItsAnswer()
    {
        var days = Embedded.GetDays(new DateInterval(Date(2020, 5, 21), Date(2020, 5, 25)));

        days.Select(d => d.Kind).Should().Equal(
            NonWorkingDayKind.NationalHoliday, // Thu 21 May, Ascension Day
            null, // Fri 22 May, collective leave cancelled by SKB rev. 3
            NonWorkingDayKind.Weekend,
            NonWorkingDayKind.NationalHoliday, // Sun 24 May, Idul Fitri
            NonWorkingDayKind.NationalHoliday);
    }

    [Fact]
    public void Collections_CannotBeChangedThroughACast()
    {
        var closure = new CalendarClosure(Date(2020, 6, 10), "Tutup", [RegionCode.Parse("32")]);
        var calendar = WorkingCalendar.FromEmbeddedSeeds([closure]);
        var window = calendar.GetCommonWorkingWindow(Monday, [Jakarta, Jayapura]);

        object[] collections =
        [
            calendar.HoursRules, calendar.Closures, calendar.CoveredYears, calendar.GetHolidays(2020), closure.Provinces,
            calendar.HoursRules[0].Days, calendar.HoursRules[0].WorkingRanges, window.Intervals, window.Windows,
            calendar.GetDay(Date(2020, 5, 24)).Reasons,
        ];

        collections.Should().AllSatisfy(c => c.Should().BeAssignableTo<System.Collections.IList>().Which.IsReadOnly.Should().BeTrue());
    }
}
