using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>
/// Indonesia's provinces and kabupaten/kota with their codes, kinds, time zones and history: every question is asked
/// <em>as of a date</em>, because the map changed (34 provinces in 2020, 38 since the 2022 Papua laws).
/// </summary>
/// <remarks>Implementations are immutable and thread-safe. <see cref="RegionDirectory"/> is the embedded one.</remarks>
public interface IRegionDirectory
{
    /// <summary>Gets the provinces in force on <paramref name="asOf"/>, ordered by code.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The provinces (34 on 2020-06-08, 38 today).</returns>
    IReadOnlyList<Province> GetProvinces(LocalDate asOf);

    /// <summary>
    /// Gets the first date the directory's data holds for: answers for an earlier date would describe a map the data
    /// does not record (new provinces and kabupaten/kota were created before it). <see langword="null"/> when the data
    /// holds for any date (the default for a host's own directory).
    /// </summary>
    LocalDate? HoldsFrom => null;

    /// <summary>Gets every province the directory knows, in force or not, ordered by code (38 in the embedded data).</summary>
    /// <returns>The provinces with their validity periods.</returns>
    IReadOnlyList<Province> GetAllProvinces();

    /// <summary>Gets the kabupaten/kota in force on <paramref name="asOf"/>, ordered by code.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The kabupaten/kota (514, of which 508 autonomous).</returns>
    IReadOnlyList<Regency> GetRegencies(LocalDate asOf);

    /// <summary>Gets the kabupaten/kota of one province on <paramref name="asOf"/>, ordered by code.</summary>
    /// <param name="province">The province code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The kabupaten/kota; empty when the province was not in force.</returns>
    /// <exception cref="ArgumentException"><paramref name="province"/> is not a province code.</exception>
    IReadOnlyList<Regency> GetRegencies(RegionCode province, LocalDate asOf);

    /// <summary>
    /// Finds the province with this code on <paramref name="asOf"/>; for a kabupaten/kota code, the province that
    /// region belonged to on that date (so <c>91.01</c> gives Papua in 2020 and Papua Selatan in 2024).
    /// </summary>
    /// <param name="code">A province or kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The province, or <see langword="null"/> when none was in force.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <c>default</c>.</exception>
    Province? FindProvince(RegionCode code, LocalDate asOf);

    /// <summary>
    /// Finds the kabupaten/kota with this code on <paramref name="asOf"/>, following recodings forward: an old code
    /// given for a later date resolves to the region under its new code (<c>91.01</c> on a 2024 date is <c>93.01</c>).
    /// </summary>
    /// <param name="code">A kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The region, or <see langword="null"/> when the code names nothing in force on that date.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a kabupaten/kota code.</exception>
    Regency? FindRegency(RegionCode code, LocalDate asOf);

    /// <summary>
    /// Resolves a place name as people write it ("Kab. Bandung", "KOTA BANDUNG", "Jabar", "Fak-Fak") to the regions it
    /// may denote on <paramref name="asOf"/>, reporting ambiguity instead of guessing.
    /// </summary>
    /// <param name="name">The name, with or without a kind prefix.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="withinProvince">Restricts matches to one province (its own name included), if given.</param>
    /// <returns>The resolution, with every match.</returns>
    RegionNameResolution ResolveName(string name, LocalDate asOf, RegionCode? withinProvince = null);
}
