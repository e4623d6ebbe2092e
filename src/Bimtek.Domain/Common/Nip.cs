using System.Globalization;
using NodaTime;

namespace Bimtek.Domain.Common;

/// <summary>
/// A civil servant's identity number: the NIP (Nomor Identitas Pegawai Negeri Sipil) of a PNS, 18 digits laid out by
/// Perka BKN 22/2007 as birth date (YYYYMMDD), first appointment as CPNS (YYYYMM), sex (1 male, 2 female) and a
/// sequence number 001–999, e.g. <c>19660801 198803 1 001</c>; or the NI PPPK (Nomor Induk PPPK) of a contract
/// official, with the same birth date, sex and sequence parts but the appointment year followed by two digits that are
/// not a month (see <see cref="Kind"/> and <see cref="PppkCode"/>).
/// </summary>
/// <remarks>
/// <para>The number is personal data: <see cref="ToString"/> gives the masked form <c>1966************01</c> (birth
/// year and last two digits only, see <see cref="ToMaskedString"/>), and no exception or message of this package
/// carries the full number. <see cref="ToUnmaskedString"/> is the one way to get the digits, for storage, exchange or
/// a screen where the host is allowed to show them (UU 27/2022 on personal data protection); the host protects them.</para>
/// <para>Equality and ordering are by the number. The <c>default</c> value is not a NIP (<see cref="IsDefault"/> is
/// <see langword="true"/>; its parts are zero); types that take a NIP refuse it with an <see cref="ArgumentException"/>.</para>
/// </remarks>
public readonly partial record struct Nip : IComparable<Nip>
{
    // The 18 digits as a number: at most 999,999,999,999,999,999, below long.MaxValue. 0 is the default (no NIP).
    private readonly long _value;

    private Nip(long value) => _value = value;

    /// <summary>Gets whether this is the <c>default</c> value, which is no NIP.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the date of birth (digits 1–8).</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public LocalDate BirthDate => IsDefault
        ? throw new InvalidOperationException("The default Nip has no birth date.")
        : new LocalDate(Digits(0, 4), Digits(4, 2), Digits(6, 2));

    /// <summary>Gets whether this is a PNS's NIP or a PPPK's NI PPPK, read from digits 13–14 (a month 01–12 for a PNS).</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public AsnKind Kind => IsDefault
        ? throw new InvalidOperationException("The default Nip has no kind.")
        : Digits(12, 2) <= 12 ? AsnKind.Pns : AsnKind.Pppk;

    /// <summary>Gets the year of first appointment (digits 9–12): as CPNS for a PNS, as calon PPPK for a PPPK.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public int AppointmentYear => IsDefault
        ? throw new InvalidOperationException("The default Nip has no appointment year.")
        : Digits(8, 4);

    /// <summary>Gets the year and month of the first appointment as CPNS, the TMT CPNS (digits 9–14) of a PNS.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value, or a NI PPPK, which carries only the
    /// appointment year (<see cref="AppointmentYear"/>).</exception>
    public YearMonth Appointment => Kind == AsnKind.Pns
        ? new YearMonth(Digits(8, 4), Digits(12, 2))
        : throw new InvalidOperationException("A NI PPPK has no appointment month: digits 13–14 are its PPPK part.");

    /// <summary>Gets digits 13–14 of a NI PPPK (21 or above), or <see langword="null"/> for a PNS's NIP.</summary>
    /// <remarks>Secondary sources on BKN's rules describe these digits as the number of work agreements (jumlah perjanjian
    /// kerja); numbers seen carry 21, and 24 for part-time PPPK (paruh waktu). Their meaning and the floor of 21 are
    /// <b>assumed</b> (no BKN regulation text was read): see <c>seeds/participants/SOURCES.md</c>.</remarks>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public int? PppkCode => Kind == AsnKind.Pppk ? Digits(12, 2) : null;

    /// <summary>Gets the sex (digit 15).</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public Sex Sex => IsDefault
        ? throw new InvalidOperationException("The default Nip has no sex digit.")
        : (Sex)Digits(14, 1);

    /// <summary>Gets the sequence number, 1–999 (digits 16–18; 0 for <c>default</c>).</summary>
    public int SequenceNumber => Digits(15, 3);

    /// <summary>Formats the number masked for messages and logs, e.g. <c>1966************01</c> (see <see cref="ToMaskedString"/>).</summary>
    /// <returns>The masked text (empty for <c>default</c>).</returns>
    public override string ToString() => ToMaskedString();

    /// <summary>Formats the number masked: the birth year, twelve asterisks and the last two digits, e.g.
    /// <c>1966************01</c>. The form is stable (hosts see it in logs) and the same for a NIP and a NI PPPK.</summary>
    /// <returns>The masked text, 18 characters (empty for <c>default</c>).</returns>
    /// <remarks>
    /// No birth month or day, appointment, kind or sex digit is shown: a birth date with a few more digits narrows a
    /// person down, and UU 27/2022 treats it as personal data. The birth year (shared by millions) and the last two
    /// digits stay so that a reader can still tell the rows of one log apart and match them to the host's own list;
    /// 18 characters keep the width of the number in tables.
    /// </remarks>
    public string ToMaskedString()
    {
        if (IsDefault)
        {
            return string.Empty;
        }

        var digits = ToUnmaskedString();
        return string.Concat(digits.AsSpan(0, 4), "************", digits.AsSpan(16, 2));
    }

    /// <summary>Formats the full 18 digits, e.g. <c>196608011988031001</c>: the explicit way for a host that is allowed to
    /// show or store the whole number. This is personal data: use it only where the host's data-protection rules allow,
    /// never in logs or messages.</summary>
    /// <returns>The digits (empty for <c>default</c>).</returns>
    public string ToUnmaskedString() => IsDefault ? string.Empty : _value.ToString("D18", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(Nip other) => _value.CompareTo(other._value);

    /// <summary>Compares two NIPs by number.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Nip left, Nip right) => left._value < right._value;

    /// <summary>Compares two NIPs by number.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Nip left, Nip right) => left._value > right._value;

    /// <summary>Compares two NIPs by number.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(Nip left, Nip right) => left._value <= right._value;

    /// <summary>Compares two NIPs by number.</summary>
    /// <param name="left">The first NIP.</param>
    /// <param name="right">The second NIP.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(Nip left, Nip right) => left._value >= right._value;

    /// <summary>Gets the number as a 64-bit integer: a compact key for arrays and sorting (0 for <c>default</c>).</summary>
    internal long Value => _value;

    /// <summary>Rebuilds a NIP from <see cref="Value"/>; only for values taken from a valid NIP.</summary>
    internal static Nip FromValue(long value) => new(value);

    // Digits [start, start + count) of the 18, counted from the left.
    private int Digits(int start, int count)
    {
        var shifted = _value / Pow10[18 - start - count];
        return (int)(shifted % Pow10[count]);
    }

    private static readonly long[] Pow10 = BuildPowers();

    private static long[] BuildPowers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
