using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

// The small value types of the calendar: their guards say what was wrong with which value, their text is exact.
public class CalendarValueTests
{
    [Fact]
    public void CalendarClosure_WhenACodeIsNotAProvince_NamesTheReasonDateAndCode()
    {
        var act = () => new CalendarClosure(Date(2024, 11, 27), "Pilkada", [RegionCode.Parse("34"), RegionCode.Parse("34.04")]);

        act.Should().Throw<ArgumentException>().WithMessage("Closure 'Pilkada' on 2024-11-27: '34.04' is not a province code.*")
            .Which.ParamName.Should().Be("provinces");
    }

    [Fact]
    public void CalendarClosure_ToString_ListsItsProvincesInOrder_OrNoneWhenNationwide()
    {
        var regional = new CalendarClosure(Date(2024, 11, 27), "Pilkada", [RegionCode.Parse("35"), RegionCode.Parse("34"), RegionCode.Parse("35")]);
        var national = new CalendarClosure(Date(2024, 12, 24), "Kantor tutup");

        regional.ToString().Should().Be("2024-11-27 Pilkada (34, 35)");
        regional.Provinces.Should().Equal(RegionCode.Parse("34"), RegionCode.Parse("35"));
        regional.IsNationwide.Should().BeFalse();
        national.ToString().Should().Be("2024-12-24 Kantor tutup");
        national.IsNationwide.Should().BeTrue();
    }

    [Fact]
    public void CalendarDataMissingException_DescribesTheCoveredYearsAsRuns()
    {
        new CalendarDataMissingException(2019, []).Message.Should().Be(
            "The working calendar has no holiday data for 2019; it covers no year. A year without data is not assumed to be free of holidays.");
        new CalendarDataMissingException(2025, [2020, 2021, 2022, 2024, 2026]).Message.Should().StartWith(
            "The working calendar has no holiday data for 2025; it covers 2020–2022, 2024, 2026.");
        new CalendarDataMissingException(2027, [2026]).CoveredYears.Should().Equal(2026);
    }

    [Fact]
    public void CalendarDay_ToString_SaysWorkingDay_OrListsEveryReason()
    {
        var closure = new CalendarClosure(Date(2020, 6, 13), "Banjir");
        var calendar = new WorkingCalendar(WorkingCalendar.EmbeddedHolidays(), WorkingCalendar.EmbeddedHoursRules(), [closure]);

        calendar.GetDay(Monday).ToString().Should().Be("2020-06-08 working day");
        calendar.GetDay(Date(2020, 6, 13)).ToString().Should().Be("2020-06-13 not a working day: HostClosure: Banjir; Weekend: Sabtu (Keppres 68/1995)");
        calendar.GetDay(Date(2020, 6, 1)).ToString().Should().StartWith("2020-06-01 not a working day: NationalHoliday: ");
    }

    [Fact]
    public void Holiday_WhenKindIsNotAHolidayKind_SaysWhichKind()
    {
        var act = () => new Holiday(Date(2020, 6, 13), NonWorkingDayKind.HostClosure, "Tutup", "Host");

        act.Should().Throw<ArgumentException>().WithMessage("A holiday is a national holiday, collective leave or an election day, not HostClosure.*");
    }

    [Theory]
    [InlineData(" ", "Host", "name")]
    [InlineData("Tahun Baru", "", "decree")]
    public void Holiday_WhenNameOrDecreeIsBlank_NamesTheParameter(string name, string decree, string parameter)
    {
        var act = () => new Holiday(Date(2020, 1, 1), NonWorkingDayKind.NationalHoliday, name, decree);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("New Year's Day", "New Year's Day")]
    public void Holiday_KeepsAnEnglishName_AndDropsABlankOne(string? englishName, string? expected)
    {
        var holiday = new Holiday(Date(2020, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru", "SKB", englishName);

        holiday.EnglishName.Should().Be(expected);
        holiday.ToString().Should().Be("2020-01-01 Tahun Baru (NationalHoliday; SKB)");
    }

    [Fact]
    public void LocalTimeRange_WhenEndIsNotAfterStart_ShowsBothEnds()
    {
        var act = () => new LocalTimeRange(Time(13, 0), Time(12, 0));

        act.Should().Throw<ArgumentException>().WithMessage("A time range must end after it starts: 13:00–12:00.*")
            .Which.ParamName.Should().Be("end");
    }

    [Theory]
    [InlineData(7, 29, false)]
    [InlineData(7, 30, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    public void LocalTimeRange_Contains_ItsStartButNotItsEnd(int hour, int minute, bool expected) =>
        Range(7, 30, 12, 0).Contains(Time(hour, minute)).Should().Be(expected);

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, "Senin")]
    [InlineData(IsoDayOfWeek.Tuesday, "Selasa")]
    [InlineData(IsoDayOfWeek.Wednesday, "Rabu")]
    [InlineData(IsoDayOfWeek.Thursday, "Kamis")]
    [InlineData(IsoDayOfWeek.Friday, "Jumat")]
    [InlineData(IsoDayOfWeek.Saturday, "Sabtu")]
    [InlineData(IsoDayOfWeek.Sunday, "Minggu")]
    public void NonWorkingReason_NamesAFreeWeekdayInIndonesian(IsoDayOfWeek free, string name)
    {
        var days = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && d != free);
        var calendar = new WorkingCalendar(
            [new Holiday(Date(2020, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru", "SKB")],
            [new WorkingHoursRule(days, Range(7, 30, 16, 0), null, "Aturan kantor")]);

        var reason = calendar.GetDay(Monday.PlusDays((int)free - 1)).Reasons.Should().ContainSingle().Subject;

        (reason.Kind, reason.Name, reason.EnglishName, reason.Decree).Should().Be((NonWorkingDayKind.Weekend, name, free.ToString(), "Aturan kantor"));
    }
}
