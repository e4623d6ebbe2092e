using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Centres;

/// <summary>
/// One province in a centre's service area, over an optional period, with where that fact comes from.
/// </summary>
/// <remarks>
/// The period runs from <see cref="ValidFrom"/> (inclusive) to <see cref="ValidUntil"/> (exclusive); <see langword="null"/>
/// ends are open. A province formed by a split that has no area of its own follows its parent province: the directory
/// then reports an area with <see cref="InheritedFrom"/> set.
/// </remarks>
public sealed class ServiceArea
{
    /// <summary>Creates a service-area entry.</summary>
    /// <param name="centre">The serving centre.</param>
    /// <param name="province">The province served.</param>
    /// <param name="provenance">Whether the fact is sourced, assumed or supplied by the host.</param>
    /// <param name="source">The source (a URL or a decree), if any.</param>
    /// <param name="validFrom">The first date of the assignment, or <see langword="null"/> for always.</param>
    /// <param name="validUntil">The first date after the assignment (exclusive), or <see langword="null"/> for open.</param>
    /// <exception cref="ArgumentException">A code is invalid or the period is empty.</exception>
    public ServiceArea(
        CentreCode centre,
        RegionCode province,
        Provenance provenance = Provenance.HostSupplied,
        string? source = null,
        LocalDate? validFrom = null,
        LocalDate? validUntil = null)
        : this(centre, province, provenance, source, validFrom, validUntil, inheritedFrom: null)
    {
    }

    internal ServiceArea(
        CentreCode centre,
        RegionCode province,
        Provenance provenance,
        string? source,
        LocalDate? validFrom,
        LocalDate? validUntil,
        RegionCode? inheritedFrom)
    {
        if (centre.IsDefault)
        {
            throw new ArgumentException("The centre code is the default value.", nameof(centre));
        }

        if (province.IsDefault || province.Level != RegionLevel.Province)
        {
            throw new ArgumentException($"A service area lists provinces; '{province}' is not a province code.", nameof(province));
        }

        if (!Enum.IsDefined(provenance))
        {
            throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "Not a Provenance value.");
        }

        Common.Period.ThrowIfEmpty(validFrom, validUntil, $"Service area {centre}/{province}", nameof(validUntil));

        Centre = centre;
        Province = province;
        Provenance = provenance;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        InheritedFrom = inheritedFrom;
    }

    /// <summary>Gets the serving centre.</summary>
    public CentreCode Centre { get; }

    /// <summary>Gets the province served.</summary>
    public RegionCode Province { get; }

    /// <summary>Gets whether the assignment is sourced, assumed or supplied by the host.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the source (a URL or a decree), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the first date of the assignment, or <see langword="null"/> for always.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Gets the first date after the assignment (exclusive), or <see langword="null"/> for open.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>Gets the parent province this assignment follows, when the province has none of its own (e.g. 91 for 93).</summary>
    public RegionCode? InheritedFrom { get; }

    /// <summary>Gets whether the assignment holds on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="ValidFrom"/> ≤ date &lt; <see cref="ValidUntil"/>.</returns>
    public bool IsInForceOn(LocalDate date) => Common.Period.Contains(ValidFrom, ValidUntil, date);

    /// <inheritdoc />
    public override string ToString() => $"{Province} → {Centre} ({Provenance})";
}
