using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Participants;

/// <summary>The government agency (instansi) an official works for: its name, its region and its level.</summary>
/// <remarks>
/// Immutable; equal when the three values are equal. The level and the region agree: a provincial agency has a province
/// code, a kabupaten/kota agency a kabupaten/kota code; a central agency gives the province of its seat.
/// </remarks>
public sealed record Agency
{
    /// <summary>Creates an agency.</summary>
    /// <param name="name">The name, e.g. <c>Dinas Perindustrian Kabupaten Serang</c>.</param>
    /// <param name="region">The region it belongs to (or, for a central agency, the province of its seat).</param>
    /// <param name="level">The level of government.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="region"/> is <c>default</c>,
    /// or the region's level does not fit <paramref name="level"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public Agency(string name, RegionCode region, AgencyLevel level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (region.IsDefault)
        {
            throw new ArgumentException("The agency's region is the default RegionCode.", nameof(region));
        }

        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not an AgencyLevel value.");
        }

        var fits = level switch
        {
            AgencyLevel.Province => region.Level == RegionLevel.Province,
            AgencyLevel.Regency => region.Level == RegionLevel.Regency,
            _ => region.Level == RegionLevel.Province,
        };
        if (!fits)
        {
            throw new ArgumentException(
                $"A {level} agency needs a {(level == AgencyLevel.Regency ? "kabupaten/kota" : "province")} code; got {region}.",
                nameof(region));
        }

        Name = name.Trim();
        Region = region;
        Level = level;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the region the agency belongs to (a province or kabupaten/kota code).</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the level of government.</summary>
    public AgencyLevel Level { get; }

    /// <summary>Gets the region level the agency serves: <see cref="RegionLevel.Regency"/> for a kabupaten/kota agency,
    /// otherwise <see cref="RegionLevel.Province"/>.</summary>
    public RegionLevel RegionLevel => Region.Level;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Level}, {Region})";
}
