using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain;

/// <summary>Lookups over <see cref="ICentreDirectory"/> that throw when nothing matches.</summary>
public static class CentreDirectoryExtensions
{
    /// <summary>Gets the centre serving a province or kabupaten/kota on <paramref name="asOf"/>.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="region">A province or kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The centre.</returns>
    /// <exception cref="KeyNotFoundException">The region was not in force on that date.</exception>
    public static TrainingCentre GetCentreServing(this ICentreDirectory directory, RegionCode region, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var area = directory.FindServiceArea(region, asOf)
            ?? throw new KeyNotFoundException($"Region code {region} names no region in force on {asOf:yyyy-MM-dd}, so no centre serves it.");
        return directory.FindCentre(area.Centre)
            ?? throw new KeyNotFoundException($"Centre {area.Centre} serving {region} is not in the directory.");
    }

    /// <summary>Gets a centre by code.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="code">The centre code.</param>
    /// <returns>The centre.</returns>
    /// <exception cref="KeyNotFoundException">No centre has that code.</exception>
    public static TrainingCentre GetCentre(this ICentreDirectory directory, CentreCode code)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.FindCentre(code)
            ?? throw new KeyNotFoundException($"No training centre has code '{code}'; known: {string.Join(", ", directory.Centres.Select(c => c.Code))}.");
    }
}
