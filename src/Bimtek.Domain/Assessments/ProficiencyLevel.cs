using System.Globalization;

namespace Bimtek.Domain.Assessments;

/// <summary>A competency level from 1 to 5 (Permenpan RB 38/2017: every competency has five levels).</summary>
/// <remarks>
/// Immutable; equal and ordered by value. The <see langword="default"/> value has <see cref="Value"/> 0 and
/// <see cref="IsDefault"/> <see langword="true"/>: it is no level, and methods that need a level refuse it.
/// </remarks>
public readonly record struct ProficiencyLevel : IComparable<ProficiencyLevel>
{
    /// <summary>The lowest level, 1.</summary>
    public const int Minimum = 1;

    /// <summary>The highest level, 5.</summary>
    public const int Maximum = 5;

    private ProficiencyLevel(int value) => Value = value;

    /// <summary>Gets the level, 1–5 (0 for <see langword="default"/>).</summary>
    public int Value { get; }

    /// <summary>Gets whether this is the <see langword="default"/> value, which is no level.</summary>
    public bool IsDefault => Value == 0;

    /// <summary>Creates a level.</summary>
    /// <param name="value">The level, 1–5.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–5.</exception>
    public static ProficiencyLevel Create(int value) =>
        TryCreate(value, out var level) ? level : throw new ArgumentOutOfRangeException(nameof(value), value, "A competency level is 1 to 5.");

    /// <summary>Creates a level when <paramref name="value"/> is 1–5.</summary>
    /// <param name="value">The level.</param>
    /// <param name="level">The level, or <see langword="default"/>.</param>
    /// <returns>Whether <paramref name="value"/> is a level.</returns>
    public static bool TryCreate(int value, out ProficiencyLevel level)
    {
        level = value is >= Minimum and <= Maximum ? new ProficiencyLevel(value) : default;
        return !level.IsDefault;
    }

    /// <summary>Reads a level written as a digit 1–5.</summary>
    /// <param name="text">The text.</param>
    /// <param name="level">The level, or <see langword="default"/>.</param>
    /// <returns>Whether the text is a level.</returns>
    public static bool TryParse(string? text, out ProficiencyLevel level)
    {
        level = default;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && TryCreate(value, out level);
    }

    /// <inheritdoc />
    public int CompareTo(ProficiencyLevel other) => Value.CompareTo(other.Value);

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is lower.</returns>
    public static bool operator <(ProficiencyLevel left, ProficiencyLevel right) => left.Value < right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is higher.</returns>
    public static bool operator >(ProficiencyLevel left, ProficiencyLevel right) => left.Value > right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(ProficiencyLevel left, ProficiencyLevel right) => left.Value <= right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns>Whether <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(ProficiencyLevel left, ProficiencyLevel right) => left.Value >= right.Value;

    /// <inheritdoc />
    public override string ToString() => IsDefault ? "(no level)" : $"level {Value}";
}
