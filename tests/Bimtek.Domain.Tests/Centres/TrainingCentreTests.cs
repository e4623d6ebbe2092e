using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

public class TrainingCentreTests
{
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    [Fact]
    public void Create_WithTheDefaultCode_IsRefusedNamingTheRule()
    {
        var act = () => new TrainingCentre(default, "BDI Batam", "Batam", Code("21"), Wib);

        act.Should().Throw<ArgumentException>().WithParameterName("code")
            .Which.Message.Should().StartWith("The centre code is the default value; give a code such as BDI-YOG.");
    }

    [Theory]
    [InlineData("", "Batam", "name")]
    [InlineData("  ", "Batam", "name")]
    [InlineData("BDI Batam", "", "city")]
    [InlineData("BDI Batam", " ", "city")]
    public void Create_WithABlankNameOrCity_IsRefused(string name, string city, string parameter)
    {
        var act = () => new TrainingCentre(Centre("BDI-BTM"), name, city, Code("21"), Wib);

        act.Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Fact]
    public void Create_WithoutATimeZone_IsRefused()
    {
        var act = () => new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("timeZone");
    }

    [Theory]
    [InlineData("21.71")]
    [InlineData(null)]
    public void Create_WithAHomeThatIsNotAProvince_IsRefusedNamingTheCentreAndTheValue(string? home)
    {
        var code = home is null ? default : Code(home);

        var act = () => new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", code, Wib);

        act.Should().Throw<ArgumentException>().WithParameterName("homeProvince")
            .Which.Message.Should().StartWith($"Centre BDI-BTM: the home province must be a province code, got '{code}'.");
    }

    [Fact]
    public void Create_WithOnlyTheRequiredFields_DefaultsTheRest()
    {
        var centre = new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), Wib, fullName: " ", regional: " ", regionalSource: "https://example.org");

        centre.FullName.Should().Be("BDI Batam");
        centre.Regional.Should().BeNull();
        centre.RegionalProvenance.Should().BeNull("there is no numeral to have a provenance");
        centre.RegionalSource.Should().BeNull("there is no numeral to have a source");
        centre.Provenance.Should().Be(Provenance.HostSupplied);
        centre.ZoneLabel.Should().Be(IndonesianTimeZone.WIB);
        centre.ToString().Should().Be("BDI-BTM BDI Batam");
    }

    [Fact]
    public void Create_WithANumeral_KeepsItsOwnProvenanceOrTheCentres()
    {
        var inherited = new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), Wib, "Balai Diklat Industri Batam", "VIII", Provenance.Sourced, regionalSource: " ");
        var own = new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), Wib, regional: "VIII", provenance: Provenance.Sourced, regionalProvenance: Provenance.Assumed);

        (inherited.FullName, inherited.Regional, inherited.RegionalProvenance, inherited.RegionalSource)
            .Should().Be(("Balai Diklat Industri Batam", "VIII", Provenance.Sourced, (string?)null));
        (own.Regional, own.RegionalProvenance).Should().Be(("VIII", Provenance.Assumed));
    }
}
