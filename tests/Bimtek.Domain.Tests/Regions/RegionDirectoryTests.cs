using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Regions;

public class RegionDirectoryTests
{
    [Fact]
    public void GetProvinces_Today_Is38()
    {
        Map.GetProvinces(Today).Should().HaveCount(38);
    }

    [Fact]
    public void GetProvinces_On8June2020_Is34WithoutTheNewPapuaProvinces()
    {
        var provinces = Map.GetProvinces(June2020);

        provinces.Should().HaveCount(34);
        provinces.Select(p => p.Code.ToString()).Should().NotContain(["93", "94", "95", "96"]);
    }

    [Fact]
    public void Lists_AreReadOnly()
    {
        ((ICollection<Province>)Map.GetAllProvinces()).IsReadOnly.Should().BeTrue();
        ((ICollection<Province>)Map.GetProvinces(Today)).IsReadOnly.Should().BeTrue();
        ((ICollection<Regency>)Map.GetRegencies(Code("32"), Today)).IsReadOnly.Should().BeTrue();
        ((ICollection<Region>)Map.ResolveName("Bandung", Today).Matches).IsReadOnly.Should().BeTrue();
    }

    [Theory]
    [InlineData("2022-07-24", 34)]
    [InlineData("2022-07-25", 37)]
    [InlineData("2022-12-07", 37)]
    [InlineData("2022-12-08", 38)]
    public void GetProvinces_AroundThePapuaLaws_ChangesOnTheirEffectiveDates(string date, int count)
    {
        Map.GetProvinces(LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture))).Should().HaveCount(count);
    }

    [Fact]
    public void GetRegencies_Today_Is416KabupatenAnd98Kota()
    {
        var regencies = Map.GetRegencies(Today);

        regencies.Should().HaveCount(514);
        regencies.Count(r => r.Kind == RegencyKind.Kabupaten).Should().Be(416);
        regencies.Count(r => r.Kind == RegencyKind.Kota).Should().Be(98);
    }

    [Fact]
    public void GetRegencies_In2020_Is514UnderTheOldPapuaCodes()
    {
        var regencies = Map.GetRegencies(June2020);

        regencies.Should().HaveCount(514);
        regencies.Should().Contain(r => r.Code == Code("91.01")).And.NotContain(r => r.Code.ProvincePart >= 93);
        Map.GetRegencies(Code("91"), June2020).Should().HaveCount(29);
        Map.GetRegencies(Code("91"), Today).Should().HaveCount(9);
    }

    [Fact]
    public void IsAutonomous_Is508_AllButJakartasSixAdministrativeUnits()
    {
        var regencies = Map.GetRegencies(Today);

        regencies.Count(r => r.IsAutonomous).Should().Be(508);
        regencies.Where(r => !r.IsAutonomous).Select(r => r.Code.ToString())
            .Should().BeEquivalentTo(["31.01", "31.71", "31.72", "31.73", "31.74", "31.75"]);
    }

    [Fact]
    public void ZoneOfEachProvince_FollowsKeppres41Of1987()
    {
        var provinces = Map.GetProvinces(Today);

        string Codes(IndonesianTimeZone label) =>
            string.Join(' ', provinces.Where(p => p.ZoneLabel == label).Select(p => p.Code.ToString()));

        Codes(IndonesianTimeZone.WIB).Should().Be("11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 61 62");
        Codes(IndonesianTimeZone.WITA).Should().Be("51 52 53 63 64 65 71 72 73 74 75 76");
        Codes(IndonesianTimeZone.WIT).Should().Be("81 82 91 92 93 94 95 96");
        provinces.Where(p => p.Code.ProvincePart is 61 or 62).Should().OnlyContain(p => p.TimeZone.Id == "Asia/Pontianak");
        Map.GetRegency(Code("32.73"), Today).TimeZone.Id.Should().Be("Asia/Jakarta");
    }

    [Fact]
    public void FindRegency_OldPapuaCode_ResolvesByDate()
    {
        var in2020 = Map.GetRegency(Code("91.01"), new LocalDate(2020, 6, 8));
        var in2024 = Map.GetRegency(Code("91.01"), new LocalDate(2024, 1, 1));

        in2020.Code.Should().Be(Code("91.01"));
        in2020.Name.Should().Be("Merauke");
        Map.GetProvince(in2020.ProvinceCode, June2020).Name.Should().Be("Papua");
        in2024.Code.Should().Be(Code("93.01"));
        in2024.Predecessor.Should().Be(Code("91.01"));
        Map.GetProvince(Code("91.01"), new LocalDate(2024, 1, 1)).Name.Should().Be("Papua Selatan");
    }

    [Theory]
    [InlineData("91.01", "2022-07-24", "91.01")]
    [InlineData("91.01", "2022-07-25", "93.01")]
    [InlineData("92.01", "2022-12-07", "92.01")]
    [InlineData("92.01", "2022-12-08", "96.01")]
    [InlineData("92.71", "2022-12-08", "96.71")]
    [InlineData("93.01", "2022-07-25", "93.01")]
    public void FindRegency_AroundTheLaw_ChangesCodeOnTheEffectiveDay(string code, string date, string expected)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Map.GetRegency(Code(code), asOf).Code.Should().Be(Code(expected));
    }

    [Fact]
    public void FindRegency_NewCodeBeforeItsLaw_IsNotFound()
    {
        Map.FindRegency(Code("93.01"), June2020).Should().BeNull();
        var act = () => Map.GetRegency(Code("93.01"), June2020);
        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("93.01").And.Contain("2020-06-08");
    }

    [Fact]
    public void FindRegency_UnmovedPapuaCode_IsTheSameEveryYear()
    {
        Map.GetRegency(Code("91.03"), June2020).Should().BeSameAs(Map.GetRegency(Code("91.03"), Today));
    }

    [Fact]
    public void FindRegency_WithProvinceCode_IsMisuse()
    {
        var act = () => Map.FindRegency(Code("32"), Today);
        act.Should().Throw<ArgumentException>().WithParameterName("code");
        var defaultCode = () => Map.FindProvince(default, Today);
        defaultCode.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Province_FormedIn2022_NamesItsLawAndParent()
    {
        var papuaSelatan = Map.GetProvince(Code("93"), Today);

        papuaSelatan.SplitFrom.Should().Be(Code("91"));
        papuaSelatan.EstablishedBy.Should().Be("UU 14/2022");
        papuaSelatan.ValidFrom.Should().Be(new LocalDate(2022, 7, 25));
        Map.GetProvince(Code("96"), Today).ValidFrom.Should().Be(new LocalDate(2022, 12, 8));
    }

    [Fact]
    public void Regency_FullName_CarriesItsKind()
    {
        Map.GetRegency(Code("32.04"), Today).FullName.Should().Be("Kabupaten Bandung");
        Map.GetRegency(Code("32.73"), Today).FullName.Should().Be("Kota Bandung");
    }
}
