using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Regions;

/// <summary>What the regions write for people (full names, resolutions, refusals) and the edges of reading a name.</summary>
public class RegionTextTests
{
    [Fact]
    public void ARegion_PrintsItsCodeAndFullName()
    {
        Map.FindProvince(Code("32"), Today)!.ToString().Should().Be("32 Provinsi Jawa Barat");
        Map.FindRegency(Code("32.73"), Today)!.ToString().Should().Be("32.73 Kota Bandung");
        Map.FindRegency(Code("32.04"), Today)!.ToString().Should().Be("32.04 Kabupaten Bandung");
    }

    [Fact]
    public void AResolution_SaysWhatTheNameIs()
    {
        Map.ResolveName("Kota Bandung", Today).ToString().Should().Be("'Kota Bandung' is 32.73 Kota Bandung");
        Map.ResolveName("Bandung", Today).ToString().Should().Be("'Bandung' is ambiguous: 32.04 Kabupaten Bandung, 32.73 Kota Bandung");
        Map.ResolveName("Atlantis", Today).ToString().Should().Be("'Atlantis' names no region");
    }

    [Theory]
    [InlineData("(Bandung Barat)")]
    [InlineData("  - Bandung Barat")]
    public void AName_StartingWithPunctuation_ReadsAsItsWords(string name) =>
        Map.ResolveName(name, Today).Region!.Code.Should().Be(Code("32.17"));

    [Fact]
    public void AName_LongerThanAnyKey_IsReadUpToTheKeysLength_WithoutError()
    {
        var resolution = Map.ResolveName("Bandung Barat " + new string('x', 10_000), Today);

        resolution.Status.Should().Be(RegionNameStatus.NotFound);
        resolution.Matches.Should().BeEmpty();
    }

    [Fact]
    public void AnUndefinedLabel_IsRefusedNamingTheType()
    {
        ((Action)(() => ((IndonesianTimeZone)6).GetUtcOffset())).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("label").WithMessage("Not an IndonesianTimeZone value.*");
        ((Action)(() => ((IndonesianTimeZone)6).GetZone())).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("label").WithMessage("Not an IndonesianTimeZone value.*");
    }

    [Fact]
    public void AForeignZone_IsRefusedNamingTheZoneAndDate() =>
        ((Action)(() => DateTimeZoneProviders.Tzdb["Europe/Amsterdam"].GetLabel(new LocalDate(2020, 6, 1)))).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("zone").WithMessage("Time zone 'Europe/Amsterdam' is not one of Indonesia's (UTC+7, +8 or +9) on 2020-06-01.*");

    [Fact]
    public void GetUtcOffsetOn_RefusesANullZone() =>
        ((Action)(() => ((DateTimeZone)null!).GetUtcOffsetOn(new LocalDate(2020, 6, 1)))).Should().ThrowExactly<ArgumentNullException>()
            .WithParameterName("zone");

    [Theory]
    [InlineData("Asia/Jakarta", 7)]
    [InlineData("Asia/Pontianak", 7)]
    [InlineData("Asia/Makassar", 8)]
    [InlineData("Asia/Jayapura", 9)]
    public void OffsetHours_IsTheZonesWholeHourOffsetSince1988(string zone, int hours) =>
        IndonesianTimeZones.OffsetHours(DateTimeZoneProviders.Tzdb[zone]).Should().Be(hours);
}
