using System.Globalization;
using NodaTime;

namespace Bimtek.Domain.Common;

/// <summary>
/// A civil servant's identity number (NIP, Nomor Identitas Pegawai Negeri Sipil): 18 digits laid out by Perka BKN
/// 22/2007 as birth date (YYYYMMDD), first appointment as CPNS (YYYYMM), sex (1 male, 2 female) and a sequence
/// number 001–999, e.g. <c>19660801 198803 1 001</c>.
/// </summary>
/// <remarks>
/// <para>A NIP is personal data: <see cref="ToString"/> gives the masked form <c>19660801********01</c>, and no
/// exception or message of this package carries the full number. <see cref="ToUnmaskedString"/> gives the digits
/// for storage or exchange, which the host must protect.</para>
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

    /// <summary>Gets the year and month of the first appointment as CPNS, the TMT CPNS (digits 9–14).</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public YearMonth Appointment => IsDefault
        ? throw new InvalidOperationException("The default Nip has no appointment month.")
        : new YearMonth(Digits(8, 4), Digits(12, 2));

    /// <summary>Gets the sex (digit 15).</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value.</exception>
    public Sex Sex => IsDefault
        ? throw new InvalidOperationException("The default Nip has no sex digit.")
        : (Sex)Digits(14, 1);

    /// <summary>Gets the sequence number, 1–999 (digits 16–18; 0 for <c>default</c>).</summary>
    public int SequenceNumber => Digits(15, 3);

    /// <summary>Formats the NIP masked for messages and logs: the birth date and the last two digits, e.g. <c>19660801********01</c>.</summary>
    /// <returns>The masked text (empty for <c>default</c>).</returns>
    public override string ToString() => ToMaskedString();

    /// <summary>Formats the NIP masked: the birth date, eight asterisks and the last two digits, e.g. <c>19660801********01</c>.</summary>
    /// <returns>The masked text (empty for <c>default</c>).</returns>
    public string ToMaskedString()
    {
        if (IsDefault)
        {
            return string.Empty;
        }

        var digits = ToUnmaskedString();
        return string.Concat(digits.AsSpan(0, 8), "********", digits.AsSpan(16, 2));
    }

    /// <summary>Formats the full 18 digits, e.g. <c>196608011988031001</c>. This is personal data: store and show it
    /// only where the host's data-protection rules allow.</summary>
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
