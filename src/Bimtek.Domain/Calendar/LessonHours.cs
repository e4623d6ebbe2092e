using System.Globalization;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// A count of lesson hours (jam pelajaran, JP), the unit of Indonesian government training curricula and of the
/// yearly competency-development entitlement (at least 20 JP a year, PP 11/2017 Pasal 203(4)).
/// </summary>
/// <remarks>
/// <para>Never negative. One JP is 45 minutes of learning (Peraturan LAN 10/2018, as cited in the fact sheet);
/// <see cref="ToDuration(Duration)"/> takes the length from the host's options where a programme uses another.</para>
/// <para>The <c>default</c> value is zero JP. Equality and ordering are by count.</para>
/// </remarks>
public readonly record struct LessonHours : IComparable<LessonHours>
{
    /// <summary>The standard length of one lesson hour: 45 minutes.</summary>
    public static readonly Duration StandardLength = Duration.FromMinutes(45);

    /// <summary>Zero lesson hours.</summary>
    public static readonly LessonHours Zero;

    private LessonHours(int value) => Value = value;

    /// <summary>Gets the number of lesson hours.</summary>
    public int Value { get; }

    /// <summary>Creates a count of lesson hours.</summary>
    /// <param name="value">The count, zero or more.</param>
    /// <returns>The lesson hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static LessonHours FromJp(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new LessonHours(value);
    }

    /// <summary>Converts to a duration, at <see cref="StandardLength"/> (45 minutes) per JP.</summary>
    /// <returns>The duration.</returns>
    public Duration ToDuration() => ToDuration(StandardLength);

    /// <summary>Converts to a duration at a given length per JP.</summary>
    /// <param name="lessonLength">The length of one JP; positive.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lessonLength"/> is not positive.</exception>
    public Duration ToDuration(Duration lessonLength)
    {
        if (lessonLength <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lessonLength), lessonLength, "A lesson hour must last a positive time.");
        }

        return lessonLength * Value;
    }

    /// <summary>Gets how many whole lesson hours fit in <paramref name="duration"/>.</summary>
    /// <param name="duration">The duration; zero or more.</param>
    /// <param name="lessonLength">The length of one JP; positive.</param>
    /// <returns>The whole lesson hours (rounded down).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of range.</exception>
    public static LessonHours FitIn(Duration duration, Duration lessonLength)
    {
        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The duration must not be negative.");
        }

        if (lessonLength <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lessonLength), lessonLength, "A lesson hour must last a positive time.");
        }

        return new LessonHours((int)(duration.BclCompatibleTicks / lessonLength.BclCompatibleTicks));
    }

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in an <see cref="int"/>.</exception>
    public static LessonHours operator +(LessonHours left, LessonHours right) => new(checked(left.Value + right.Value));

    /// <summary>Subtracts one count from another.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be negative.</exception>
    public static LessonHours operator -(LessonHours left, LessonHours right) =>
        left.Value >= right.Value
            ? new(left.Value - right.Value)
            : throw new ArgumentOutOfRangeException(nameof(right), $"{left} − {right} would be negative; lesson hours are never negative.");

    /// <summary>Multiplies a count.</summary>
    /// <param name="hours">The count.</param>
    /// <param name="factor">The factor; zero or more.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static LessonHours operator *(LessonHours hours, int factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        return new(checked(hours.Value * factor));
    }

    /// <summary>Gets what is still owed against <paramref name="required"/>: required minus this, or zero when this meets it.</summary>
    /// <param name="required">The count required.</param>
    /// <returns>The shortfall, or zero when this count meets <paramref name="required"/>.</returns>
    public LessonHours ShortfallAgainst(LessonHours required) => Value >= required.Value ? Zero : new(required.Value - Value);

    /// <summary>Adds up counts.</summary>
    /// <param name="hours">The counts.</param>
    /// <returns>Their sum.</returns>
    public static LessonHours Sum(IEnumerable<LessonHours> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var total = 0;
        foreach (var h in hours)
        {
            total = checked(total + h.Value);
        }

        return new LessonHours(total);
    }

    /// <inheritdoc />
    public int CompareTo(LessonHours other) => Value.CompareTo(other.Value);

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> is less.</returns>
    public static bool operator <(LessonHours left, LessonHours right) => left.Value < right.Value;

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(LessonHours left, LessonHours right) => left.Value > right.Value;

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(LessonHours left, LessonHours right) => left.Value <= right.Value;

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(LessonHours left, LessonHours right) => left.Value >= right.Value;

    /// <summary>Formats as <c>12 JP</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " JP";
}
