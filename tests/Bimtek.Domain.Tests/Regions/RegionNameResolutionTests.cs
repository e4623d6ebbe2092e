using Bimtek.Domain.Regions;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Regions;

public class RegionNameResolutionTests
{
    [Theory]
    [InlineData("Kab. Bandung", "32.04")]
    [InlineData("KABUPATEN BANDUNG", "32.04")]
    [InlineData("kab bandung", "32.04")]
    [InlineData("Kota Bandung", "32.73")]
    [InlineData("KOTAMADYA BANDUNG", "32.73")]
    [InlineData("Bandung Barat", "32.17")]
    [InlineData("Fak-Fak", "92.03")]
    [InlineData("Fakfak", "92.03")]
    [InlineData("Kotabaru", "63.02")]
    [InlineData("Kota Administrasi Jakarta Selatan", "31.74")]
    [InlineData("Jakarta Selatan", "31.74")]
    [InlineData("Provinsi Jawa Barat", "32")]
    [InlineData("Jabar", "32")]
    [InlineData("DKI Jakarta", "31")]
    [InlineData("D.I. Yogyakarta", "34")]
    [InlineData("Kabupaten Merauke", "93.01")]
    [InlineData("Kab. Administrasi Kepulauan Seribu", "31.01")]
    [InlineData("Kabupaten Adm. Kepulauan Seribu", "31.01")]
    [InlineData("Propinsi Jawa Barat", "32")]
    [InlineData("Prop. Jabar", "32")]
    public void ResolveName_TodayWithRealInput_FindsTheOneRegion(string input, string code)
    {
        var resolution = Map.ResolveName(input, Today);

        resolution.Status.Should().Be(RegionNameStatus.Resolved);
        resolution.Region!.Code.Should().Be(Code(code));
    }

    [Fact]
    public void ResolveName_Merauke_FollowsTheDate()
    {
        Map.ResolveName("Merauke", June2020).Region!.Code.Should().Be(Code("91.01"));
        Map.ResolveName("Merauke", Today).Region!.Code.Should().Be(Code("93.01"));
    }

    [Theory]
    [InlineData("Bandung", "32.04", "32.73")]
    [InlineData("Gorontalo", "75", "75.01", "75.71")]
    [InlineData("Sorong", "96.01", "96.71")]
    [InlineData("Kota Gorontalo", "75.71")]
    public void ResolveName_WhenSeveralRegionsShareTheName_ReportsAllInsteadOfGuessing(string input, params string[] codes)
    {
        var resolution = Map.ResolveName(input, Today);

        resolution.Matches.Select(m => m.Code).Should().Equal(codes.Select(Code));
        resolution.Status.Should().Be(codes.Length == 1 ? RegionNameStatus.Resolved : RegionNameStatus.Ambiguous);
        if (codes.Length > 1)
        {
            resolution.Region.Should().BeNull();
        }
    }

    [Fact]
    public void ResolveName_WithinProvince_NarrowsTheMatches()
    {
        Map.ResolveName("Banjar", Today).Matches.Select(m => m.Code).Should().Equal(Code("32.79"), Code("63.03"));
        Map.ResolveName("Banjar", Today, withinProvince: Code("63")).Region!.Code.Should().Be(Code("63.03"));
        Map.ResolveName("Kota Gorontalo", Today, withinProvince: Code("32")).Status.Should().Be(RegionNameStatus.NotFound);
    }

    [Fact]
    public void ResolveName_WithinDefaultProvince_IsMisuse()
    {
        var act = () => Map.ResolveName("Banjar", Today, withinProvince: default(RegionCode));
        act.Should().Throw<ArgumentException>().WithParameterName("withinProvince");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("Kab.")]
    [InlineData("Papua Selatan")]
    public void ResolveName_WhenNothingMatchesOnTheDate_IsNotFound(string input)
    {
        Map.ResolveName(input, June2020).Status.Should().Be(RegionNameStatus.NotFound);
    }
}
