using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Centres;

/// <summary>A training centre that delivers sessions, such as a Balai Diklat Industri (BDI) of Kemenperin.</summary>
/// <remarks>Immutable. Two centres are the same centre when their <see cref="Code"/>s are equal.</remarks>
public sealed class TrainingCentre
{
    /// <summary>Creates a centre.</summary>
    /// <param name="code">The stable code, e.g. <c>BDI-YOG</c>.</param>
    /// <param name="name">The short name, e.g. <c>BDI Yogyakarta</c>.</param>
    /// <param name="city">The home city, e.g. <c>Yogyakarta</c>.</param>
    /// <param name="homeProvince">The province of the home city.</param>
    /// <param name="timeZone">The zone the centre's agendas are written in (its home zone).</param>
    /// <param name="fullName">The official name, e.g. <c>Balai Diklat Industri Yogyakarta</c>; defaults to <paramref name="name"/>.</param>
    /// <param name="regional">The regional numeral used in a programme's announcements (e.g. <c>IV</c>), if any.</param>
    /// <param name="provenance">Where the centre itself (code, names, city, home province) comes from.</param>
    /// <param name="regionalProvenance">Where <paramref name="regional"/> comes from; <see langword="null"/> for the same as
    /// <paramref name="provenance"/>.</param>
    /// <param name="regionalSource">The source of <paramref name="regional"/> (a URL), if any.</param>
    /// <exception cref="ArgumentException">A code is <c>default</c>, a name is blank or <paramref name="homeProvince"/> is not a province code.</exception>
    public TrainingCentre(
        CentreCode code,
        string name,
        string city,
        RegionCode homeProvince,
        DateTimeZone timeZone,
        string? fullName = null,
        string? regional = null,
        Provenance provenance = Provenance.HostSupplied,
        Provenance? regionalProvenance = null,
        string? regionalSource = null)
    {
        if (code.IsDefault)
        {
            throw new ArgumentException("The centre code is the default value; give a code such as BDI-YOG.", nameof(code));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentNullException.ThrowIfNull(timeZone);
        if (homeProvince.IsDefault || homeProvince.Level != RegionLevel.Province)
        {
            throw new ArgumentException($"Centre {code}: the home province must be a province code, got '{homeProvince}'.", nameof(homeProvince));
        }

        Code = code;
        Name = name;
        City = city;
        HomeProvince = homeProvince;
        TimeZone = timeZone;
        ZoneLabel = IndonesianTimeZones.LabelOf(timeZone);
        FullName = string.IsNullOrWhiteSpace(fullName) ? name : fullName;
        Regional = string.IsNullOrWhiteSpace(regional) ? null : regional;
        Provenance = provenance;
        RegionalProvenance = Regional is null ? null : regionalProvenance ?? provenance;
        RegionalSource = Regional is null || string.IsNullOrWhiteSpace(regionalSource) ? null : regionalSource;
    }

    /// <summary>Gets where the centre itself (code, names, city, home province) comes from; the seven embedded BDI are
    /// sourced.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets where <see cref="Regional"/> comes from, or <see langword="null"/> when there is no numeral. Embedded:
    /// I, II, IV and V are sourced (the June 2020 reports name them); III (Jakarta), VI (Denpasar) and VII (Makassar) are
    /// <b>assumed</b>, inferred from the order of the others.</summary>
    public Provenance? RegionalProvenance { get; }

    /// <summary>Gets the source of <see cref="Regional"/> (a URL), or <see langword="null"/> when assumed or absent.</summary>
    public string? RegionalSource { get; }

    /// <summary>Gets the stable code.</summary>
    public CentreCode Code { get; }

    /// <summary>Gets the short name, e.g. <c>BDI Yogyakarta</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the official name, e.g. <c>Balai Diklat Industri Yogyakarta</c>.</summary>
    public string FullName { get; }

    /// <summary>Gets the home city.</summary>
    public string City { get; }

    /// <summary>Gets the province of the home city.</summary>
    public RegionCode HomeProvince { get; }

    /// <summary>Gets the centre's home time zone, in which its agendas are written.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the Indonesian label of <see cref="TimeZone"/> (WIB, WITA, WIT).</summary>
    public IndonesianTimeZone ZoneLabel { get; }

    /// <summary>Gets the regional numeral (e.g. <c>IV</c>), or <see langword="null"/>.</summary>
    public string? Regional { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
