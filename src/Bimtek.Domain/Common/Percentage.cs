using System.Globalization;

namespace Bimtek.Domain.Common;

/// <summary>A share in percent, 0–100 inclusive: attendance over applicable lesson hours, a completion threshold.</summary>
/// <remarks>
/// <para>Immutable; equal and ordered by value, kept as a <see cref="decimal"/> so that 79.99 and 80 compare exactly. The
/// <see langword="default"/> value is 0 %, a real (lowest) share, so an unknown share is a <c>Percentage?</c> that is
/// <see langword="null"/>, never <c>default</c>.</para>
/// <para>This type holds the package's one 0–100 range check (<see cref="Score"/> reads the same scale through it).
/// <see cref="ToString()"/> gives the number alone (<c>83.33</c>) because messages write the sign after their
/// placeholder.</para>
/// </remarks>
public readonly record struct Percentage : IComparable<Percentage>
{
    /// <summary>The top of the scale, 100.</summary>
    public const decimal Maximum = 100m;

    // "-0" parses as a decimal negative zero, which equals 0 but counts as negative to IsNegative guards: stored as 0.
    private Percentage(decimal value) => Value = value == 0m ? 0m : value;

    /// <summary>Gets the share in percent, 0–100.</summary>
    public decimal Value { get; }

    /// <summary>Creates a percentage.</summary>
    /// <param name="value">The share in percent, 0–100.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–100.</exception>
    public static Percentage Create(decimal value) =>
        IsOnScale(value) ? new Percentage(value) : throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage is 0 to 100.");

    /// <summary>Creates a percentage when <paramref name="value"/> is 0–100.</summary>
    /// <param name="value">The share in percent.</param>
    /// <param name="percentage">The percentage, or <see langword="default"/>.</param>
    /// <returns>Whether <paramref name="value"/> is 0–100.</returns>
    public static bool TryCreate(decimal value, out Percentage percentage)
    {
        var ok = IsOnScale(value);
        percentage = ok ? new Percentage(value) : default;
        return ok;
    }

    /// <summary>Computes <paramref name="part"/> over <paramref name="whole"/> in percent, rounded down to 2 decimals (so a
    /// share never shows as meeting a threshold it misses).</summary>
    /// <param name="part">The part, 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, greater than 0.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is outside 0–whole.</exception>
    public static Percentage Of(decimal part, decimal whole)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(whole, 0m);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return new Percentage(Math.Round(part * Maximum / whole, 2, MidpointRounding.ToZero));
    }

    /// <summary>Reads a percentage written with a dot as the decimal separator (e.g. <c>83.5</c>), explaining a failure.</summary>
    /// <param name="text">The text; an optional trailing <c>%</c> is allowed.</param>
    /// <param name="percentage">The percentage, or <see langword="default"/>.</param>
    /// <param name="reason">On failure, why, in Indonesian and English, without echoing the text; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the text is a percentage 0–100.</returns>
    public static bool TryParse(string? text, out Percentage percentage, out RuleText? reason)
    {
        percentage = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.EndsWith('%'))
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            reason = new("bukan angka dengan titik sebagai pemisah desimal", "not a number with a dot as the decimal separator");
            return false;
        }

        reason = TryCreate(value, out percentage) ? null : new("di luar 0–100", "outside 0–100");
        return reason is null;
    }

    /// <summary>Reads a percentage written with a dot as the decimal separator (e.g. <c>83.5</c> or <c>83.5%</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="percentage">The percentage, or <see langword="default"/>.</param>
    /// <returns>Whether the text is a percentage 0–100.</returns>
    public static bool TryParse(string? text, out Percentage percentage) => TryParse(text, out percentage, out _);

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>Compares two percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>Whether <paramref name="left"/> is lower.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Compares two percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>Whether <paramref name="left"/> is higher.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Compares two percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>Whether <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Compares two percentages.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>Whether <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    /// <summary>Formats the number alone, invariant, at most 2 decimals (e.g. <c>83.33</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);

    // The one 0–100 check of the package: percentages, scores, pass marks and thresholds all read this scale.
    internal static bool IsOnScale(decimal value) => value is >= 0m and <= Maximum;
}
