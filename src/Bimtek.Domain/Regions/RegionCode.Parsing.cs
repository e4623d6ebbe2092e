using Bimtek.Domain.Common;
namespace Bimtek.Domain.Regions;

public readonly partial record struct RegionCode : ISpanParsable<RegionCode>
{
    private const int MinProvince = 11;
    private const int MaxPart = 99;

    /// <summary>Parses <c>32</c>, <c>32.73</c> or <c>3273</c> (surrounding white space is ignored).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a region code; the message names the value and the rule.</exception>
    public static RegionCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses <c>32</c>, <c>32.73</c> or <c>3273</c> (surrounding white space is ignored).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a region code; the message names the value and the rule.</exception>
    public static RegionCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code, out var reason)
            ? code
            : throw new FormatException($"{Quote(text)} is not a Kemendagri region code: {reason?.English}.");

    /// <summary>Tries to parse <c>32</c>, <c>32.73</c> or <c>3273</c>.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out RegionCode code) => TryParse(text.AsSpan(), out code, out _);

    /// <summary>Tries to parse <c>32</c>, <c>32.73</c> or <c>3273</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode code) => TryParse(text, out code, out _);

    /// <summary>Tries to parse a code, explaining a failure.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <param name="reason">On failure, the rule the text breaks, in Indonesian and English, without the text itself.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RegionCode code, out RuleText? reason)
    {
        code = default;
        reason = Check(text.Trim(), out var province, out var regency);
        if (reason is not null)
        {
            return false;
        }

        code = new RegionCode((province * 100) + regency);
        return true;
    }

    static RegionCode IParsable<RegionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<RegionCode>.TryParse(string? s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    static RegionCode ISpanParsable<RegionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<RegionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    private static RuleText? Check(ReadOnlySpan<char> text, out int province, out int regency)
    {
        province = 0;
        regency = 0;
        if (text.IsEmpty)
        {
            return new("nilainya kosong; seharusnya PP (provinsi, mis. 32), PP.KK atau PPKK (kabupaten/kota, mis. 32.73 atau 3273)", "the value is empty; expected PP (province, e.g. 32), PP.KK or PPKK (kabupaten/kota, e.g. 32.73 or 3273)");
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return new("hanya angka dan satu titik sesudah kode provinsi yang diperbolehkan (PP, PP.KK atau PPKK)", "only digits and one dot after the province part are allowed (PP, PP.KK or PPKK)");
            }
        }

        var dot = text.IndexOf('.');
        if (dot >= 0 && (dot != 2 || text.Length != 5 || text.LastIndexOf('.') != dot))
        {
            return new("titik harus memisahkan kode provinsi 2 digit dari kode kabupaten/kota 2 digit (PP.KK)", "a dot must separate a 2-digit province part from a 2-digit kabupaten/kota part (PP.KK)");
        }

        if (dot < 0 && text.Length is not (2 or 4))
        {
            return new($"seharusnya 2 digit (PP) atau 4 (PPKK), ternyata {text.Length}", $"expected 2 digits (PP) or 4 (PPKK), got {text.Length}");
        }

        province = ((text[0] - '0') * 10) + (text[1] - '0');
        if (province < MinProvince)
        {
            return new($"kode provinsi harus {MinProvince}–{MaxPart}, ternyata {province:00}", $"the province part must be {MinProvince}–{MaxPart}, got {province:00}");
        }

        if (text.Length == 2)
        {
            return null;
        }

        var part = text[^2..];
        regency = ((part[0] - '0') * 10) + (part[1] - '0');
        return regency == 0
            ? new("kode kabupaten/kota harus 01–99, ternyata 00 (tulis kode provinsi saja sebagai PP)", "the kabupaten/kota part must be 01–99, got 00 (write the province code alone as PP)")
            : null;
    }

    // A long value may be a NIK or NIP pasted into the wrong field: it is personal data and is not echoed.
    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 8 ? $"'{text.ToString()}'" : $"A {text.Length}-character value";
}
