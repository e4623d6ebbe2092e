using System.Globalization;

namespace Bimtek.Domain.Common;

/// <summary>The two languages the package writes for people, and how a culture picks one.</summary>
public static class RuleLanguage
{
    /// <summary>Gets the culture the package uses for Indonesian (<c>id-ID</c>).</summary>
    /// <remarks>Where the runtime has no culture data (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, the default of many
    /// container images) it is a culture named <c>id-ID</c> with invariant data: the package formats its numbers and dates
    /// itself, so its messages read the same either way.</remarks>
    public static CultureInfo Indonesian { get; } = Create("id-ID");

    /// <summary>Gets the culture the package uses for English (<c>en-GB</c>: day-month order, as Indonesia writes dates).</summary>
    /// <remarks>Named <c>en-GB</c> with invariant data where the runtime has no culture data, as <see cref="Indonesian"/>.</remarks>
    public static CultureInfo English { get; } = Create("en-GB");

    /// <summary>Gets whether <paramref name="culture"/> reads Indonesian (<c>id</c>, or the legacy <c>in</c>); every other culture reads English.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for Indonesian.</returns>
    /// <remarks>Decided by the culture's name, which needs no culture data (in invariant mode every culture reports the
    /// invariant language <c>iv</c>).</remarks>
    public static bool IsIndonesian(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var name = culture.Name.AsSpan();
        var dash = name.IndexOf('-');
        var language = dash < 0 ? name : name[..dash];
        return language.Equals("id", StringComparison.OrdinalIgnoreCase) || language.Equals("in", StringComparison.OrdinalIgnoreCase)
            || culture.TwoLetterISOLanguageName is "id" or "in";
    }

    /// <summary>Gets the words the package writes for an enum member inside its messages, in the reader's language
    /// (e.g. <c>SessionMode.InPerson</c>: <c>tatap muka</c> in Indonesian, <c>in person</c> in English).</summary>
    /// <param name="member">The enum member.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The words; a member without Indonesian words reads in English in both languages.</returns>
    public static string NameOf(Enum member, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        return RuleTerms.Name(member, culture); // a null culture is refused there, by name
    }

    /// <summary>Writes a detail value the way the package writes it inside its messages, in the reader's language: ISO
    /// dates, <c>HH:mm</c> times, the language's number separators, and every text masked where it holds a NIP or any run
    /// of ten digits or more (an instructor id may be a civil servant's NIP), for hosts that show details beside messages.</summary>
    /// <param name="value">The value, e.g. from <see cref="RuleViolation.Details"/>.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The text.</returns>
    public static string FormatValue(object? value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return RuleValueFormatter.Format(value, culture);
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

    private static CultureInfo Create(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.ReadOnly(new NamedInvariantCulture(name));
        }
    }

    // Invariant data under a language's name: what invariant mode (predefined cultures only) still lets a library make.
    // Internal, so that a test on a machine with culture data can still check the culture invariant mode gets.
    internal sealed class NamedInvariantCulture(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;

        public override string TwoLetterISOLanguageName => name[..2];

        public override string DisplayName => name;

        public override string EnglishName => name;

        public override string NativeName => name;

        public override CultureInfo Parent => InvariantCulture;

        public override bool Equals(object? value) => value is NamedInvariantCulture other && other.Name == Name;

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
    }
}
