using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The instants of a date that are working time for every participant of a virtual class: the intersection of their
/// <see cref="WorkingWindow"/>s, each read on the same local date in its own zone.
/// </summary>
/// <remarks>
/// <para>Participants in WIB (<c>Asia/Jakarta</c>) and WIT (<c>Asia/Jayapura</c>) share less than either's window: on a
/// Monday–Thursday, 07:30–10:00, 11:00–12:00 and 13:00–14:00 WIB. When the date is not a working day for one participant
/// the common window is empty, and that participant's <see cref="WorkingWindow.Day"/> says why.</para>
/// <para><see cref="Intervals"/> are half-open, disjoint and in order. Immutable; compared by reference.</para>
/// </remarks>
public sealed class CommonWorkingWindow
{
    internal CommonWorkingWindow(LocalDate date, IReadOnlyList<WorkingWindow> windows, Duration lessonHourLength)
    {
        Date = date;
        Windows = windows;
        IReadOnlyList<Interval> common = windows[0].Intervals;
        for (var i = 1; i < windows.Count; i++)
        {
            common = WorkingIntervals.Intersect(common, windows[i].Intervals);
        }

        Intervals = common;
        LessonHours = WorkingIntervals.LessonHoursIn(common, lessonHourLength);
    }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets each participant's own window, in the order given (duplicates removed).</summary>
    public IReadOnlyList<WorkingWindow> Windows { get; }

    /// <summary>Gets the instants that are working time for every participant, as half-open intervals in order.</summary>
    public IReadOnlyList<Interval> Intervals { get; }

    /// <summary>Gets whether the participants share no working time on the date.</summary>
    public bool IsEmpty => Intervals.Count == 0;

    /// <summary>Gets the total shared working time.</summary>
    public Duration WorkingTime => WorkingIntervals.TotalDuration(Intervals);

    /// <summary>Gets how many whole lesson hours fit in the shared time, each interval counted on its own.</summary>
    public LessonHours LessonHours { get; }

    /// <summary>Gets whether <paramref name="instant"/> is working time for every participant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether an interval contains it.</returns>
    public bool Contains(Instant instant) => Intervals.Any(i => i.Contains(instant));

    /// <summary>Gets the shared intervals as local times of day in <paramref name="zone"/> (e.g. <c>07:30–10:00</c> in WIB).</summary>
    /// <param name="zone">The reader's zone, e.g. the centre's.</param>
    /// <returns>The ranges, in order; an interval that crosses midnight there is cut at midnight.</returns>
    public IReadOnlyList<LocalTimeRange> LocalRanges(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var ranges = new List<LocalTimeRange>(Intervals.Count);
        foreach (var interval in Intervals)
        {
            var start = interval.Start.InZone(zone).LocalDateTime;
            var end = interval.End.InZone(zone).LocalDateTime;
            ranges.Add(new LocalTimeRange(start.TimeOfDay, end.Date > start.Date ? LocalTime.MaxValue : end.TimeOfDay));
        }

        return ranges.AsReadOnly();
    }

    /// <summary>Writes the window in the first zone's local time: <c>2020-06-08 (WIB, WIT): 07:30–10:00, 11:00–12:00, 13:00–14:00 WIB; 5 JP</c>.</summary>
    /// <returns>The date, the zones, the shared ranges with the first zone's label, and the JP.</returns>
    public override string ToString()
    {
        var zones = string.Join(", ", Windows.Select(w => WorkingWindow.Label(w.Zone, Date)));
        if (IsEmpty || Windows.Count == 0)
        {
            return $"{Date:yyyy-MM-dd} ({zones}): no shared working time";
        }

        var zone = Windows[0].Zone;
        return $"{Date:yyyy-MM-dd} ({zones}): {string.Join(", ", LocalRanges(zone))} {WorkingWindow.Label(zone, Date)}; {LessonHours}";
    }
}
