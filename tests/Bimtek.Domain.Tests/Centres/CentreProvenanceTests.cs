using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Tests.Centres;

/// <summary>Each centre field carries where it comes from (seeds/centres/SOURCES.md).</summary>
public class CentreProvenanceTests
{
    private static readonly CentreDirectory Centres = CentreDirectory.FromEmbeddedSeeds(RegionDirectory.FromEmbeddedSeeds());

    [Theory]
    [InlineData("BDI-MDN", "I", Provenance.Sourced)]
    [InlineData("BDI-PDG", "II", Provenance.Sourced)]
    [InlineData("BDI-JKT", "III", Provenance.Assumed)]
    [InlineData("BDI-YOG", "IV", Provenance.Sourced)]
    [InlineData("BDI-SBY", "V", Provenance.Sourced)]
    [InlineData("BDI-DPS", "VI", Provenance.Assumed)]
    [InlineData("BDI-MKS", "VII", Provenance.Assumed)]
    public void Regional_CarriesItsProvenance_AndASourceOnlyWhenSourced(string code, string numeral, Provenance provenance)
    {
        var centre = Centres.Centres.Single(c => c.Code.Value == code);

        centre.Provenance.Should().Be(Provenance.Sourced);
        (centre.Regional, centre.RegionalProvenance).Should().Be((numeral, provenance));
        (centre.RegionalSource is not null).Should().Be(provenance == Provenance.Sourced);
    }
}
