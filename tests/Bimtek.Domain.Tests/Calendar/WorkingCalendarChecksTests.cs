using System.Globalization;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.CalendarReference;

namespace Bimtek.Domain.Tests.Calendar;

// The checks a calendar runs on its data when built: the exact problem, with the dates, rules and weekdays it names.
public class WorkingCalendarChecksTests
{
    // The library's own cultures: they exist in globalization-invariant mode too, where "en-US" cannot be created.
    private static readonly CultureInfo English = RuleLanguage.English;
    private static readonly CultureInfo Indonesian = RuleLanguage.Indonesian;

    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static readonly Holiday NewYear2020 = new(Date(2020, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru 2020", "SKB 2020");

    private static WorkingHoursRule Rule(string decree, LocalDate? from = null, LocalDate? until = null, params IsoDayOfWeek[] days) =>
        new(days.Length == 0 ? Weekdays : days, Range(7, 30, 16, 0), null, decree, effectiveFrom: from, effectiveUntil: until);

    private static IReadOnlyList<RuleViolation> Problems(Func<WorkingCalendar> build) =>
        build.Should().Throw<CalendarConfigurationException>().Which.Problems;

    [Fact]
    public void ANullEntryInEachList_IsReportedWithTheListItIsIn()
    {
        var problems = Problems(() => new WorkingCalendar([NewYear2020, null!], [Rule("A"), null!], [null!]));

        problems.Select(p => p.Code).Should().Equal(CalendarRuleCodes.NullEntry, CalendarRuleCodes.NullEntry, CalendarRuleCodes.NullEntry);
        problems.Select(p => p.Format(English)).Should().Equal(
            "The holidays list contains a null entry.",
            "The working-hours rules list contains a null entry.",
            "The closures list contains a null entry.");
        problems[2].Format(Indonesian).Should().Be("Daftar penutupan berisi entri kosong (null).");
    }

    [Fact]
    public void NullLists_AreRejectedByName()
    {
        var noHolidays = () => new WorkingCalendar(null!, [Rule("A")]);
        var noRules = () => new WorkingCalendar([NewYear2020], null!);

        noHolidays.Should().Throw<ArgumentNullException>().WithParameterName("holidays");
        noRules.Should().Throw<ArgumentNullException>().WithParameterName("hoursRules");
    }

    [Fact]
    public void OverlappingOpenRules_OverlapFromTheStartOfTheData_OnEveryWeekdayTheyShare()
    {
        var all = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray();

        var problem = Problems(() => new WorkingCalendar([NewYear2020], [Rule("A", days: all), Rule("B", days: all)])).Should().ContainSingle().Subject;

        problem.Code.Should().Be(CalendarRuleCodes.HoursRulesOverlap);
        problem.Format(English).Should().EndWith("both cover Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday from the start of the data.");
        problem.Format(Indonesian).Should().EndWith("sama-sama berlaku untuk Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu mulai awal data.");
    }

    [Fact]
    public void Overlap_StartsAtTheLaterStart_OrAtTheStartOfTheDataWhenBothAreOpen()
    {
        // A from March; B always; C until March: A and B overlap from March, B and C from the start, A and C never.
        var a = Rule("A", Date(2020, 3, 1));
        var b = Rule("B");
        var c = Rule("C", until: Date(2020, 3, 1));

        var problems = Problems(() => new WorkingCalendar([NewYear2020], [a, b, c]));

        problems.Select(p => (p.Code, p.Details["Rule"], p.Details["OtherRule"])).Should().Equal(
            (CalendarRuleCodes.HoursRulesOverlap, (object?)a.ToString(), (object?)b.ToString()),
            (CalendarRuleCodes.HoursRulesOverlap, b.ToString(), c.ToString()));
        problems[0].Details["From"].Should().Be(Date(2020, 3, 1));
        problems[1].Format(English).Should().Be(
            "Working-hours rules 'Mon/Tue/Wed/Thu/Fri 07:30–16:00 (B, HostSupplied)' and 'Mon/Tue/Wed/Thu/Fri 07:30–16:00 (C, HostSupplied)' both cover Monday, Tuesday, Wednesday, Thursday, Friday from the start of the data.");
    }

    [Fact]
    public void RulesThatMeetEndToEnd_DoNotOverlap_WhicheverEndsFirst()
    {
        // A ends 2020-06-01, B runs 2020-06-01 to 2021-01-01, C from 2020-06-01: the latest start meets the earliest end.
        var a = Rule("A", until: Date(2020, 6, 1));
        var b = Rule("B", Date(2020, 6, 1), Date(2021, 1, 1));
        var c = new WorkingHoursRule([IsoDayOfWeek.Saturday], Range(8, 0, 12, 0), null, "C", effectiveFrom: Date(2020, 6, 1));

        var act = () => new WorkingCalendar([NewYear2020], [a, b, c]);
        var reversed = () => new WorkingCalendar([NewYear2020], [b, a, c]);

        act.Should().NotThrow();
        reversed.Should().NotThrow();
    }

    [Fact]
    public void GapsInForce_AreReportedYearByYear_FromTheirFirstToTheirLastUncoveredDate()
    {
        var holidays = new[] { new Holiday(Date(2021, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru 2021", "SKB 2021"), NewYear2020 };
        var rules = new[] { Rule("A", Date(2021, 3, 1)) };

        var problems = Problems(() => new WorkingCalendar(holidays, rules));

        problems.Select(p => (p.Code, p.Details["From"], p.Details["Until"])).Should().Equal(
            (CalendarRuleCodes.NoHoursRuleInForce, (object?)Date(2020, 1, 1), (object?)Date(2020, 12, 31)),
            (CalendarRuleCodes.NoHoursRuleInForce, Date(2021, 1, 1), Date(2021, 2, 28)));
    }
}
