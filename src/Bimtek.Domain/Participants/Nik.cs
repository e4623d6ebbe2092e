using System.Globalization;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>
/// A resident's population identity number (NIK, Nomor Induk Kependudukan): 16 digits laid out as the region of first
/// registration (province, kabupaten/kota, kecamatan: <c>PPKKCC</c>), the day of birth (plus 40 for women), month and
/// two-digit year of birth (<c>DDMMYY</c>) and a sequence number 0001–9999, e.g. <c>3602041211870001</c>.
/// </summary>
/// <remarks>
/// <para>The region part is where the NIK was first registered and never changes (UU 23/2006 Pasal 13): NIKs issued in
/// Papua before the 2022 laws keep their old prefixes (<c>9101…</c> for Merauke, now <c>93.01</c>) and stay valid.
/// <see cref="Regency"/> gives the code as written; <see cref="IRegionDirectory.FindRegency"/> follows the recoding.</para>
/// <para>A NIK is personal data: <see cref="ToString"/> gives the masked form <c>360204********01</c>, and no exception or
/// message of this package carries the full number. The century of birth is not in the NIK; <see cref="GetBirthDate"/>
/// asks for the date it is read on.</para>
/// <para>Equality and ordering are by the number. The <c>default</c> value is not a NIK (<see cref="IsDefault"/>).</para>
/// </remarks>
public readonly partial record struct Nik : IComparable<Nik>
{
    // The 16 digits as a number; 0 is the default (no NIK).
    private readonly long _value;

    private Nik(long value) => _value = value;

    /// <summary>Gets whether this is the <c>default</c> value, which is no NIK.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the kabupaten/kota of first registration as written (digits 1–4), e.g. <c>36.02</c>; an old Papua
    /// code stays old.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public RegionCode Regency => IsDefault
        ? throw new InvalidOperationException("The default Nik has no region.")
        : RegionCode.ForRegency(Digits(0, 2), Digits(2, 2));

    /// <summary>Gets the kecamatan part of the region of first registration, 1–99 (digits 5–6; 0 for <c>default</c>).</summary>
    public int DistrictPart => Digits(4, 2);

    /// <summary>Gets the sex: a day of birth written above 40 marks a woman.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public Sex Sex => IsDefault
        ? throw new InvalidOperationException("The default Nik has no sex.")
        : Digits(6, 2) > 40 ? Sex.Female : Sex.Male;

    /// <summary>Gets the day of birth, 1–31 (the 40 added for women removed; 0 for <c>default</c>).</summary>
    public int BirthDay => Digits(6, 2) > 40 ? Digits(6, 2) - 40 : Digits(6, 2);

    /// <summary>Gets the month of birth, 1–12 (0 for <c>default</c>).</summary>
    public int BirthMonth => Digits(8, 2);

    /// <summary>Gets the last two digits of the year of birth, 0–99.</summary>
    public int BirthYearOfCentury => Digits(10, 2);

    /// <summary>Gets the sequence number, 1–9999 (0 for <c>default</c>).</summary>
    public int SequenceNumber => Digits(12, 4);

    /// <summary>Gets the date of birth, choosing the latest century that puts it on or before <paramref name="today"/>.</summary>
    /// <param name="today">The date the NIK is read on (from the host's clock).</param>
    /// <returns>The date of birth.</returns>
    /// <remarks>A 29 February is valid when the two-digit year is a multiple of 4; if the chosen century makes that year
    /// common (1900), the previous or next candidate century with a leap year is not guessed: 28 February is returned.</remarks>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public LocalDate GetBirthDate(LocalDate today)
    {
        if (IsDefault)
        {
            throw new InvalidOperationException("The default Nik has no birth date.");
        }

        var (month, day) = (BirthMonth, BirthDay);
        var year = (today.Year / 100 * 100) + BirthYearOfCentury;
        if (Candidate(year, month, day) > today)
        {
            year -= 100;
        }

        return Candidate(year, month, day);

        static LocalDate Candidate(int y, int m, int d) =>
            new(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m)));
    }

    /// <summary>Formats the NIK masked for messages and logs: the region prefix and the last two digits, e.g. <c>360204********01</c>.</summary>
    /// <returns>The masked text (empty for <c>default</c>).</returns>
    public override string ToString() => ToMaskedString();

    /// <summary>Formats the NIK masked: six region digits, eight asterisks and the last two digits.</summary>
    /// <returns>The masked text (empty for <c>default</c>).</returns>
    public string ToMaskedString()
    {
        if (IsDefault)
        {
            return string.Empty;
        }

        var digits = ToUnmaskedString();
        return string.Concat(digits.AsSpan(0, 6), "********", digits.AsSpan(14, 2));
    }

    /// <summary>Formats the full 16 digits. This is personal data: store and show it only where the host's
    /// data-protection rules allow.</summary>
    /// <returns>The digits (empty for <c>default</c>).</returns>
    public string ToUnmaskedString() => IsDefault ? string.Empty : _value.ToString("D16", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(Nik other) => _value.CompareTo(other._value);

    /// <summary>Compares two NIKs by number.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Nik left, Nik right) => left._value < right._value;

    /// <summary>Compares two NIKs by number.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Nik left, Nik right) => left._value > right._value;

    /// <summary>Compares two NIKs by number.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(Nik left, Nik right) => left._value <= right._value;

    /// <summary>Compares two NIKs by number.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(Nik left, Nik right) => left._value >= right._value;

    private int Digits(int start, int count)
    {
        var shifted = _value;
        for (var i = 0; i < 16 - start - count; i++)
        {
            shifted /= 10;
        }

        var modulus = 1;
        for (var i = 0; i < count; i++)
        {
            modulus *= 10;
        }

        return (int)(shifted % modulus);
    }
}
