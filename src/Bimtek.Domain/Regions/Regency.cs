using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>A kabupaten (regency) or kota (city).</summary>
public sealed class Regency : Region
{
    internal Regency(
        RegionCode code,
        string name,
        RegencyKind kind,
        bool isAutonomous,
        DateTimeZone timeZone,
        LocalDate? validFrom,
        LocalDate? validUntil,
        RegionCode? predecessor,
        RegionCode? successor)
        : base(code, name, timeZone, validFrom, validUntil)
    {
        Kind = kind;
        IsAutonomous = isAutonomous;
        Predecessor = predecessor;
        Successor = successor;
    }

    /// <summary>Gets whether this is a kabupaten or a kota.</summary>
    public RegencyKind Kind { get; }

    /// <summary>Gets the code of the province this version belongs to.</summary>
    public RegionCode ProvinceCode => Code.Province;

    /// <summary>
    /// Gets whether this is an autonomous region (daerah otonom) with its own government and agencies. Jakarta's one
    /// kabupaten administrasi and five kota administrasi are not (UU 29/2007): 508 of the 514 are.
    /// </summary>
    public bool IsAutonomous { get; }

    /// <inheritdoc />
    public override string FullName => (Kind == RegencyKind.Kota ? "Kota " : "Kabupaten ") + Name;

    /// <summary>Gets the code this region had before a recoding (e.g. <c>91.01</c> for <c>93.01</c> Merauke).</summary>
    public RegionCode? Predecessor { get; }

    /// <summary>Gets the code this region has after a recoding (e.g. <c>93.01</c> for <c>91.01</c> Merauke).</summary>
    public RegionCode? Successor { get; }
}
