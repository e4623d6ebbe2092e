using System.Globalization;
using NodaTime;

namespace Bimtek.Domain.Common;

public readonly partial record struct Nip : ISpanParsable<Nip>
{
    private const int Length = 18;
    private const string Layout = "YYYYMMDD YYYYMM G NNN";
    private const int MinYear = 1900;
    private const int MaxYear = 2099;

    // The lowest digits 13–14 read as a NI PPPK: 21 is the value seen on NI PPPK numbers (24 on part-time ones); the
    // floor is assumed, and 13–20 stay refused so that a mistyped PNS appointment month is still caught.
    private const int MinPppkCode = 21;

    /// <summary>
    /// Parses a NIP written with or without spaces or dots between its groups (<c>196608011988031001</c>,
    /// <c>19660801 198803 1 001</c>, <c>19660801.198803.1.001</c>); surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a NIP; the message gives the reason, never the digits.</exception>
    public static Nip Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a NIP written with or without spaces or dots between its groups.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="FormatException">The text is not a NIP; the message gives the reason, never the digits.</exception>
    public static Nip Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var nip, out var reason)
            ? nip
            : throw new FormatException($"A {text.Length}-character value is not a NIP: {reason?.English}.");

    /// <summary>Tries to parse a NIP.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="nip">The NIP, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid NIP.</returns>
    public static bool TryParse(string? text, out Nip nip) => TryParse(text.AsSpan(), out nip, out _);

    /// <summary>Tries to parse a NIP.</summary>
    /// <param name="text">The text.</param>
    /// <param name="nip">The NIP, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a valid NIP.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nip nip) => TryParse(text, out nip, out _);

    /// <summary>Tries to parse a NIP, explaining a failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="nip">The NIP, or <c>default</c> on failure.</param>
    /// <param name="reason">On failure, the rule broken, in Indonesian and English, without the digits: they are personal data.</param>
    /// <returns>Whether the text is a valid NIP.</returns>
    /// <remarks>
    /// Checks (Perka BKN 22/2007): 18 digits; digits 1–8 a real date of birth (years 1900–2099); digits 9–14 a real
    /// year and month of appointment, after the birth month; digit 15 is 1 or 2; digits 16–18 are 001–999. A NI PPPK
    /// passes the same checks except digits 13–14, which are 21 or above (see <see cref="PppkCode"/>; assumed), with the
    /// appointment year after the birth year; 00 and 13–20 are neither and are refused. A NIP has no check digit, so a
    /// mistyped digit that still gives valid parts cannot be detected.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out Nip nip, out RuleText? reason)
    {
        nip = default;
        Span<int> digits = stackalloc int[Length];
        reason = IdentityDigits.Read(text, digits, [8, 14, 15], Layout) ?? Check(digits);
        if (reason is not null)
        {
            return false;
        }

        long value = 0;
        foreach (var d in digits)
        {
            value = (value * 10) + d;
        }

        nip = new Nip(value);
        return true;
    }

    static Nip IParsable<Nip>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Nip>.TryParse(string? s, IFormatProvider? provider, out Nip result) => TryParse(s, out result);

    static Nip ISpanParsable<Nip>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Nip>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nip result) =>
        TryParse(s, out result);

    private static RuleText? Check(ReadOnlySpan<int> digits)
    {
        var birthYear = IdentityDigits.Number(digits, 0, 4);
        var birthMonth = IdentityDigits.Number(digits, 4, 2);
        var birthDay = IdentityDigits.Number(digits, 6, 2);
        if (birthYear is < MinYear or > MaxYear)
        {
            return new(string.Create(CultureInfo.InvariantCulture, $"tahun lahir (digit 1–4) harus {MinYear}–{MaxYear}"), string.Create(CultureInfo.InvariantCulture, $"the birth year (digits 1–4) must be {MinYear}–{MaxYear}"));
        }

        if (birthMonth is < 1 or > 12)
        {
            return new("bulan lahir (digit 5–6) harus 01–12", "the birth month (digits 5–6) must be 01–12");
        }

        if (birthDay < 1 || birthDay > CalendarSystem.Iso.GetDaysInMonth(birthYear, birthMonth))
        {
            return new("tanggal lahir (digit 7–8) tidak ada pada bulan itu", "the birth day (digits 7–8) does not exist in that month");
        }

        var appointmentYear = IdentityDigits.Number(digits, 8, 4);
        var appointmentMonth = IdentityDigits.Number(digits, 12, 2);
        if (appointmentYear is < MinYear or > MaxYear)
        {
            return new(string.Create(CultureInfo.InvariantCulture, $"tahun pengangkatan (digit 9–12) harus {MinYear}–{MaxYear}"), string.Create(CultureInfo.InvariantCulture, $"the appointment year (digits 9–12) must be {MinYear}–{MaxYear}"));
        }

        if (appointmentMonth >= MinPppkCode)
        {
            if (appointmentYear <= birthYear)
            {
                return new("tahun pengangkatan PPPK (digit 9–12) harus sesudah tahun lahir (digit 1–4)", "the PPPK appointment year (digits 9–12) must come after the birth year (digits 1–4)");
            }
        }
        else if (appointmentMonth is < 1 or > 12)
        {
            return new(
                string.Create(CultureInfo.InvariantCulture, $"bulan pengangkatan (digit 13–14) harus 01–12 (NIP PNS) atau, untuk NI PPPK, {MinPppkCode} ke atas"),
                string.Create(CultureInfo.InvariantCulture, $"the appointment month (digits 13–14) must be 01–12 (a PNS's NIP) or, for a NI PPPK, {MinPppkCode} or above"));
        }
        else if ((appointmentYear * 12) + appointmentMonth <= (birthYear * 12) + birthMonth)
        {
            return new("pengangkatan (digit 9–14) harus sesudah bulan lahir (digit 1–6)", "the appointment (digits 9–14) must come after the birth month (digits 1–6)");
        }

        if (digits[14] is not (1 or 2))
        {
            return new("digit jenis kelamin (digit 15) harus 1 (pria) atau 2 (wanita)", "the sex digit (digit 15) must be 1 (male) or 2 (female)");
        }

        return IdentityDigits.Number(digits, 15, 3) == 0 ? new("nomor urut (digit 16–18) harus 001–999", "the sequence number (digits 16–18) must be 001–999") : null;
    }
}
