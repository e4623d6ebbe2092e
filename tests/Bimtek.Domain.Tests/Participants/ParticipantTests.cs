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

        text.Should().NotContain(People.AmirNip).And.NotContain("Amir").And.Contain("19660801********01");
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
            .Should().Throw<ArgumentException>().WithParameterName("nip");

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
        ((Action)(() => _ = new Position((PositionKind)99, "X"))).Should().Throw<ArgumentOutOfRangeException>();
}
