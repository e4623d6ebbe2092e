using System.Globalization;

namespace Bimtek.Domain.Regions;

/// <summary>
/// A Kemendagri region code: a province (<c>32</c>) or a kabupaten/kota (<c>32.73</c>).
/// </summary>
/// <remarks>
/// <para>Codes follow Permendagri 72/2019 and the Kepmendagri 300.2.2 decrees of 2025: a two-digit province part 11–99
/// and, for a kabupaten/kota, a two-digit part 01–99 (kabupaten 01–70, kota 71–99). The canonical text form is dotted
/// (<c>32.73</c>); <see cref="Parse(string)"/> also accepts the undotted form (<c>3273</c>) used in NIKs and exports.</para>
/// <para>Equality and ordering are by code value, provinces before their own kabupaten/kota.
/// The <c>default</c> value is not a valid code (<see cref="IsDefault"/> is <see langword="true"/>); directories reject it
/// with an <see cref="ArgumentException"/>.</para>
/// </remarks>
public readonly partial record struct RegionCode : IComparable<RegionCode>
{
    /// <summary>The largest value of <see cref="Value"/>, plus one: a size for arrays indexed by code.</summary>
    internal const int ValueSpace = 10_000;

    // Province part × 100 + regency part; the regency part is 0 for a province. 0 is the default (no code).
    private readonly short _value;

    private RegionCode(int value) => _value = (short)value;

    /// <summary>Gets the province part, 11–99 (0 for <c>default</c>).</summary>
    public int ProvincePart => _value / 100;

    /// <summary>Gets the kabupaten/kota part, 01–99, or 0 when this is a province code.</summary>
    public int RegencyPart => _value % 100;

    /// <summary>Gets whether this names a province or a kabupaten/kota.</summary>
    public RegionLevel Level => RegencyPart == 0 ? RegionLevel.Province : RegionLevel.Regency;

    /// <summary>Gets whether this is the <c>default</c> value, which names no region.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the code of the province this code belongs to (itself for a province code).</summary>
    public RegionCode Province => new(ProvincePart * 100);

    /// <summary>
    /// Gets the kind a kabupaten/kota code implies: parts 01–70 are kabupaten, 71–99 kota;
    /// <see langword="null"/> for a province code.
    /// </summary>
    public RegencyKind? ImpliedKind => Level == RegionLevel.Province
        ? null
        : RegencyPart >= 71 ? RegencyKind.Kota : RegencyKind.Kabupaten;

    /// <summary>Gets the dense numeric form (province × 100 + kabupaten/kota part), e.g. 3273 or 3200.</summary>
    internal int Value => _value;

    /// <summary>Creates a province code.</summary>
    /// <param name="province">The province part, 11–99.</param>
    /// <returns>The province code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="province"/> is outside 11–99.</exception>
    public static RegionCode ForProvince(int province)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(province, MinProvince);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(province, MaxPart);
        return new RegionCode(province * 100);
    }

    /// <summary>Creates a kabupaten/kota code.</summary>
    /// <param name="province">The province part, 11–99.</param>
    /// <param name="regency">The kabupaten/kota part, 1–99.</param>
    /// <returns>The kabupaten/kota code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static RegionCode ForRegency(int province, int regency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(province, MinProvince);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(province, MaxPart);
        ArgumentOutOfRangeException.ThrowIfLessThan(regency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(regency, MaxPart);
        return new RegionCode((province * 100) + regency);
    }

    /// <summary>Formats the code in its canonical dotted form: <c>32</c> or <c>32.73</c> (empty for <c>default</c>).</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => IsDefault
        ? string.Empty
        : Level == RegionLevel.Province
            ? ProvincePart.ToString("00", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{ProvincePart:00}.{RegencyPart:00}");

    /// <summary>Formats the code without the dot (<c>3273</c>), as NIKs and some exports write it.</summary>
    /// <returns>The undotted text.</returns>
    public string ToCompactString() => ToString().Replace(".", string.Empty, StringComparison.Ordinal);

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => _value.CompareTo(other._value);

    /// <summary>Compares two codes by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left._value < right._value;

    /// <summary>Compares two codes by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left._value > right._value;

    /// <summary>Compares two codes by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left._value <= right._value;

    /// <summary>Compares two codes by value.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left._value >= right._value;
}
