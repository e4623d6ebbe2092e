using System.Globalization;

namespace Bimtek.Domain.Common;

/// <summary>A score on the 0–100 scale, the scale on which grades, pass marks and N-gain are read.</summary>
/// <remarks>
/// Immutable; equal and ordered by value. Kept as a <see cref="decimal"/> so boundaries such as 90.00 and 90.01 compare
/// exactly. The <see langword="default"/> value is a score of 0, a real (lowest) score.
/// </remarks>
public readonly record struct Score : IComparable<Score>
{
    /// <summary>The top of the scale, 100.</summary>
    public const decimal Maximum = Percentage.Maximum;

    // "-0" parses as a decimal negative zero, which equals 0 but counts as negative to IsNegative guards: stored as 0.
    private Score(decimal value) => Value = value == 0m ? 0m : value;

    /// <summary>Gets the score, 0–100.</summary>
    public decimal Value { get; }

    /// <summary>Creates a score.</summary>
    /// <param name="value">The score, 0–100.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–100.</exception>
    public static Score Create(decimal value) =>
        TryCreate(value, out var score) ? score : throw new ArgumentOutOfRangeException(nameof(value), value, "A score is 0 to 100.");

    /// <summary>Creates a score when <paramref name="value"/> is 0–100.</summary>
    /// <param name="value">The score.</param>
    /// <param name="score">The score, or <see langword="default"/>.</param>
    /// <returns>Whether <paramref name="value"/> is on the scale.</returns>
    public static bool TryCreate(decimal value, out Score score)
    {
        var ok = Percentage.IsOnScale(value);
        score = ok ? new Score(value) : default;
        return ok;
    }

    /// <summary>Normalises a raw score to 0–100: <c>raw / maximum × 100</c>, unrounded.</summary>
    /// <param name="raw">The raw score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The instrument's maximum, greater than 0.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not positive, or <paramref name="raw"/> is outside 0–maximum.</exception>
    public static Score Normalise(decimal raw, decimal maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        ArgumentOutOfRangeException.ThrowIfLessThan(raw, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(raw, maximum);
        // raw × 100 first keeps the precision of a quotient such as 1/3 (and gives exactly 100 at the maximum); past a
        // hundredth of decimal's range it would overflow, so there the quotient comes first.
        return new Score(raw <= decimal.MaxValue / Maximum ? raw * Maximum / maximum : raw / maximum * Maximum);
    }

    /// <summary>Reads a score written with a dot as the decimal separator (e.g. <c>90.01</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="score">The score, or <see langword="default"/>.</param>
    /// <returns>Whether the text is a score 0–100.</returns>
    public static bool TryParse(string? text, out Score score)
    {
        score = default;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            && TryCreate(value, out score);
    }

    /// <inheritdoc />
    public int CompareTo(Score other) => Value.CompareTo(other.Value);

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether <paramref name="left"/> is lower.</returns>
    public static bool operator <(Score left, Score right) => left.Value < right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether <paramref name="left"/> is higher.</returns>
    public static bool operator >(Score left, Score right) => left.Value > right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Score left, Score right) => left.Value <= right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>Whether <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Score left, Score right) => left.Value >= right.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
