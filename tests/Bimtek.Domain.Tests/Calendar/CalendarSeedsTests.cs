using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

// The seed readers run afresh in every test here. The calendar reads the embedded rows once per process and keeps the
// result, so a test of the calendar shows what was read once, not whether the reader keeps every column of every row.
public class CalendarSeedsTests
{
    private static readonly string[] GoodHours = ["", "2023-04-12", "Mon;Tue;Wed;Thu", "07:30", "16:00", "12:00", "13:00", "Keppres 68/1995", "sourced", "regular", "assumed"];

    private static readonly string[] GoodHoliday = ["2020-06-01", "holiday", "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 2020", "sourced"];

    [Fact]
    public void LoadHolidays_Afresh_KeepsEveryColumnOfEveryRow()
    {
        var fresh = CalendarSeeds.LoadHolidays();

        fresh.Select(HolidayFields).Should().Equal(WorkingCalendar.EmbeddedHolidays().Select(HolidayFields));
        fresh.Should().HaveCount(167);
        fresh.Where(h => h.Date == Date(2024, 2, 14)).Select(HolidayFields).Should().Equal(
            (Date(2024, 2, 14), NonWorkingDayKind.ElectionDay, "Hari Pemungutan Suara Pemilihan Umum 2024", "General election (Pemilu) polling day", "Keppres 10/2024", Provenance.Sourced));
    }

    [Fact]
    public void LoadHoursRules_Afresh_KeepsEveryColumnOfEveryRow()
    {
        var fresh = CalendarSeeds.LoadHoursRules();

        fresh.Select(RuleFields).Should().Equal(WorkingCalendar.EmbeddedHoursRules().Select(RuleFields));
        fresh.Should().HaveCount(18).And.OnlyContain(r => r.Break != null);
        var friday = fresh[1];
        (friday.Days.Single(), friday.Hours, friday.Break, friday.Decree, friday.Provenance, friday.RegionalProvenance, friday.EffectiveFrom, friday.EffectiveUntil, friday.Occasion)
            .Should().Be((IsoDayOfWeek.Friday, Range(7, 30, 16, 30), (LocalTimeRange?)Range(11, 30, 13, 0), "Keppres 68/1995", Provenance.Sourced, Provenance.Assumed, (LocalDate?)null, (LocalDate?)Date(2023, 4, 12), WorkingHoursOccasion.Regular));
        fresh.Where(r => r.Occasion == WorkingHoursOccasion.Ramadan).Should().HaveCount(14);
    }

    [Fact]
    public void ReadHoursRules_WhenBothBreakColumnsAreEmpty_ReadsARuleWithoutBreak()
    {
        var rule = CalendarSeeds.ReadHoursRules([HoursRow(("break_start", ""), ("break_end", ""), ("occasion", "ramadan"))]).Single();

        rule.Break.Should().BeNull();
        rule.WorkingRanges.Should().Equal(Range(7, 30, 16, 0));
        rule.Occasion.Should().Be(WorkingHoursOccasion.Ramadan);
        rule.EffectiveFrom.Should().BeNull();
        rule.EffectiveUntil.Should().Be(Date(2023, 4, 12));
    }

    [Theory]
    [InlineData("break_end", "", "not a time (HH:mm)")]
    [InlineData("break_start", "", "not a time (HH:mm)")]
    [InlineData("start", "7.30", "not a time (HH:mm)")]
    [InlineData("days", "Mon;Fry", "expected Mon;Tue;… (three-letter English weekdays)")]
    [InlineData("effective_until", "2023-13-01", "not an ISO date (YYYY-MM-DD)")]
    [InlineData("occasion", "lebaran", "expected regular or ramadan")]
    [InlineData("status", "guessed", "expected sourced or assumed")]
    [InlineData("regional_status", "", "expected sourced or assumed")]
    public void ReadHoursRules_WhenAFieldIsMalformed_NamesTheFileLineColumnValueAndWhatWasExpected(string column, string value, string expected)
    {
        var act = () => CalendarSeeds.ReadHoursRules([HoursRow((column, value))]);

        act.Should().Throw<InvalidDataException>().WithMessage($"Seed test.csv line 7, column '{column}' = '{value}': {expected}");
    }

    [Theory]
    [InlineData("date", "", "a holiday needs a date")]
    [InlineData("date", "01/06/2020", "not an ISO date (YYYY-MM-DD)")]
    [InlineData("kind", "feast", "expected holiday, collective_leave or election")]
    [InlineData("status", "", "expected sourced or assumed")]
    public void ReadHolidays_WhenAFieldIsMalformed_NamesTheFileLineColumnValueAndWhatWasExpected(string column, string value, string expected)
    {
        var fields = GoodHoliday.ToArray();
        fields[Array.IndexOf(CalendarSeeds.HolidayColumns, column)] = value;

        var act = () => CalendarSeeds.ReadHolidays([new SeedRow("test.csv", 7, CalendarSeeds.HolidayColumns, fields)]);

        act.Should().Throw<InvalidDataException>().WithMessage($"Seed test.csv line 7, column '{column}' = '{value}': {expected}");
    }

    [Theory]
    [InlineData("holiday", NonWorkingDayKind.NationalHoliday, "sourced", Provenance.Sourced)]
    [InlineData("collective_leave", NonWorkingDayKind.CollectiveLeave, "assumed", Provenance.Assumed)]
    [InlineData("election", NonWorkingDayKind.ElectionDay, "sourced", Provenance.Sourced)]
    public void ReadHolidays_ReadsEachKindAndStatus(string kind, NonWorkingDayKind expectedKind, string status, Provenance expectedStatus)
    {
        var fields = GoodHoliday.ToArray();
        fields[1] = kind;
        fields[5] = status;

        var holiday = CalendarSeeds.ReadHolidays([new SeedRow("test.csv", 2, CalendarSeeds.HolidayColumns, fields)]).Single();

        HolidayFields(holiday).Should().Be((Date(2020, 6, 1), expectedKind, "Hari Lahir Pancasila", "Pancasila Day", "SKB 3 Menteri 2020", expectedStatus));
    }

    private static SeedRow HoursRow(params (string Column, string Value)[] changes)
    {
        var fields = GoodHours.ToArray();
        foreach (var (column, value) in changes)
        {
            fields[Array.IndexOf(CalendarSeeds.HoursColumns, column)] = value;
        }

        return new SeedRow("test.csv", 7, CalendarSeeds.HoursColumns, fields);
    }

    private static (LocalDate, NonWorkingDayKind, string, string?, string, Provenance) HolidayFields(Holiday h) =>
        (h.Date, h.Kind, h.Name, h.EnglishName, h.Decree, h.Provenance);

    private static string RuleFields(WorkingHoursRule r) =>
        $"{string.Join(";", r.Days)} {r.Hours} {r.Break} {r.Decree} {r.Provenance} {r.RegionalProvenance} {r.EffectiveFrom} {r.EffectiveUntil} {r.Occasion} {r.Region}";
}
