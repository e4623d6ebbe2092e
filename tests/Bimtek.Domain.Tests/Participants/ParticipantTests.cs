using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Participants;

public class ParticipantTests
{
    [Fact]
    public void Constructor_KeepsNipNamePositionAndAgency()
    {
        var amir = People.Amir();

        amir.Nip.ToUnmaskedString().Should().Be(People.AmirNip);
        amir.Name.Should().Be("Amir Synthetic");
        amir.Position.Should().Be(new Position(PositionKind.Administrator, "Kepala Bidang Perindustrian"));
        amir.Agency.Name.Should().Be("Dinas Perindustrian Kabupaten Serang");
        amir.Agency.Region.Should().Be(Reference.Code("36.02"));
        amir.Agency.Level.Should().Be(AgencyLevel.Regency);
        amir.Agency.RegionLevel.Should().Be(RegionLevel.Regency);
    }

    [Fact]
    public void ToString_ShowsNeitherTheNipNorTheName()
    {
        var text = People.Amir().ToString();

        text.Should().NotContain(People.AmirNip).And.NotContain("Amir").And.Contain("1966************01");
    }

    [Fact]
    public void Equality_IsByNip()
    {
        var promoted = new Participant(
            People.Amir().Nip, "Amir Synthetic", new Position(PositionKind.JptPratama, "Kepala Dinas"), People.SerangIndustryOffice);

        promoted.Should().Be(People.Amir());
        promoted.GetHashCode().Should().Be(People.Amir().GetHashCode());
        People.Official(2).Should().NotBe(People.Amir());
    }

    [Fact]
    public void Constructor_WhenNipIsDefault_Throws() =>
        ((Action)(() => _ = new Participant(default, "X", new Position(PositionKind.Pelaksana, "Staf"), People.SerangIndustryOffice)))
            .Should().Throw<ArgumentException>().WithParameterName("nip").WithMessage("*NIP is the default Nip*");

    [Fact]
    public void Constructor_WhenNameIsBlank_Throws() =>
        ((Action)(() => _ = new Participant(People.Nip(1), " ", new Position(PositionKind.Pelaksana, "Staf"), People.SerangIndustryOffice)))
            .Should().Throw<ArgumentException>().WithParameterName("name");

    [Theory]
    [InlineData("36", AgencyLevel.Regency)]
    [InlineData("36.02", AgencyLevel.Province)]
    [InlineData("36.02", AgencyLevel.Central)]
    public void Agency_WhenLevelDoesNotFitTheRegion_Throws(string region, AgencyLevel level) =>
        ((Action)(() => _ = new Agency("Dinas", Reference.Code(region), level)))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(region));

    [Fact]
    public void Position_WhenKindIsUndefined_Throws() =>
        ((Action)(() => _ = new Position((PositionKind)99, "X"))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("kind").WithMessage("Not a PositionKind value.*");

    [Fact]
    public void Constructor_WhenPositionOrAgencyIsMissing_NamesIt()
    {
        var staff = new Position(PositionKind.Pelaksana, "Staf");

        ((Action)(() => _ = new Participant(People.Nip(1), "X", null!, People.SerangIndustryOffice)))
            .Should().Throw<ArgumentNullException>().WithParameterName("position");
        ((Action)(() => _ = new Participant(People.Nip(1), "X", staff, null!)))
            .Should().Throw<ArgumentNullException>().WithParameterName("agency");
    }

    [Theory]
    [InlineData("36", AgencyLevel.Regency, "A Regency agency needs a kabupaten/kota code; got 36.*")]
    [InlineData("36.02", AgencyLevel.Province, "A Province agency needs a province code; got 36.02.*")]
    [InlineData("36.02", AgencyLevel.Central, "A Central agency needs a province code; got 36.02.*")]
    public void Agency_WhenLevelDoesNotFitTheRegion_SaysWhichCodeTheLevelNeeds(string region, AgencyLevel level, string message) =>
        ((Action)(() => _ = new Agency("Dinas", Reference.Code(region), level))).Should().Throw<ArgumentException>().WithMessage(message);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Agency_WhenNameIsBlank_NamesTheParameter(string name) =>
        ((Action)(() => _ = new Agency(name, Reference.Code("36.02"), AgencyLevel.Regency)))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(name));

    [Fact]
    public void Agency_WhenRegionIsDefault_SaysSo() =>
        ((Action)(() => _ = new Agency("Dinas", default, AgencyLevel.Regency)))
            .Should().Throw<ArgumentException>().WithParameterName("region").WithMessage("The agency's region is the default RegionCode.*");

    [Fact]
    public void Agency_WhenLevelIsUndefined_NamesTheParameter() =>
        ((Action)(() => _ = new Agency("Dinas", Reference.Code("36"), (AgencyLevel)9)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level").WithMessage("Not an AgencyLevel value.*");

    [Fact]
    public void Agency_ToString_GivesNameLevelAndRegion() =>
        People.SerangIndustryOffice.ToString().Should().Be("Dinas Perindustrian Kabupaten Serang (Regency, 36.02)");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Position_WhenTitleIsBlank_NamesTheParameter(string title) =>
        ((Action)(() => _ = new Position(PositionKind.Administrator, title))).Should().Throw<ArgumentException>().WithParameterName(nameof(title));

    [Fact]
    public void Position_ToString_GivesTitleAndKind() =>
        new Position(PositionKind.Administrator, " Kepala Bidang Perindustrian ").ToString().Should().Be("Kepala Bidang Perindustrian (Administrator)");
}
