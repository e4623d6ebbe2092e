using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The working time of one local date in one zone: the local ranges of the hours rule (the break left out) and the
/// same as instants, with the rule's decree and provenance.
/// </summary>
/// <remarks>
/// <para>On a date that is not a working day (<see cref="Day"/> says why) the window is empty. <see cref="Intervals"/>
/// are half-open (<see cref="Interval.End"/> excluded), disjoint and in order: 07:30–12:00 and 13:00–16:00 local time
/// Monday to Thursday, 07:30–11:30 and 13:00–16:30 on Friday under Keppres 68/1995.</para>
/// <para>Immutable; compared by reference.</para>
/// </remarks>
public sealed class WorkingWindow
{
    internal WorkingWindow(CalendarDay day, DateTimeZone zone, WorkingHoursRule? rule, Duration lessonHourLength)
    {
        Day = day;
        Zone = zone;
        Rule = rule;
        LocalRanges = day.IsWorkingDay && rule is not null ? rule.WorkingRanges : [];
        Intervals = [.. LocalRanges.Select(r => new Interval(ToInstant(r.Start), ToInstant(r.End)))];
        LessonHours = WorkingIntervals.LessonHoursIn(Intervals, lessonHourLength);

        // Lenient for zones with daylight saving; Indonesia's zones have had none since 1988 (Keppres 41/1987).
        Instant ToInstant(LocalTime time) => day.Date.At(time).InZoneLeniently(zone).ToInstant();
    }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date => Day.Date;

    /// <summary>Gets the zone whose local time the rule is read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets whether the date is a working day, and if not, why.</summary>
    public CalendarDay Day { get; }

    /// <summary>Gets the working-hours rule for the date's weekday, or <see langword="null"/> when no rule covers it
    /// (the weekend). It is set on a holiday too, though the window is then empty.</summary>
    public WorkingHoursRule? Rule { get; }

    /// <summary>Gets the decree of <see cref="Rule"/>, e.g. <c>Keppres 68/1995</c>, or <see langword="null"/>.</summary>
    public string? Decree => Rule?.Decree;

    /// <summary>Gets the provenance of <see cref="Rule"/> as read for the day's region (<see cref="WorkingHoursRule.ProvenanceFor"/>:
    /// Keppres 68/1995 is sourced for central agencies and DKI Jakarta, assumed for other regional agencies), or
    /// <see langword="null"/>.</summary>
    public Provenance? Provenance => Rule?.ProvenanceFor(Day.Region);

    /// <summary>Gets the working time in local time of <see cref="Zone"/>, in order; empty on a non-working day.</summary>
    public IReadOnlyList<LocalTimeRange> LocalRanges { get; }

    /// <summary>Gets the working time as half-open intervals of instants, in order; empty on a non-working day.</summary>
    public IReadOnlyList<Interval> Intervals { get; }

    /// <summary>Gets whether there is no working time.</summary>
    public bool IsEmpty => Intervals.Count == 0;

    /// <summary>Gets the total working time, breaks excluded.</summary>
    public Duration WorkingTime => WorkingIntervals.TotalDuration(Intervals);

    /// <summary>Gets how many whole lesson hours (JP, of the calendar's <see cref="IWorkingCalendar.LessonHourLength"/>)
    /// fit in the window, counting each interval on its own so that no lesson straddles the break (10 JP Monday–Thursday,
    /// 9 JP on Friday at 45 minutes).</summary>
    public LessonHours LessonHours { get; }

    /// <summary>Gets whether <paramref name="instant"/> is working time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether an interval contains it.</returns>
    public bool Contains(Instant instant) => Intervals.Any(i => i.Contains(instant));

    /// <summary>Writes the window as people read it: <c>2020-06-12: 07:30–11:30, 13:00–16:30 WIT; Keppres 68/1995, Sourced; 9 JP</c>.</summary>
    /// <returns>The date, the local ranges with the zone's label (its id outside Indonesia's zones), the decree, its provenance and the JP.</returns>
    public override string ToString() =>
        $"{Date:yyyy-MM-dd}: " + (IsEmpty
            ? $"no working time in {Label(Zone, Date)}"
            : $"{string.Join(", ", LocalRanges)} {Label(Zone, Date)}; {Decree}, {Provenance}; {LessonHours}");

    internal static string Label(DateTimeZone zone, LocalDate date) => zone.FindLabel(date)?.ToString() ?? zone.Id;
}
