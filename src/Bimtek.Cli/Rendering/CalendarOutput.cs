using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>A year's non-working days and working hours, for people (two tables) or pipelines (JSON).</summary>
internal static class CalendarOutput
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static void Write(TextWriter output, Year year, bool json, CliText text)
    {
        var label = year.Label.ToString();
        var offset = OffsetPattern.GeneralInvariantWithZ.Format(year.Offset);
        var nonWorking = year.Days
            .SelectMany(d => d.Reasons.Where(r => r.Kind != NonWorkingDayKind.Weekend).Select(r => (Day: d, Reason: r)))
            .ToList();
        if (json)
        {
            JsonOutput.Write(output, new CalendarReport(
                year.Number,
                year.Zone.Id,
                label,
                offset,
                year.CoveredYears,
                year.Days.Count(d => d.IsWorkingDay),
                [.. nonWorking.Select(x => DayItem.From(x.Day, x.Reason))],
                [.. year.HoursRules.Select(r => HoursItem.From(r, year.LessonHourLength))]));
            return;
        }

        // A holiday that falls on a Saturday or Sunday is still listed (its decree names it), marked as a weekend day.
        var table = TableOutput.Table(text.NonWorkingTitle(year.Number, nonWorking.Count, nonWorking.Count(x => x.Day.IsWeekend)), text.NonWorkingHeaders);
        foreach (var (day, reason) in nonWorking)
        {
            table.AddRow(Date(day.Date), text.DayName(day.Date.DayOfWeek) + (day.IsWeekend ? " " + text.OnWeekend : string.Empty), text.Name(reason.Kind), Markup.Escape(text.Pick(reason.Name, reason.EnglishName)), Markup.Escape(reason.Decree ?? text.HostClosure));
        }

        TableOutput.Write(output, table);
        var windows = TableOutput.Table(text.HoursTitle(year.Number, label, year.Zone.Id, offset, year.Days.Count(d => d.IsWorkingDay)), text.HoursHeaders);
        foreach (var rule in year.HoursRules)
        {
            windows.AddRow(
                text.InForce(rule.EffectiveFrom, rule.EffectiveUntil),
                string.Join(", ", rule.Days.Select(text.ShortDayName)),
                string.Join(", ", rule.WorkingRanges.Select(Range)) + $" {label}",
                rule.Break is { } b ? Range(b) : "-",
                rule.CountLessonHours(year.LessonHourLength).Value.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(rule.Decree),
                text.Name(rule.Provenance));
        }

        TableOutput.Write(output, windows);
        output.WriteLine(text.CalendarFootnote);
        if (year.HoursRules.Any(h => h.Provenance == Provenance.Assumed))
        {
            output.WriteLine(text.AssumedHoursFootnote);
        }
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Time(LocalTime time) => HourMinute.Format(time);

    private static string Range(LocalTimeRange range) => $"{Time(range.Start)}–{Time(range.End)}";

    /// <summary>What the package answered for one year in one zone.</summary>
    /// <param name="Number">The year.</param>
    /// <param name="Zone">The zone the hours are shown in.</param>
    /// <param name="Label">Its Indonesian label in that year.</param>
    /// <param name="Offset">Its offset from UTC in that year.</param>
    /// <param name="CoveredYears">The years the calendar has data for.</param>
    /// <param name="Days">Every day of the year.</param>
    /// <param name="HoursRules">The working-hours rules in force during the year.</param>
    /// <param name="LessonHourLength">The length of one JP.</param>
    internal sealed record Year(
        int Number,
        DateTimeZone Zone,
        IndonesianTimeZone Label,
        Offset Offset,
        IReadOnlyList<int> CoveredYears,
        IReadOnlyList<CalendarDay> Days,
        IReadOnlyList<WorkingHoursRule> HoursRules,
        Duration LessonHourLength);

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
    private sealed record DayItem(string Date, IsoDayOfWeek Weekday, NonWorkingDayKind Kind, string Name, string? NameEn, string? Decree, Provenance Provenance, bool Weekend, IReadOnlyList<string>? Provinces)
    {
        public static DayItem From(CalendarDay day, NonWorkingReason reason) => new(
            CalendarOutput.Date(day.Date),
            day.Date.DayOfWeek,
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
        IReadOnlyList<IsoDayOfWeek> Days,
        IReadOnlyList<TimeItem> Windows,
        TimeItem? Break,
        int LessonHours,
        string Decree,
        Provenance Provenance)
    {
        public static HoursItem From(WorkingHoursRule rule, Duration lessonLength) => new(
            rule.EffectiveFrom is { } from ? CalendarOutput.Date(from) : null,
            rule.EffectiveUntil is { } until ? CalendarOutput.Date(until) : null,
            [.. rule.Days],
            [.. rule.WorkingRanges.Select(TimeItem.From)],
            rule.Break is { } b ? TimeItem.From(b) : null,
            rule.CountLessonHours(lessonLength).Value,
            rule.Decree,
            rule.Provenance);
    }

    /// <summary>A local time range as two <c>HH:mm</c> strings.</summary>
    private sealed record TimeItem(string Start, string End)
    {
        public static TimeItem From(LocalTimeRange range) => new(Time(range.Start), Time(range.End));
    }
}
