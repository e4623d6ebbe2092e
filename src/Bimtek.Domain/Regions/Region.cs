using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>
/// A province or kabupaten/kota as it stood over a period: its code, name and time zone.
/// </summary>
/// <remarks>
/// A region is a <em>version</em>: when a law moves a kabupaten to a new province and it is given a new code (the 2022
/// Papua laws), the old code's version ends and the new one begins on the law's effective date. The period is
/// <see cref="ValidFrom"/> (inclusive) to <see cref="ValidUntil"/> (exclusive); <see langword="null"/> means open.
/// Instances are immutable and compared by reference; compare <see cref="Code"/> for identity.
/// </remarks>
public abstract class Region
{
    private protected Region(RegionCode code, string name, DateTimeZone timeZone, LocalDate? validFrom, LocalDate? validUntil)
    {
        Code = code;
        Name = name;
        TimeZone = timeZone;
        ZoneLabel = IndonesianTimeZones.LabelOf(timeZone);
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    /// <summary>Gets the Kemendagri code of this version.</summary>
    public RegionCode Code { get; }

    /// <summary>Gets the name without its kind prefix, as Kemendagri lists it (e.g. <c>Bandung</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the display name with its kind, e.g. <c>Kota Bandung</c> or <c>Provinsi Jawa Barat</c>.</summary>
    public abstract string FullName { get; }

    /// <summary>Gets whether this is a province or a kabupaten/kota.</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>Gets the IANA time zone of the region (Keppres 41/1987; see <c>seeds/regions/SOURCES.md</c>).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the Indonesian label of <see cref="TimeZone"/>: WIB, WITA or WIT.</summary>
    public IndonesianTimeZone ZoneLabel { get; }

    /// <summary>Gets the first date this version is in force, or <see langword="null"/> if it predates the data.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the first date this version is no longer in force (exclusive end), or <see langword="null"/> if it still is.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Gets whether this version is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="ValidFrom"/> ≤ date &lt; <see cref="ValidUntil"/>.</returns>
    public bool IsInForceOn(LocalDate date) => Common.Period.Contains(ValidFrom, ValidUntil, date);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {FullName}";
}
