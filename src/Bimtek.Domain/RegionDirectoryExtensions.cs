using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain;

/// <summary>Lookups that throw when a region is missing, with a message naming the code and the date.</summary>
public static class RegionDirectoryExtensions
{
    /// <summary>Gets the province with this code (or of this kabupaten/kota) on <paramref name="asOf"/>.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="code">A province or kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The province.</returns>
    /// <exception cref="KeyNotFoundException">No such province was in force on that date.</exception>
    public static Province GetProvince(this IRegionDirectory directory, RegionCode code, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.FindProvince(code, asOf)
            ?? throw new KeyNotFoundException($"Region code {code} names no province in force on {asOf:yyyy-MM-dd}.");
    }

    /// <summary>Gets the kabupaten/kota with this code on <paramref name="asOf"/>, following recodings forward.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="code">A kabupaten/kota code.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The kabupaten/kota.</returns>
    /// <exception cref="KeyNotFoundException">No such kabupaten/kota was in force on that date.</exception>
    public static Regency GetRegency(this IRegionDirectory directory, RegionCode code, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.FindRegency(code, asOf)
            ?? throw new KeyNotFoundException($"Region code {code} names no kabupaten/kota in force on {asOf:yyyy-MM-dd}.");
    }
}
