namespace Bimtek.Domain.Regions;

/// <summary>
/// Normalises place names as people type them: case, dots, hyphens, spacing and the kind prefixes
/// ("Kab.", "KABUPATEN", "Kota", "Kotamadya", "Provinsi", "Prov.") do not matter; the prefix, when present, says the kind.
/// </summary>
internal static class RegionNameKey
{
    // Longest first, so "KABUPATEN ADMINISTRASI" wins over "KABUPATEN".
    private static readonly (string Words, RegionNameScope Scope)[] Prefixes =
    [
        ("KABUPATEN ADMINISTRASI", RegionNameScope.Kabupaten),
        ("KOTA ADMINISTRASI", RegionNameScope.Kota),
        ("KAB ADM", RegionNameScope.Kabupaten),
        ("KOTA ADM", RegionNameScope.Kota),
        ("KABUPATEN", RegionNameScope.Kabupaten),
        ("KOTAMADYA", RegionNameScope.Kota),
        ("PROVINSI", RegionNameScope.Province),
        ("KAB", RegionNameScope.Kabupaten),
        ("KOTA", RegionNameScope.Kota),
        ("PROV", RegionNameScope.Province),
        ("KOT", RegionNameScope.Kota),
    ];

    /// <summary>Splits <paramref name="text"/> into its kind prefix (if any) and the key of the rest.</summary>
    public static (RegionNameScope Scope, string Key, string Unprefixed) Parse(string text)
    {
        var words = Words(text);
        foreach (var (prefix, scope) in Prefixes)
        {
            if (words.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                return (scope, Of(words[(prefix.Length + 1)..]), Of(words));
            }
        }

        var key = Of(words);
        return (RegionNameScope.Any, key, key);
    }

    /// <summary>The key of a bare name: upper case letters and digits only ("Fak-Fak", "Fak Fak", "FAKFAK" agree).</summary>
    public static string Of(string name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    // Upper case words separated by single spaces; dots, commas and hyphens separate words.
    private static string Words(string text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
            else if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        return new string(buffer[..length].TrimEnd(' '));
    }
}
