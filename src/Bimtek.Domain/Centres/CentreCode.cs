namespace Bimtek.Domain.Centres;

/// <summary>The stable code of a training centre, e.g. <c>BDI-YOG</c> for BDI Yogyakarta.</summary>
/// <remarks>
/// 2–16 characters: upper-case ASCII letters, digits and hyphens, starting with a letter; parsing is case-insensitive
/// and stores upper case. Names of centres may change; codes do not. The <c>default</c> value is not a valid code
/// (<see cref="IsDefault"/>).
/// </remarks>
public readonly record struct CentreCode : IComparable<CentreCode>
{
    private const int MaxLength = 16;
    private readonly string? _value;

    private CentreCode(string value) => _value = value;

    /// <summary>Gets the code text, e.g. <c>BDI-YOG</c> (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets whether this is the <c>default</c> value, which names no centre.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a centre code.</summary>
    /// <param name="text">The text, e.g. <c>BDI-YOG</c> or <c>bdi-yog</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a centre code; the message names the value and the rule.</exception>
    public static CentreCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException(
                $"'{(text.Length <= MaxLength ? text : text[..MaxLength] + "…")}' is not a centre code: expected 2–{MaxLength} "
                + "letters, digits or hyphens starting with a letter, e.g. BDI-YOG.");
    }

    /// <summary>Tries to parse a centre code.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out CentreCode code)
    {
        code = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is < 2 or > MaxLength || !char.IsAsciiLetter(trimmed[0]))
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        code = new CentreCode(trimmed.ToString().ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CentreCode other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(CentreCode left, CentreCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(CentreCode left, CentreCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(CentreCode left, CentreCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(CentreCode left, CentreCode right) => left.CompareTo(right) >= 0;
}
