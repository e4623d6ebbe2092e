namespace Bimtek.Domain.Regions;

/// <summary>
/// Normalises place names as people type them: case, dots, hyphens, spacing and the kind prefixes
/// ("Kab.", "KABUPATEN", "Kota", "Kotamadya", "Provinsi", "Prov.") do not matter; the prefix, when present, says the kind.
/// </summary>
/// <remarks>Works in caller-supplied buffers so that resolving a name allocates only its result.</remarks>
internal static class RegionNameKey
{
    /// <summary>Names longer than this are not region names; they are cut (and then match nothing).</summary>
    public const int MaxLength = 96;

    // Longest first, so "KABUPATEN ADMINISTRASI" wins over "KABUPATEN".
    private static readonly (string Words, RegionNameScope Scope)[] Prefixes =
    [
        ("KABUPATEN ADMINISTRASI ", RegionNameScope.Kabupaten),
        ("KOTA ADMINISTRASI ", RegionNameScope.Kota),
        ("KAB ADMINISTRASI ", RegionNameScope.Kabupaten),
        ("KABUPATEN ADM ", RegionNameScope.Kabupaten),
        ("KAB ADM ", RegionNameScope.Kabupaten),
        ("KOTA ADM ", RegionNameScope.Kota),
        ("KABUPATEN ", RegionNameScope.Kabupaten),
        ("KOTAMADYA ", RegionNameScope.Kota),
        ("PROVINSI ", RegionNameScope.Province),
        ("PROPINSI ", RegionNameScope.Province),
        ("KAB ", RegionNameScope.Kabupaten),
        ("KOTA ", RegionNameScope.Kota),
        ("PROV ", RegionNameScope.Province),
        ("PROP ", RegionNameScope.Province),
        ("KOT ", RegionNameScope.Kota),
    ];

    /// <summary>
    /// Writes the upper-case words of <paramref name="text"/> into <paramref name="words"/> (dots, commas, hyphens and
    /// runs of spaces become one space) and returns the kind prefix found and the length of the prefix, spaces included.
    /// </summary>
    public static RegionNameScope Words(ReadOnlySpan<char> text, Span<char> words, out int length, out int prefixLength)
    {
        length = 0;
        foreach (var c in text)
        {
            if (length == words.Length)
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                words[length++] = char.ToUpperInvariant(c);
            }
            else if (length > 0 && words[length - 1] != ' ')
            {
                words[length++] = ' ';
            }
        }

        foreach (var (prefix, scope) in Prefixes)
        {
            if (words[..length].StartsWith(prefix, StringComparison.Ordinal))
            {
                prefixLength = prefix.Length;
                return scope;
            }
        }

        prefixLength = 0;
        return RegionNameScope.Any;
    }

    /// <summary>Writes the key of <paramref name="words"/>: its letters and digits only ("FAK FAK" and "FAKFAK" agree).</summary>
    public static int Key(ReadOnlySpan<char> words, Span<char> key)
    {
        var length = 0;
        foreach (var c in words)
        {
            if (c != ' ')
            {
                key[length++] = c;
            }
        }

        return length;
    }

    /// <summary>The key of a name from the seeds.</summary>
    public static string Of(string name)
    {
        Span<char> words = stackalloc char[MaxLength];
        Span<char> key = stackalloc char[MaxLength];
        Words(name, words, out var length, out _);
        return new string(key[..Key(words[..length], key)]);
    }
}
