using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek calendar --year Y [--zone Z] [--json]</c>: a year's non-working days and the weekday working windows.</summary>
internal static class CalendarCommand
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var zone = CommonOptions.Zone();
        var json = CommonOptions.Json();
        var command = new Command("calendar", "List a year's national holidays, collective leave, polling days and host closures, and the civil-service working hours.")
        {
            year, zone, json,
        };
        command.SetAction(parsed =>
        {
            var calendar = context.Get<IWorkingCalendar>();
            var y = parsed.GetValue(year)!.Value;
            var tz = parsed.GetValue(zone)!;
            if (!calendar.Covers(y))
            {
                throw new CliUsageException(new CalendarDataMissingException(y, calendar.CoveredYears).Message);
            }

            var days = calendar.GetDays(new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31)));
            // Indonesia's zones keep one offset all year (Keppres 41/1987); read it on the year's first day.
            var offset = tz.GetUtcOffset(new LocalDate(y, 1, 1).AtStartOfDayInZone(tz).ToInstant());
            var label = ZoneLabel(offset);
            var nonWorking = days
                .Where(d => d.Reasons.Any(r => r.Kind != NonWorkingDayKind.Weekend))
                .SelectMany(d => d.Reasons.Where(r => r.Kind != NonWorkingDayKind.Weekend).Select(r => DayItem.From(d, r)))
                .ToList();
            var hours = calendar.HoursRules
                .Where(r => InForceDuring(r, y))
                .Select(r => HoursItem.From(r, calendar.LessonHourLength))
                .ToList();
            var report = new CalendarReport(
                y,
                tz.Id,
                label,
                OffsetPattern.GeneralInvariantWithZ.Format(offset),
                calendar.CoveredYears,
                days.Count(d => d.IsWorkingDay),
                nonWorking,
                hours);

            if (parsed.GetValue(json))
            {
                JsonOutput.Write(context.Output, report);
                return 0;
            }

            var table = TableOutput.Table($"Non-working days {y} besides weekends: {nonWorking.Count}", "Date", "Day", "Kind", "Name", "Decree");
            foreach (var item in nonWorking)
            {
                table.AddRow(item.Date, item.Weekday, item.Kind.ToString(), Markup.Escape(item.Name), Markup.Escape(item.Decree ?? "host closure"));
            }

            TableOutput.Write(context.Output, table);
            var windows = TableOutput.Table($"Working hours {y} in {label} ({tz.Id}, UTC{report.UtcOffset}); {report.WorkingDays} working days", "In force", "Days", "Working time", "Break", "JP", "Decree", "Provenance");
            foreach (var item in hours)
            {
                windows.AddRow(
                    InForce(item),
                    string.Join(", ", item.Days.Select(d => d[..3])),
                    string.Join(", ", item.Windows.Select(w => $"{w.Start}–{w.End}")) + $" {label}",
                    item.Break is { } b ? $"{b.Start}–{b.End}" : "-",
                    item.LessonHours.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(item.Decree),
                    item.Provenance.ToString());
            }

            TableOutput.Write(context.Output, windows);
            context.Output.WriteLine("Weekdays not listed are not working days. Ramadan hours are not modelled.");
            if (hours.Any(h => h.Provenance == Provenance.Assumed))
            {
                context.Output.WriteLine("Provenance 'Assumed': the decree no longer prescribes this timetable (Perpres 21/2023 leaves it to each agency); a host can replace it (BimtekOptions.WorkingHoursRules).");
            }

            return 0;
        });
        return command;
    }

    private static bool InForceDuring(WorkingHoursRule rule, int year) =>
        (rule.EffectiveFrom is not { } from || from.Year <= year) && (rule.EffectiveUntil is not { } until || until > new LocalDate(year, 1, 1));

    private static string ZoneLabel(Offset offset) => (offset.Seconds / 3600) switch
    {
        7 => "WIB",
        8 => "WITA",
        _ => "WIT",
    };

    private static string InForce(HoursItem item) => (item.EffectiveFrom, item.EffectiveUntil) switch
    {
        (null, null) => "always",
        (null, { } until) => $"until {until} (excl.)",
        ({ } from, null) => $"from {from}",
        ({ } from, { } until) => $"{from} to {until} (excl.)",
    };

    private static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Text(LocalTime time) => HourMinute.Format(time);

    /// <summary>The JSON shape of <c>bimtek calendar</c>.</summary>
    private sealed record CalendarReport(
        int Year,
        string TimeZone,
        string Zone,
        string UtcOffset,
        IReadOnlyList<int> CoveredYears,
        int WorkingDays,
        IReadOnlyList<DayItem> NonWorkingDays,
        IReadOnlyList<HoursItem> WorkingHours);

    /// <summary>One reason a date is not a working day (a date closed twice has two items).</summary>
    private sealed record DayItem(string Date, string Weekday, NonWorkingDayKind Kind, string Name, string? NameEn, string? Decree, Provenance Provenance, bool Weekend, IReadOnlyList<string>? Provinces)
    {
        public static DayItem From(CalendarDay day, NonWorkingReason reason) => new(
            Text(day.Date),
            day.Date.DayOfWeek.ToString(),
            reason.Kind,
            reason.Name,
            reason.EnglishName,
            reason.Decree,
            reason.Provenance,
            day.IsWeekend,
            reason.Closure is { IsNationwide: false } c ? [.. c.Provinces.Select(p => p.ToString())] : null);
    }

    /// <summary>One working-hours rule in force during the year, in local time (the same clock times in every zone).</summary>
    private sealed record HoursItem(
        string? EffectiveFrom,
        string? EffectiveUntil,
        IReadOnlyList<string> Days,
        IReadOnlyList<TimeItem> Windows,
        TimeItem? Break,
        int LessonHours,
        string Decree,
        Provenance Provenance)
    {
        public static HoursItem From(WorkingHoursRule rule, Duration lessonLength) => new(
            rule.EffectiveFrom is { } from ? Text(from) : null,
            rule.EffectiveUntil is { } until ? Text(until) : null,
            [.. rule.Days.Select(d => d.ToString())],
            [.. rule.WorkingRanges.Select(TimeItem.From)],
            rule.Break is { } b ? TimeItem.From(b) : null,
            rule.CountLessonHours(lessonLength).Value,
            rule.Decree,
            rule.Provenance);
    }

    /// <summary>A local time range as two <c>HH:mm</c> strings.</summary>
    private sealed record TimeItem(string Start, string End)
    {
        public static TimeItem From(LocalTimeRange range) => new(Text(range.Start), Text(range.End));
    }
}
