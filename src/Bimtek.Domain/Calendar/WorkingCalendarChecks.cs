using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Calendar.CalendarRuleCodes;

namespace Bimtek.Domain.Calendar;

/// <summary>Finds every problem in a calendar's data before it answers anything (all of them, not the first).</summary>
internal static class WorkingCalendarChecks
{
    public static List<RuleViolation> Find(
        IReadOnlyList<Holiday?> holidays,
        IReadOnlyList<WorkingHoursRule?> rules,
        IReadOnlyList<CalendarClosure?> closures,
        Duration lessonHourLength)
    {
        var problems = new List<RuleViolation>();
        NoNulls(problems, holidays, new RuleText("hari libur", "holidays"));
        NoNulls(problems, rules, new RuleText("aturan jam kerja", "working-hours rules"));
        NoNulls(problems, closures, new RuleText("penutupan", "closures"));

        // Lessons are planned in minutes; a JP that is not whole minutes, or does not fit in a day, is a mistake.
        if (lessonHourLength <= Duration.Zero || lessonHourLength >= Duration.FromDays(1) || lessonHourLength.SubsecondNanoseconds != 0 || lessonHourLength.Seconds != 0)
        {
            problems.Add(CalendarRules.Violation(InvalidLessonHourLength, ("Minutes", (decimal)lessonHourLength.TotalMinutes)));
        }

        foreach (var group in holidays.OfType<Holiday>().GroupBy(h => h.Date).Where(g => g.Count() > 1))
        {
            problems.Add(CalendarRules.Violation(DuplicateHoliday, ("Date", group.Key), ("Count", group.Count()), ("Names", group.Select(h => h.Name).ToList())));
        }

        var known = rules.OfType<WorkingHoursRule>().ToList();
        for (var i = 0; i < known.Count; i++)
        {
            for (var j = i + 1; j < known.Count; j++)
            {
                var shared = known[i].Days.Intersect(known[j].Days).ToList();
                // Rules of different scopes or occasions may overlap: the more specific one wins where both are in force.
                if (shared.Count > 0 && known[i].Region == known[j].Region && known[i].Occasion == known[j].Occasion && Overlap(known[i], known[j]) is { } from)
                {
                    problems.Add(CalendarRules.Violation(HoursRulesOverlap, ("Rule", known[i].ToString()), ("OtherRule", known[j].ToString()), ("Days", shared.Select(Weekday).ToList()), ("From", from)));
                }
            }
        }

        foreach (var year in holidays.OfType<Holiday>().Select(h => h.Date.Year).Distinct().Order())
        {
            NoGaps(problems, known, year);
        }

        return problems;
    }

    private static void NoNulls<T>(List<RuleViolation> problems, IReadOnlyList<T?> items, RuleText what)
        where T : class
    {
        if (items.Any(i => i is null))
        {
            problems.Add(CalendarRules.Violation(NullEntry, ("List", what)));
        }
    }

    /// <summary>Gets the first date both rules are in force, or <see langword="null"/> when their periods are disjoint.</summary>
    private static object? Overlap(WorkingHoursRule a, WorkingHoursRule b)
    {
        var from = Max(a.EffectiveFrom, b.EffectiveFrom);
        var until = Min(a.EffectiveUntil, b.EffectiveUntil);
        if (from is { } f && until is { } u && f >= u)
        {
            return null;
        }

        return from is { } start ? start : new RuleText("awal data", "the start of the data");

        static LocalDate? Max(LocalDate? x, LocalDate? y) => x is null ? y : y is null ? x : LocalDate.Max(x.Value, y.Value);
        static LocalDate? Min(LocalDate? x, LocalDate? y) => x is null ? y : y is null ? x : LocalDate.Min(x.Value, y.Value);
    }

    /// <summary>Reports each run of dates of a covered year on which no rule is in force (their hours would be unknown).</summary>
    private static void NoGaps(List<RuleViolation> problems, List<WorkingHoursRule> rules, int year)
    {
        LocalDate? gapStart = null;
        var end = new LocalDate(year, 12, 31);
        for (var date = new LocalDate(year, 1, 1); date <= end; date = date.PlusDays(1))
        {
            var covered = rules.Exists(r => r.IsInForceOn(date));
            if (!covered && gapStart is null)
            {
                gapStart = date;
            }

            if ((covered || date == end) && gapStart is { } start)
            {
                var last = covered ? date.PlusDays(-1) : date;
                problems.Add(CalendarRules.Violation(NoHoursRuleInForce, ("From", start), ("Until", last)));
                gapStart = null;
            }
        }
    }

    private static RuleText Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => new("Senin", "Monday"),
        IsoDayOfWeek.Tuesday => new("Selasa", "Tuesday"),
        IsoDayOfWeek.Wednesday => new("Rabu", "Wednesday"),
        IsoDayOfWeek.Thursday => new("Kamis", "Thursday"),
        IsoDayOfWeek.Friday => new("Jumat", "Friday"),
        IsoDayOfWeek.Saturday => new("Sabtu", "Saturday"),
        _ => new("Minggu", "Sunday"),
    };
}
