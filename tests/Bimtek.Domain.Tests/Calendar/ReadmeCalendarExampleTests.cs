using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Domain.Tests.Calendar;

/// <summary>The README's working-calendar example, line by line: if this breaks, the README is wrong.</summary>
public class ReadmeCalendarExampleTests
{
    [Fact]
    public void CalendarExample_GivesTheAnswersTheReadmeShows()
    {
        using var provider = new ServiceCollection().AddBimtekDomain(options =>
        {
            options.CalendarClosures = [new CalendarClosure(new LocalDate(2020, 6, 10), "Hari jadi provinsi", [RegionCode.Parse("32")])];
        }).BuildServiceProvider();
        var calendar = provider.GetRequiredService<IWorkingCalendar>();

        calendar.GetDay(new LocalDate(2020, 5, 25)).Holiday!.Decree.Should().Be("SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)");
        calendar.GetWorkingDays(new DateInterval(new(2020, 6, 8), new(2020, 6, 30))).Count.Should().Be(17);
        calendar.IsWorkingDay(new LocalDate(2020, 6, 10), RegionCode.Parse("32.73")).Should().BeFalse();

        var wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        var wit = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];
        var friday = calendar.GetWorkingWindow(new LocalDate(2020, 6, 12), wit);
        friday.LocalRanges.Select(r => r.ToString()).Should().Equal("07:30–11:30", "13:00–16:30");
        (friday.Decree, friday.Provenance, friday.LessonHours.Value).Should().Be(("Keppres 68/1995", Provenance.Sourced, 9));
        calendar.GetWorkingWindow(new LocalDate(2023, 5, 8), wib).Provenance.Should().Be(Provenance.Assumed);
        calendar.GetWorkingWindow(new LocalDate(2020, 5, 19), wib).ToString().Should().Be("2020-05-19: 08:00–12:00, 12:30–15:00 WIB; SE MenPANRB 51/2020, Sourced; 8 JP");
        calendar.GetCommonWorkingWindow(new LocalDate(2020, 6, 8), [wib, wit]).Intervals
            .Select(i => $"{i.Start.InZone(wib):HH':'mm}–{i.End.InZone(wib):HH':'mm}")
            .Should().Equal("07:30–10:00", "11:00–12:00", "13:00–14:00");
        calendar.Covers(2027).Should().BeFalse();
        var missing = () => calendar.GetDay(new LocalDate(2027, 1, 4));
        missing.Should().Throw<CalendarDataMissingException>();
    }
}
