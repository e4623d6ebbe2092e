using System.Globalization;

namespace Bimtek.Domain.Common;

/// <summary>
/// A short text in Indonesian and English, such as the reason a value was refused, formatted in the reader's language
/// when a message is formatted, never frozen in one language when it is created.
/// </summary>
/// <remarks>Immutable. Two texts are equal when both languages are equal (ordinal).</remarks>
public sealed record RuleText
{
    /// <summary>Creates a text.</summary>
    /// <param name="indonesian">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public RuleText(string indonesian, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indonesian);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        Indonesian = indonesian;
        English = english;
    }

    /// <summary>Gets the Indonesian text.</summary>
    public string Indonesian { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the text in the language of <paramref name="culture"/>: Indonesian for <c>id</c>, English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/> (from <see cref="RuleLanguage.IsIndonesian"/>).</exception>
    public string Format(CultureInfo culture) => RuleLanguage.IsIndonesian(culture) ? Indonesian : English;

    /// <summary>Gets the text in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(CultureInfo.CurrentUICulture);
}
