using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

/// <summary>Ramadan hours 2020–2026 (seeds/calendars/working-hours.csv, SOURCES.md "Ramadan hours").</summary>
public class RamadanHoursTests
{
    public static TheoryData<int, int, int, int, int, int, string, Provenance> Periods() => new()
    {
        // first day, first day after (Idul Fitri, holidays.csv), decree, provenance of the hours
        { 2020, 4, 24, 2020, 5, 24, "SE MenPANRB 51/2020", Provenance.Sourced },
        { 2021, 4, 13, 2021, 5, 13, "SE MenPANRB 9/2021", Provenance.Sourced },
        { 2022, 4, 3, 2022, 5, 2, "Ramadan 1443 H (no circular found)", Provenance.Assumed },
        { 2023, 3, 23, 2023, 4, 22, "SE MenPANRB 6/2023", Provenance.Sourced },
        { 2024, 3, 12, 2024, 4, 10, "Perpres 21/2023 (Ramadan)", Provenance.Sourced },
        { 2025, 3, 1, 2025, 3, 31, "Perpres 21/2023 (Ramadan)", Provenance.Sourced },
        { 2026, 2, 19, 2026, 3, 21, "Perpres 21/2023 (Ramadan)", Provenance.Assumed },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void EmbeddedRamadanRules_CoverEachYearWithItsCircular_AndEndTheDayBeforeIdulFitri(int y1, int m1, int d1, int y2, int m2, int d2, string decree, Provenance provenance)
    {
        var rules = WorkingCalendar.EmbeddedHoursRules().Where(r => r.Occasion == WorkingHoursOccasion.Ramadan && r.EffectiveFrom == Date(y1, m1, d1)).ToList();

        rules.Should().HaveCount(2);
        rules.Should().OnlyContain(r => r.EffectiveUntil == Date(y2, m2, d2) && r.Decree == decree && r.Provenance == provenance);
        Embedded.FindHoliday(Date(y2, m2, d2))!.Name.Should().Contain("Idul").And.Contain("(hari pertama)");
        rules.Sum(r => r.WorkingTime.TotalMinutes * r.Days.Count).Should().Be((4 * 390) + 390, "at least 32.5 hours a week (1,950 minutes)");
    }

    [Fact]
    public void WorkingWindow_On19May2020_TheProvincialPhaseOpening_IsRamadanHoursUnderSe51Of2020()
    {
        // Tuesday 19 May 2020, the provincial phase's opening (FACTS §0), fell in Ramadan 1441 H.
        var window = Embedded.GetWorkingWindow(Date(2020, 5, 19), Jakarta);

        window.Decree.Should().Be("SE MenPANRB 51/2020");
        window.Rule!.Occasion.Should().Be(WorkingHoursOccasion.Ramadan);
        window.LocalRanges.Select(r => r.ToString()).Should().Equal("08:00–12:00", "12:30–15:00");
        window.LessonHours.Value.Should().Be(8, "5 JP before the break and 3 after, against 10 under Keppres 68/1995");
    }

    [Fact]
    public void WorkingWindow_OnFridayInRamadan2020_EndsAt1530WithTheFridayPrayerBreak()
    {
        var window = Embedded.GetWorkingWindow(Date(2020, 5, 15), Jakarta);

        window.LocalRanges.Select(r => r.ToString()).Should().Equal("08:00–11:30", "12:30–15:30");
    }

    [Fact]
    public void WorkingWindow_TheDayAfterRamadan2020_IsBackToKeppres68()
    {
        Embedded.FindHoursRule(Date(2020, 5, 26))!.Decree.Should().Be("Keppres 68/1995");
        Embedded.FindHoursRule(Date(2020, 4, 23))!.Decree.Should().Be("Keppres 68/1995");
        Embedded.FindHoursRule(Date(2020, 4, 24))!.Decree.Should().Be("SE MenPANRB 51/2020");
    }
}
