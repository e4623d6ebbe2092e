namespace Bimtek.Domain.Common;

/// <summary>Reads an identity number written with or without spaces and dots between its groups.</summary>
internal static class IdentityDigits
{
    /// <summary>
    /// Collects the digits of <paramref name="text"/> into <paramref name="digits"/>, allowing spaces and dots only at
    /// the group boundaries (after the digit counts in <paramref name="boundaries"/>). Returns the reason on failure,
    /// never the text: it may be personal data.
    /// </summary>
    public static RuleText? Read(ReadOnlySpan<char> text, Span<int> digits, ReadOnlySpan<int> boundaries, string layout)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return new($"nilainya kosong; seharusnya {digits.Length} digit ({layout})", $"the value is empty; expected {digits.Length} digits ({layout})");
        }

        // A run of separators all stand at one boundary (no digit between them moves the count), so checking each
        // separator against the boundaries is enough; a leading one stands after digit 0, which is no boundary.
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return new($"seharusnya {digits.Length} digit, ternyata lebih ({layout})", $"expected {digits.Length} digits, got more ({layout})");
                }

                digits[count++] = c - '0';
            }
            else if (c is ' ' or '.')
            {
                if (!boundaries.Contains(count))
                {
                    return new($"spasi atau titik hanya boleh memisahkan kelompok {layout}; ada satu sesudah digit ke-{count}", $"a space or dot may only separate the groups {layout}; found one after digit {count}");
                }
            }
            else
            {
                return new($"hanya angka, serta spasi atau titik di antara kelompok {layout}, yang diperbolehkan; ada karakter lain sesudah digit ke-{count}", $"only digits, and spaces or dots between the groups {layout}, are allowed; found a character that is neither after digit {count}");
            }
        }

        return count == digits.Length ? null : new($"seharusnya {digits.Length} digit, ternyata {count} ({layout})", $"expected {digits.Length} digits, got {count} ({layout})");
    }

    /// <summary>Reads <paramref name="count"/> digits from <paramref name="start"/> as a number.</summary>
    public static int Number(ReadOnlySpan<int> digits, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + digits[i];
        }

        return value;
    }
}
