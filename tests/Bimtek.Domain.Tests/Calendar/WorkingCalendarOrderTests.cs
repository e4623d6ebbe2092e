using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

// A calendar built from explicit data (not the embedded one, read once per process): what it keeps in order, which
// calendar system it answers in, and how it words a day or a window without work.
public class WorkingCalendarOrderTests
{
    private static readonly IsoDayOfWeek[] MondayToThursday = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday];

    private static readonly WorkingHoursRule[] Rules =
    [
        new(MondayToThursday, Range(7, 30, 16, 0), Range(12, 0, 13, 0), "Aturan A"),
        new([IsoDayOfWeek.Friday], Range(7, 30, 16, 30), Range(11, 30, 13, 0), "Aturan B"),
    ];

    private static Holiday Holiday(int year, int month, int day) =>
        new(Date(year, month, day), NonWorkingDayKind.NationalHoliday, $"Libur {month}/{day}", "SKB");

    [Fact]
    public void HolidaysYearsAndClosures_AreKeptInOrder_WhateverOrderTheyAreGivenIn()
    {
        var calendar = new WorkingCalendar(
            [Holiday(2021, 12, 25), Holiday(2021, 1, 1), Holiday(2020, 12, 25), Holiday(2020, 1, 1)],
            Rules,
            [new CalendarClosure(Date(2021, 3, 1), "Banjir"), new CalendarClosure(Date(2020, 3, 2), "Gempa")]);

        calendar.CoveredYears.Should().Equal(2020, 2021);
        calendar.GetHolidays(2021).Select(h => h.Date).Should().Equal(Date(2021, 1, 1), Date(2021, 12, 25));
        calendar.Closures.Select(c => c.Reason).Should().Equal("Gempa", "Banjir");
    }

    [Fact]
    public void ADateOfAnotherCalendarSystem_IsAnsweredAsItsIsoDate()
    {
        var calendar = new WorkingCalendar([Holiday(2020, 6, 1)], Rules);
        var gregorian = new LocalDate(2020, 6, 1, CalendarSystem.Gregorian);

        calendar.FindHoliday(gregorian)!.Name.Should().Be("Libur 6/1");
        calendar.GetDay(gregorian).Date.Should().Be(Date(2020, 6, 1));
        calendar.GetDay(gregorian).Date.Calendar.Should().Be(CalendarSystem.Iso);
    }

    [Fact]
    public void AWeekend_NamesEveryDecreeInForce()
    {
        var calendar = new WorkingCalendar([Holiday(2020, 6, 1)], Rules);

        var reason = calendar.GetDay(Date(2020, 6, 13)).Reasons.Should().ContainSingle().Subject;

        (reason.Name, reason.Decree).Should().Be(("Sabtu", "Aturan A; Aturan B"));
    }

    [Fact]
    public void NullZonesAndNoParticipants_AreRejectedByName()
    {
        var calendar = new WorkingCalendar([Holiday(2020, 6, 1)], Rules);

        var noZone = () => calendar.GetWorkingWindow(Monday, null!);
        var noZones = () => calendar.GetCommonWorkingWindow(Monday, (IEnumerable<DateTimeZone>)null!);
        var noParticipants = () => calendar.GetCommonWorkingWindow(Monday, Array.Empty<Region>());

        noZone.Should().Throw<ArgumentNullException>().WithParameterName("zone");
        noZones.Should().Throw<ArgumentNullException>().WithParameterName("zones");
        noParticipants.Should().Throw<ArgumentException>().WithMessage("Give at least one participating region, and no null.*")
            .Which.ParamName.Should().Be("participants");
    }

    [Fact]
    public void CommonWindow_ContainsOnlySharedWorkingInstants_AndSaysSo()
    {
        var calendar = new WorkingCalendar([Holiday(2020, 6, 1)], Rules);

        var window = calendar.GetCommonWorkingWindow(Monday, [Jakarta, Jayapura]);

        window.ToString().Should().Be("2020-06-08 (WIB, WIT): 07:30–10:00, 11:00–12:00, 13:00–14:00 WIB; 5 JP");
        window.Contains(At(Jakarta, Monday, 7, 30)).Should().BeTrue();
        window.Contains(At(Jakarta, Monday, 13, 0)).Should().BeTrue();
        window.Contains(At(Jakarta, Monday, 10, 0)).Should().BeFalse();
        window.Contains(At(Jakarta, Monday, 14, 0)).Should().BeFalse();
    }

    [Fact]
    public void WindowsWithoutWork_SayWhereThereIsNone()
    {
        var calendar = new WorkingCalendar([Holiday(2020, 6, 1)], Rules);
        var saturday = Date(2020, 6, 13);

        calendar.GetCommonWorkingWindow(saturday, [Jakarta, Makassar]).ToString().Should().Be("2020-06-13 (WIB, WITA): no shared working time");
        calendar.GetWorkingWindow(saturday, Jayapura).ToString().Should().Be("2020-06-13: no working time in WIT");
    }
}
