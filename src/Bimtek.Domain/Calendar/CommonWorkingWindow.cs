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

    /// <inheritdoc />
    public override string ToString() =>
        $"{Date:yyyy-MM-dd} common to {string.Join(", ", Windows.Select(w => w.Zone.Id))}: " + (IsEmpty ? "none" : string.Join(", ", Intervals));
}
