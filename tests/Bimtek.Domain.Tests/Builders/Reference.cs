using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>The recurring cast: the embedded directories (built once) and the dates the facts are stated for.</summary>
internal static class Reference
{
    /// <summary>The day Pusdiklat Industri announced the kabupaten/kota round (34 provinces).</summary>
    public static readonly LocalDate June2020 = new(2020, 6, 8);

    /// <summary>A date after every 2022 Papua law (38 provinces).</summary>
    public static readonly LocalDate Today = new(2026, 11, 27);

    public static readonly RegionDirectory Map = RegionDirectory.FromEmbeddedSeeds();

    public static readonly CentreDirectory Bdi = CentreDirectory.FromEmbeddedSeeds(Map);

    public static RegionCode Code(string text) => RegionCode.Parse(text);

    public static CentreCode Centre(string text) => CentreCode.Parse(text);
}
