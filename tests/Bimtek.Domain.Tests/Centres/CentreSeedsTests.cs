using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Centres;

// The seed readers run afresh in every test here. The embedded directory reads them once per process and keeps the
// result, so a test of the directory shows what was read once, not whether the reader keeps every column of every row.
public class CentreSeedsTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Shared.Value;
    private static readonly string[] AreaColumns = ["bdi", "city", "regional", "province_code", "province_name", "status", "source"];

    [Theory]
    [InlineData("BDI-MDN", "BDI Medan", "Balai Diklat Industri Medan", "Medan", "12", "I", IndonesianTimeZone.WIB)]
    [InlineData("BDI-PDG", "BDI Padang", "Balai Diklat Industri Padang", "Padang", "13", "II", IndonesianTimeZone.WIB)]
    [InlineData("BDI-JKT", "BDI Jakarta", "Balai Diklat Industri Jakarta", "Jakarta", "31", "III", IndonesianTimeZone.WIB)]
    [InlineData("BDI-YOG", "BDI Yogyakarta", "Balai Diklat Industri Yogyakarta", "Yogyakarta", "34", "IV", IndonesianTimeZone.WIB)]
    [InlineData("BDI-SBY", "BDI Surabaya", "Balai Diklat Industri Surabaya", "Surabaya", "35", "V", IndonesianTimeZone.WIB)]
    [InlineData("BDI-DPS", "BDI Denpasar", "Balai Diklat Industri Denpasar", "Denpasar", "51", "VI", IndonesianTimeZone.WITA)]
    [InlineData("BDI-MKS", "BDI Makassar", "Balai Diklat Industri Makassar", "Makassar", "73", "VII", IndonesianTimeZone.WITA)]
    public void LoadCentres_ReadsEveryColumnOfTheCentresRow(string code, string name, string fullName, string city, string province, string regional, IndonesianTimeZone zone)
    {
        var centres = CentreSeeds.LoadCentres(Regions);

        var centre = centres.Should().ContainSingle(c => c.Code.Value == code).Subject;
        (centre.Name, centre.FullName, centre.City, centre.HomeProvince.ToString(), centre.Regional, centre.ZoneLabel)
            .Should().Be((name, fullName, city, province, regional, zone));
        centre.Provenance.Should().Be(Provenance.Sourced);
        centre.RegionalProvenance.Should().NotBeNull();
        (centre.RegionalSource is null).Should().Be(centre.RegionalProvenance == Provenance.Assumed);
        centres.Should().HaveCount(7);
    }

    [Fact]
    public void LoadServiceAreas_ReadsWhatTheDirectoryServes_AndTheMapChecksIt()
    {
        var centres = CentreSeeds.LoadCentres(Regions);
        var areas = CentreSeeds.LoadServiceAreas(Regions, centres);

        areas.Select(Fields).Should().Equal(CentreDirectory.EmbeddedServiceAreas().Select(Fields));
        areas.Should().OnlyContain(a => a.Provenance != Provenance.Sourced || a.Source != null);
        var fresh = new CentreDirectory(Regions, centres, areas);
        var embedded = CentreDirectory.FromEmbeddedSeeds(Regions);
        foreach (var asOf in new[] { new LocalDate(2020, 6, 8), new LocalDate(2023, 6, 8) })
        {
            fresh.GetServiceAreas(asOf).Select(Fields).Should().Equal(embedded.GetServiceAreas(asOf).Select(Fields));
            foreach (var province in Regions.GetAllProvinces())
            {
                (fresh.FindServiceArea(province.Code, asOf)?.Centre).Should().Be(embedded.FindServiceArea(province.Code, asOf)?.Centre);
            }
        }
    }

    [Theory]
    [InlineData("code", "B", "not a centre code")]
    [InlineData("province_code", "34.71", "names no province")]
    [InlineData("province_code", "97", "names no province")]
    [InlineData("province_code", "Riau", "names no province")]
    [InlineData("regional_status", "confirmed", "expected sourced or assumed")]
    public void ReadCentres_AMalformedRow_FailsNamingTheFileLineColumnValueAndRule(string column, string value, string reason)
    {
        string[] columns = ["code", "name", "full_name", "city", "province_code", "regional", "source", "regional_status", "regional_source"];
        string[] fields = ["BDI-BTM", "BDI Batam", "Balai Diklat Industri Batam", "Batam", "21", "VIII", "", "assumed", ""];
        fields[Array.IndexOf(columns, column)] = value;

        var act = () => CentreSeeds.ReadCentres(Regions, [new SeedRow("centres.centres.csv", 9, columns, fields)]);

        act.Should().Throw<InvalidDataException>()
            .WithMessage($"Seed centres.centres.csv line 9, column '{column}' = '{value}': {reason}");
    }

    [Theory]
    [InlineData("bdi", "BDI Batam", "names no centre in centres.csv")]
    [InlineData("province_code", "Riau", "not a region code")]
    [InlineData("status", "confirmed", "expected sourced or assumed")]
    public void ReadServiceAreas_AMalformedRow_FailsNamingTheFileLineColumnValueAndRule(string column, string value, string reason)
    {
        string[] fields = ["BDI Medan", "Medan", "I", "14", "Riau", "sourced", "https://example.org/sk"];
        fields[Array.IndexOf(AreaColumns, column)] = value;

        var act = () => CentreSeeds.ReadServiceAreas(Regions, CentreSeeds.LoadCentres(Regions), [new SeedRow("regions.bdi-service-areas.csv", 4, AreaColumns, fields)]);

        act.Should().Throw<InvalidDataException>()
            .WithMessage($"Seed regions.bdi-service-areas.csv line 4, column '{column}' = '{value}': {reason}");
    }

    [Fact]
    public void ReadServiceAreas_DropsOnlyTheChildRowsThatRepeatTheirParentsCentreAndProvenance()
    {
        // 93, 94 and 95 were split from 91 (here BDI Makassar, assumed); 96 from 92 (here BDI Denpasar, assumed).
        var rows = new (string Centre, string Province, string Status)[]
        {
            ("BDI Makassar", "91", "assumed"),
            ("BDI Denpasar", "92", "assumed"),
            ("BDI Makassar", "73", "assumed"),
            ("BDI Makassar", "93", "assumed"), // repeats its parent: dropped, it follows 91
            ("BDI Denpasar", "94", "assumed"), // another centre than its parent's: kept
            ("BDI Makassar", "95", "sourced"), // the parent's centre, but sourced on its own: kept
            ("BDI Makassar", "96", "assumed"), // the centre of another parent, not its own: kept
        }.Select((r, i) => new SeedRow("regions.bdi-service-areas.csv", i + 2, AreaColumns, [r.Centre, "", "", r.Province, "", r.Status, "https://example.org/sk"]));

        var areas = CentreSeeds.ReadServiceAreas(Regions, CentreSeeds.LoadCentres(Regions), [.. rows]);

        areas.Select(a => a.Province.ToString()).Should().Equal("91", "92", "73", "94", "95", "96");
    }

    private static (CentreCode, RegionCode, Provenance, string?, LocalDate?, LocalDate?, RegionCode?) Fields(ServiceArea a) =>
        (a.Centre, a.Province, a.Provenance, a.Source, a.ValidFrom, a.ValidUntil, a.InheritedFrom);
}
