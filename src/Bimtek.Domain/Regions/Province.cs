using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>A province (provinsi).</summary>
/// <remarks>Provinces formed by a law after the data's start (the four 2022 Papua provinces) name the law, the date it
/// took effect and the province they were split from.</remarks>
public sealed class Province : Region
{
    internal Province(
        RegionCode code,
        string name,
        DateTimeZone timeZone,
        LocalDate? validFrom,
        RegionCode? splitFrom,
        string? establishedBy)
        : base(code, name, timeZone, validFrom, validUntil: null)
    {
        SplitFrom = splitFrom;
        EstablishedBy = establishedBy;
    }

    /// <inheritdoc />
    public override string FullName => "Provinsi " + Name;

    /// <summary>Gets the province this one was split from, e.g. <c>91</c> (Papua) for <c>93</c> (Papua Selatan).</summary>
    public RegionCode? SplitFrom { get; }

    /// <summary>Gets the law that formed the province, e.g. <c>UU 14/2022</c>, when it was formed within the data's span.</summary>
    public string? EstablishedBy { get; }
}
