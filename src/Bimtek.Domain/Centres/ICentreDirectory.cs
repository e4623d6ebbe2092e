using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Centres;

/// <summary>The training centres and the provinces each serves, as of a date.</summary>
/// <remarks>
/// Every province in force on a date is served by exactly one centre (checked when the directory is built).
/// Implementations are immutable and thread-safe. <see cref="CentreDirectory"/> is the standard one.
/// </remarks>
public interface ICentreDirectory
{
    /// <summary>Gets every centre, ordered by code.</summary>
    IReadOnlyList<TrainingCentre> Centres { get; }

    /// <summary>Finds a centre by code.</summary>
    /// <param name="code">The centre code.</param>
    /// <returns>The centre, or <see langword="null"/>.</returns>
    TrainingCentre? FindCentre(CentreCode code);

    /// <summary>
    /// Finds the service-area entry that covers a province, or the province of a kabupaten/kota, on <paramref name="asOf"/>
    /// (old codes such as <c>91.01</c> are followed to the province of that date).
    /// </summary>
    /// <param name="region">A province or kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The entry, with its provenance; <see langword="null"/> when the region was not in force.</returns>
    ServiceArea? FindServiceArea(RegionCode region, LocalDate asOf);

    /// <summary>Gets every service-area entry in force on <paramref name="asOf"/>, one per province, ordered by province.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The entries.</returns>
    IReadOnlyList<ServiceArea> GetServiceAreas(LocalDate asOf);

    /// <summary>Gets the provinces a centre serves on <paramref name="asOf"/>, ordered by code.</summary>
    /// <param name="centre">The centre code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The provinces; empty for an unknown centre.</returns>
    IReadOnlyList<Province> GetProvincesServed(CentreCode centre, LocalDate asOf);

    /// <summary>Gets the kabupaten/kota a centre serves on <paramref name="asOf"/>, ordered by code.</summary>
    /// <param name="centre">The centre code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The kabupaten/kota (administrative ones included; filter on <see cref="Regency.IsAutonomous"/>).</returns>
    IReadOnlyList<Regency> GetRegenciesServed(CentreCode centre, LocalDate asOf);
}
