using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A centre directory a test shapes without touching the embedded data: the seven BDI and their embedded service areas,
/// with the provinces the test moves to another centre.
/// </summary>
/// <remarks><see cref="Build"/> checks the mapping as <c>AddBimtekDomain</c> does (<see cref="ServiceAreaMappingException"/>).</remarks>
public sealed class CentreDirectoryBuilder
{
    private readonly Dictionary<RegionCode, CentreCode> _moves = [];
    private IRegionDirectory _regions = Reference.Map;

    /// <summary>Has <paramref name="toCentre"/> serve <paramref name="province"/> for all time.</summary>
    /// <param name="province">The province code, e.g. <c>"81"</c>.</param>
    /// <param name="toCentre">The centre code, e.g. <c>"BDI-DPS"</c>.</param>
    /// <returns>This builder.</returns>
    public CentreDirectoryBuilder Moving(string province, string toCentre)
    {
        _moves[RegionCode.Parse(province)] = CentreCode.Parse(toCentre);
        return this;
    }

    /// <summary>Uses another region directory (the embedded one by default).</summary>
    /// <param name="regions">The regions.</param>
    /// <returns>This builder.</returns>
    public CentreDirectoryBuilder Over(IRegionDirectory regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        _regions = regions;
        return this;
    }

    /// <summary>Builds the directory.</summary>
    /// <returns>A new directory.</returns>
    /// <exception cref="ServiceAreaMappingException">The shaped mapping leaves a province unserved or served twice.</exception>
    public CentreDirectory Build()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas().Where(a => !_moves.ContainsKey(a.Province))
            .Concat(_moves.Select(m => new ServiceArea(m.Value, m.Key, source: "moved by a test")));
        return new CentreDirectory(_regions, CentreDirectory.EmbeddedCentres(), areas);
    }
}
