using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Calendar;

/// <summary>A stretch of one day in local time, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <remarks>
/// A range does not cross midnight. The <c>default</c> value is the empty range 00:00–00:00; every other range is
/// non-empty. Equality is by both ends.
/// </remarks>
public readonly record struct LocalTimeRange
{
    // NodaTime's ':' is the culture's time separator ('.' in id-ID); decrees and the CLI write 07:30.
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Creates a range.</summary>
    /// <param name="start">The first moment of the range.</param>
    /// <param name="end">The first moment after it; later than <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/>.</exception>
    public LocalTimeRange(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A time range must end after it starts: {HourMinute.Format(start)}–{HourMinute.Format(end)}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first moment of the range.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the first moment after the range (exclusive end).</summary>
    public LocalTime End { get; }

    /// <summary>Gets the length of the range.</summary>
    public Duration Duration => Duration.FromNanoseconds(End.NanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>Gets whether <paramref name="time"/> lies in the range.</summary>
    /// <param name="time">The time of day.</param>
    /// <returns>Whether <see cref="Start"/> ≤ time &lt; <see cref="End"/>.</returns>
    public bool Contains(LocalTime time) => Start <= time && time < End;

    /// <summary>Formats as <c>07:30–12:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{HourMinute.Format(Start)}–{HourMinute.Format(End)}";
}
