using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Regions;

// The guards and orderings of codes and of the directory's look-ups: each refused argument by name and text, each
// comparison on both sides of equality. The directory is built afresh (not the shared Lazy one) so that a mutant in
// its construction is seen by these tests too.
public class RegionGuardTests
{
    private static readonly LocalDate June2020 = new(2020, 6, 8);

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void ForProvince_OutsideElevenToNinetyNine_IsRefusedByName(int province)
    {
        var act = () => RegionCode.ForProvince(province);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("province");
    }

    [Theory]
    [InlineData(10, 1, "province")]
    [InlineData(100, 1, "province")]
    [InlineData(32, 0, "regency")]
    [InlineData(32, 100, "regency")]
    public void ForRegency_APartOutOfRange_IsRefusedByName(int province, int regency, string refused)
    {
        var act = () => RegionCode.ForRegency(province, regency);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(refused);
    }

    [Fact]
    public void ForProvinceAndForRegency_AtTheirBounds_BuildTheCodes()
    {
        RegionCode.ForProvince(11).ToString().Should().Be("11");
        RegionCode.ForProvince(99).ToString().Should().Be("99");
        RegionCode.ForRegency(11, 1).ToString().Should().Be("11.01");
        RegionCode.ForRegency(99, 99).ToString().Should().Be("99.99");
    }

    [Fact]
    public void ImpliedKind_OfAProvinceCode_IsNone()
    {
        RegionCode.Parse("32").ImpliedKind.Should().BeNull();
        RegionCode.Parse("32.70").ImpliedKind.Should().Be(RegencyKind.Kabupaten);
        RegionCode.Parse("32.71").ImpliedKind.Should().Be(RegencyKind.Kota);
    }

    [Fact]
    public void Operators_CompareByValue_OnBothSidesOfEquality()
    {
        var (bandung, kotaBandung, jawaTengah) = (RegionCode.Parse("32.04"), RegionCode.Parse("32.73"), RegionCode.Parse("33"));
        var same = RegionCode.Parse("32.73");

        (bandung < kotaBandung, kotaBandung < bandung, kotaBandung < same).Should().Be((true, false, false));
        (kotaBandung > bandung, bandung > kotaBandung, kotaBandung > same).Should().Be((true, false, false));
        (bandung <= kotaBandung, jawaTengah <= kotaBandung, kotaBandung <= same).Should().Be((true, false, true));
        (jawaTengah >= kotaBandung, bandung >= kotaBandung, kotaBandung >= same).Should().Be((true, false, true));
    }

    [Theory]
    [InlineData("32.73")]
    [InlineData("")]
    public void GetRegencies_OfANonProvinceCode_IsRefusedWithTheCode(string code)
    {
        var parsed = code.Length == 0 ? default : RegionCode.Parse(code);

        var act = () => RegionDirectory.FromEmbeddedSeeds().GetRegencies(parsed, June2020);

        act.Should().Throw<ArgumentException>().WithParameterName("province").WithMessage($"Expected a province code, got '{code}'.*");
    }

    [Fact]
    public void FindProvince_OfTheDefaultCode_IsRefused()
    {
        var act = () => RegionDirectory.FromEmbeddedSeeds().FindProvince(default, June2020);

        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("The default RegionCode names no region.*");
    }

    [Fact]
    public void FindRegency_OfAProvinceCode_IsRefusedWithTheCode()
    {
        var act = () => RegionDirectory.FromEmbeddedSeeds().FindRegency(RegionCode.Parse("32"), June2020);

        act.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("Expected a kabupaten/kota code, got '32'.*");
    }

    [Fact]
    public void ResolveName_WithinTheDefaultProvince_IsRefused()
    {
        var act = () => RegionDirectory.FromEmbeddedSeeds().ResolveName("Bandung", June2020, default(RegionCode));

        act.Should().Throw<ArgumentException>().WithParameterName("withinProvince")
            .WithMessage("The default RegionCode names no province; pass null for all provinces.*");
    }
}
