using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// The recurring cast of a test: the embedded region and centre directories (built once, shared, immutable) and the dates
/// the reference facts are stated for.
/// </summary>
/// <remarks>Thread-safe: every member is immutable. Nothing here reads the clock.</remarks>
public static class Reference
{
    /// <summary>Monday 8 June 2020, the day Pusdiklat Industri announced the kabupaten/kota round: 34 provinces.</summary>
    public static readonly LocalDate June2020 = new(2020, 6, 8);

    /// <summary>A fixed day after every 2022 Papua law (27 November 2026): 38 provinces. Not the clock.</summary>
    public static readonly LocalDate Today = new(2026, 11, 27);

    /// <summary>Indonesia's provinces and kabupaten/kota from the embedded seeds (<see cref="RegionDirectory.FromEmbeddedSeeds"/>).</summary>
    public static readonly RegionDirectory Map = RegionDirectory.FromEmbeddedSeeds();

    /// <summary>The seven BDI and their embedded service areas (<see cref="CentreDirectory.FromEmbeddedSeeds"/>), over <see cref="Map"/>.</summary>
    public static readonly CentreDirectory Bdi = CentreDirectory.FromEmbeddedSeeds(Map);

    /// <summary>Parses a Kemendagri region code (<c>"34"</c>, <c>"34.71"</c> or <c>"3471"</c>).</summary>
    /// <param name="text">The code.</param>
    /// <returns>The region code.</returns>
    /// <exception cref="FormatException">The text is not a region code.</exception>
    public static RegionCode Code(string text) => RegionCode.Parse(text);

    /// <summary>Parses a centre code such as <c>"BDI-YOG"</c>.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The centre code.</returns>
    /// <exception cref="FormatException">The text is not a centre code.</exception>
    public static CentreCode Centre(string text) => CentreCode.Parse(text);
}
