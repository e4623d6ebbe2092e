using System.Globalization;

namespace Bimtek.Domain.Common;

/// <summary>The two languages the package writes for people, and how a culture picks one.</summary>
public static class RuleLanguage
{
    /// <summary>Gets the culture the package uses for Indonesian (<c>id-ID</c>).</summary>
    public static CultureInfo Indonesian { get; } = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Gets the culture the package uses for English (<c>en-GB</c>: day-month order, as Indonesia writes dates).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Gets whether <paramref name="culture"/> reads Indonesian (<c>id</c>, or the legacy <c>in</c>); every other culture reads English.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for Indonesian.</returns>
    public static bool IsIndonesian(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName is "id" or "in";
    }

    /// <summary>Gets the words the package writes for an enum member inside its messages, in the reader's language
    /// (e.g. <c>SessionMode.InPerson</c>: <c>tatap muka</c> in Indonesian, <c>in person</c> in English).</summary>
    /// <param name="member">The enum member.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The words; a member without Indonesian words reads in English in both languages.</returns>
    public static string NameOf(Enum member, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(culture);
        return RuleTerms.Name(member, culture);
    }

    /// <summary>Gets the package's culture for a language name as a user types it (<c>id</c> or <c>en</c>, any case).</summary>
    /// <param name="language">The language name.</param>
    /// <param name="culture">The culture, or <see langword="null"/> when the name is neither.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? language, out CultureInfo? culture)
    {
        culture = language?.Trim().ToUpperInvariant() switch
        {
            "ID" or "ID-ID" => Indonesian,
            "EN" or "EN-GB" or "EN-US" => English,
            _ => null,
        };
        return culture is not null;
    }
}
