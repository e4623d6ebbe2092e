using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Centres;

/// <summary>
/// The training centres and their service areas, checked when built: every province the region directory knows is
/// served by exactly one centre on every date of its existence.
/// </summary>
/// <remarks>
/// A province formed by a split (e.g. the 2022 Papua provinces) that has no entry of its own follows its parent
/// province's entries. Immutable and thread-safe.
/// </remarks>
public sealed class CentreDirectory : ICentreDirectory
{
    private static readonly Lazy<(IReadOnlyList<TrainingCentre> Centres, IReadOnlyList<ServiceArea> Areas)> Embedded =
        new(() =>
        {
            var regions = RegionDirectory.Shared.Value;
            var centres = CentreSeeds.LoadCentres(regions);
            return (centres, CentreSeeds.LoadServiceAreas(regions, centres));
        });

    private readonly IRegionDirectory _regions;
    private readonly IReadOnlyList<TrainingCentre> _centres;
    private readonly Dictionary<CentreCode, TrainingCentre> _byCode;
    private readonly ServiceArea[][] _areasByProvince;

    /// <summary>Builds a directory from centres and service areas, checking the mapping.</summary>
    /// <param name="regions">The regions whose provinces must all be served.</param>
    /// <param name="centres">The centres; codes must be unique.</param>
    /// <param name="serviceAreas">The service-area entries.</param>
    /// <exception cref="ServiceAreaMappingException">A province is unserved or doubly served on some date, or an entry
    /// names an unknown centre or province; the message lists them all.</exception>
    /// <exception cref="ArgumentException">Two centres share a code.</exception>
    public CentreDirectory(IRegionDirectory regions, IEnumerable<TrainingCentre> centres, IEnumerable<ServiceArea> serviceAreas)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(serviceAreas);

        _regions = regions;
        _centres = [.. centres.Select(c => c ?? throw new ArgumentException("The centre list contains null.", nameof(centres))).OrderBy(c => c.Code)];
        _byCode = new Dictionary<CentreCode, TrainingCentre>(_centres.Count);
        foreach (var centre in _centres)
        {
            if (!_byCode.TryAdd(centre.Code, centre))
            {
                throw new ArgumentException($"Two centres share the code {centre.Code}.", nameof(centres));
            }
        }

        _areasByProvince = ServiceAreaMap.Build(regions, _byCode, serviceAreas);
    }

    /// <summary>Builds the directory of the seven BDI with the embedded service areas (four sourced, three assumed).</summary>
    /// <param name="regions">The region directory.</param>
    /// <returns>The directory.</returns>
    public static CentreDirectory FromEmbeddedSeeds(IRegionDirectory regions) =>
        new(regions, Embedded.Value.Centres, Embedded.Value.Areas);

    /// <summary>Gets the embedded centres: the seven Balai Diklat Industri of Kemenperin.</summary>
    /// <returns>The centres, ordered by code.</returns>
    public static IReadOnlyList<TrainingCentre> EmbeddedCentres() => Embedded.Value.Centres;

    /// <summary>Gets the embedded service areas, each with its provenance, as a starting point for a host's own mapping.</summary>
    /// <returns>The entries of <c>seeds/regions/bdi-service-areas.csv</c>.</returns>
    public static IReadOnlyList<ServiceArea> EmbeddedServiceAreas() => Embedded.Value.Areas;

    /// <inheritdoc />
    public IReadOnlyList<TrainingCentre> Centres => _centres;

    /// <inheritdoc />
    public TrainingCentre? FindCentre(CentreCode code) => _byCode.GetValueOrDefault(code);

    /// <inheritdoc />
    public ServiceArea? FindServiceArea(RegionCode region, LocalDate asOf)
    {
        if (_regions.FindProvince(region, asOf) is not { } province)
        {
            return null;
        }

        foreach (var area in _areasByProvince[province.Code.Value])
        {
            if (area.IsInForceOn(asOf))
            {
                return area;
            }
        }

        // Unreachable when the map was checked against the same directory.
        throw new InvalidOperationException($"Province {province.Code} has no centre on {asOf:yyyy-MM-dd}.");
    }

    /// <inheritdoc />
    public IReadOnlyList<ServiceArea> GetServiceAreas(LocalDate asOf) =>
        [.. _regions.GetProvinces(asOf).Select(p => FindServiceArea(p.Code, asOf)!)];

    /// <inheritdoc />
    public IReadOnlyList<Province> GetProvincesServed(CentreCode centre, LocalDate asOf) =>
        [.. _regions.GetProvinces(asOf).Where(p => FindServiceArea(p.Code, asOf)!.Centre == centre)];

    /// <inheritdoc />
    public IReadOnlyList<Regency> GetRegenciesServed(CentreCode centre, LocalDate asOf)
    {
        var served = GetProvincesServed(centre, asOf).Select(p => p.Code).ToHashSet();
        return [.. _regions.GetRegencies(asOf).Where(r => served.Contains(r.ProvinceCode))];
    }
}
