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

    private static (CentreCode, RegionCode, Provenance, string?, LocalDate?, LocalDate?, RegionCode?) Fields(ServiceArea a) =>
        (a.Centre, a.Province, a.Provenance, a.Source, a.ValidFrom, a.ValidUntil, a.InheritedFrom);
}
