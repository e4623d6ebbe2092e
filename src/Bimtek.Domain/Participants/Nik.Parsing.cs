using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Participants;

public readonly partial record struct Nik : ISpanParsable<Nik>
{
    private const int Length = 16;
    private const string Layout = "PPKKCC DDMMYY SSSS";

    /// <summary>
    /// Parses a NIK written with or without spaces or dots between its groups (<c>3602041211870001</c>,
    /// <c>360204 121187 0001</c>, <c>36.02.04.121187.0001</c>); surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a NIK; the message gives the reason, never the digits.</exception>
    public static Nik Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a NIK written with or without spaces or dots between its groups.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="FormatException">The text is not a NIK; the message gives the reason, never the digits.</exception>
    public static Nik Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var nik, out var reason)
            ? nik
            : throw new FormatException($"A {text.Length}-character value is not a NIK: {reason?.English}.");

    /// <summary>Tries to parse a NIK.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="nik">The NIK, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid NIK.</returns>
    public static bool TryParse(string? text, out Nik nik) => TryParse(text.AsSpan(), out nik, out _);

    /// <summary>Tries to parse a NIK.</summary>
    /// <param name="text">The text.</param>
    /// <param name="nik">The NIK, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid NIK.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nik nik) => TryParse(text, out nik, out _);

    /// <summary>Tries to parse a NIK, explaining a failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="nik">The NIK, or <c>default</c> on failure.</param>
    /// <param name="reason">On failure, the rule broken, in Indonesian and English, without the digits: they are personal data.</param>
    /// <returns>Whether the text is a valid NIK.</returns>
    /// <remarks>
    /// Checks (Dukcapil layout): 16 digits; a province part that is the code of a province that has existed in the embedded
    /// regions data, history included (the 34 of 2020 and the four Papua provinces of 2022: <c>99</c> is refused);
    /// kabupaten/kota and kecamatan parts 01–99 (the kabupaten/kota is not looked up: old Papua prefixes such as
    /// <c>9101</c> stay valid, as the NIK never changes); a day 01–31 or 41–71 that exists in the month (29 February
    /// only in a year of the century divisible by 4); a month 01–12; a sequence 0001–9999. No check digit exists.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out Nik nik, out RuleText? reason)
    {
        nik = default;
        Span<int> digits = stackalloc int[Length];
        reason = IdentityDigits.Read(text, digits, [2, 4, 6, 12], Layout) ?? Check(digits);
        if (reason is not null)
        {
            return false;
        }

        long value = 0;
        foreach (var d in digits)
        {
            value = (value * 10) + d;
        }

        nik = new Nik(value);
        return true;
    }

    static Nik IParsable<Nik>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Nik>.TryParse(string? s, IFormatProvider? provider, out Nik result) => TryParse(s, out result);

    static Nik ISpanParsable<Nik>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Nik>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nik result) =>
        TryParse(s, out result);

    // Every province code of the embedded regions data, history included: a NIK keeps the prefix it was first given.
    private static readonly Lazy<HashSet<int>> ProvinceParts = new(() =>
        [.. RegionDirectory.Shared.Value.GetAllProvinces().Select(p => p.Code.ProvincePart)]);

    private static RuleText? Check(ReadOnlySpan<int> digits)
    {
        if (!ProvinceParts.Value.Contains(IdentityDigits.Number(digits, 0, 2)))
        {
            return new("kode provinsi (digit 1–2) bukan kode provinsi yang pernah ada (data wilayah Kemendagri)", "the province part (digits 1–2) is not the code of a province that has existed (Kemendagri region data)");
        }

        if (IdentityDigits.Number(digits, 2, 2) == 0)
        {
            return new("kode kabupaten/kota (digit 3–4) harus 01–99", "the kabupaten/kota part (digits 3–4) must be 01–99");
        }

        if (IdentityDigits.Number(digits, 4, 2) == 0)
        {
            return new("kode kecamatan (digit 5–6) harus 01–99", "the kecamatan part (digits 5–6) must be 01–99");
        }

        var written = IdentityDigits.Number(digits, 6, 2);
        var day = written > 40 ? written - 40 : written;
        var month = IdentityDigits.Number(digits, 8, 2);
        var yearOfCentury = IdentityDigits.Number(digits, 10, 2);
        if (day is < 1 or > 31 || written is > 31 and < 41)
        {
            return new("tanggal lahir (digit 7–8) harus 01–31, atau 41–71 untuk perempuan", "the day of birth (digits 7–8) must be 01–31, or 41–71 for a woman");
        }

        if (month is < 1 or > 12)
        {
            return new("bulan lahir (digit 9–10) harus 01–12", "the month of birth (digits 9–10) must be 01–12");
        }

        // The century is unknown: 2000 (for 00) and every year ≡ 0 mod 4 of either century give 29 February a chance.
        var maxDay = month == 2 ? (yearOfCentury % 4 == 0 ? 29 : 28) : CalendarSystem.Iso.GetDaysInMonth(2001, month);
        if (day > maxDay)
        {
            return new("tanggal lahir (digit 7–8) tidak ada pada bulan itu", "the day of birth (digits 7–8) does not exist in that month");
        }

        return IdentityDigits.Number(digits, 12, 4) == 0 ? new("nomor urut (digit 13–16) harus 0001–9999", "the sequence number (digits 13–16) must be 0001–9999") : null;
    }
}
