using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>Finds every problem in a calendar's data before it answers anything (all of them, not the first).</summary>
internal static class WorkingCalendarChecks
{
    public static List<CalendarProblem> Find(
        IReadOnlyList<Holiday?> holidays,
        IReadOnlyList<WorkingHoursRule?> rules,
        IReadOnlyList<CalendarClosure?> closures,
        Duration lessonHourLength)
    {
        var problems = new List<CalendarProblem>();
        NoNulls(problems, holidays, "holidays");
        NoNulls(problems, rules, "working-hours rules");
        NoNulls(problems, closures, "closures");

        // Lessons are planned in minutes; a JP that is not whole minutes, or does not fit in a day, is a mistake.
        if (lessonHourLength <= Duration.Zero || lessonHourLength >= Duration.FromDays(1) || lessonHourLength.SubsecondNanoseconds != 0 || lessonHourLength.Seconds != 0)
        {
            problems.Add(new(CalendarProblemCodes.InvalidLessonHourLength,
                $"The lesson-hour length {lessonHourLength} is not a positive whole number of minutes shorter than a day (the standard is 45 minutes)."));
        }

        foreach (var group in holidays.OfType<Holiday>().GroupBy(h => h.Date).Where(g => g.Count() > 1))
        {
            problems.Add(new(CalendarProblemCodes.DuplicateHoliday,
                $"{group.Key:yyyy-MM-dd} has {group.Count()} holiday entries ({string.Join("; ", group.Select(h => h.Name))}); give one entry per date."));
        }

        var known = rules.OfType<WorkingHoursRule>().ToList();
        for (var i = 0; i < known.Count; i++)
        {
            for (var j = i + 1; j < known.Count; j++)
            {
                var shared = known[i].Days.Intersect(known[j].Days).ToList();
                if (shared.Count > 0 && Overlap(known[i], known[j]) is { } from)
                {
                    problems.Add(new(CalendarProblemCodes.HoursRulesOverlap,
                        $"Working-hours rules '{known[i]}' and '{known[j]}' both cover {string.Join(", ", shared)} from {from}."));
                }
            }
        }

        foreach (var year in holidays.OfType<Holiday>().Select(h => h.Date.Year).Distinct().Order())
        {
            NoGaps(problems, known, year);
        }

        return problems;
    }

    private static void NoNulls<T>(List<CalendarProblem> problems, IReadOnlyList<T?> items, string what)
        where T : class
    {
        if (items.Any(i => i is null))
        {
            problems.Add(new(CalendarProblemCodes.NullEntry, $"The {what} contain a null entry."));
        }
    }

    /// <summary>Gets the first date both rules are in force, as text, or <see langword="null"/> when their periods are disjoint.</summary>
    private static string? Overlap(WorkingHoursRule a, WorkingHoursRule b)
    {
        var from = Max(a.EffectiveFrom, b.EffectiveFrom);
        var until = Min(a.EffectiveUntil, b.EffectiveUntil);
        if (from is { } f && until is { } u && f >= u)
        {
            return null;
        }

        return from is { } start ? start.ToString("yyyy-MM-dd", null) : "the start of the data";

        static LocalDate? Max(LocalDate? x, LocalDate? y) => x is null ? y : y is null ? x : LocalDate.Max(x.Value, y.Value);
        static LocalDate? Min(LocalDate? x, LocalDate? y) => x is null ? y : y is null ? x : LocalDate.Min(x.Value, y.Value);
    }

    /// <summary>Reports each run of dates of a covered year on which no rule is in force (their hours would be unknown).</summary>
    private static void NoGaps(List<CalendarProblem> problems, List<WorkingHoursRule> rules, int year)
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
                problems.Add(new(CalendarProblemCodes.NoHoursRuleInForce,
                    $"No working-hours rule is in force from {start:yyyy-MM-dd} to {last:yyyy-MM-dd}, a period with holiday data."));
                gapStart = null;
            }
        }
    }
}
