using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Seeds;

public class EmbeddedProgrammesTests
{
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);

    [Fact]
    public void NewNormal2020_IsAValidDefinitionWithoutWarnings()
    {
        ProgrammeValidator.Instance.Validate(NewNormal).Errors.Should().BeEmpty();
    }

    [Fact]
    public void NewNormal2020_CarriesTheFactsOfTheSources()
    {
        NewNormal.Organiser.Unit.Should().Contain("Pusdiklat Industri");
        NewNormal.Organiser.Agency.Should().Contain("BPSDMI");
        NewNormal.FiscalYear.Should().Be(2020);
        NewNormal.DeliveryMode.Should().Be(DeliveryMode.Virtual);
        NewNormal.Status.Should().Be(ProgrammeStatus.Completed);

        var provinces = NewNormal.FindPhase("provinsi")!;
        provinces.TargetLevel.Should().Be(RegionLevel.Province);
        provinces.Opening.Should().Be(new OpeningEvent(new LocalDate(2020, 5, 19), "Menteri Perindustrian"));
        provinces.Delivery.Should().Be(PhaseDelivery.Central);

        var regencies = NewNormal.FindPhase("kabupaten-kota")!;
        regencies.TargetLevel.Should().Be(RegionLevel.Regency);
        regencies.PrerequisitePhaseId.Should().Be("provinsi");
        regencies.Delivery.Should().Be(PhaseDelivery.ThroughServingCentres);
        regencies.Audience.Select(a => a.Kind).Should().Contain([PositionKind.JptPratama, PositionKind.Administrator]);
    }

    [Fact]
    public void NewNormal2020_CurriculumCoversTheEconomyAndTheFourSectorDirectorates()
    {
        NewNormal.Curriculum.Should().HaveCount(5);
        NewNormal.TotalJp.Should().Be(NewNormal.CurriculumJp);
        NewNormal.Curriculum.Skip(1).Select(m => m.Title).Should().SatisfyRespectively(
            t => t.Should().Contain("Agro"),
            t => t.Should().Contain("IKFT"),
            t => t.Should().Contain("ILMATE"),
            t => t.Should().Contain("IKMA"));
        NewNormal.Curriculum.SelectMany(m => m.Objectives).SelectMany(o => o.CompetencyCodes).Distinct().Order()
            .Should().Equal("TK.01", "TK.02", "TK.03", "TK.04");
    }

    [Fact]
    public void NewNormal2020_StatesItsAssumptionsAndSources()
    {
        NewNormal.Assumptions.Should().Contain(a => a.Contains("JP per module", StringComparison.Ordinal));
        NewNormal.Sources.Should().Contain(s => s.StartsWith("https://www.tubasmedia.com/", StringComparison.Ordinal));
    }

    [Fact]
    public void NewNormal2020_AudienceIsCalibratedOnYogyakarta()
    {
        // 480 participants from 68 kabupaten/kota at BDI Yogyakarta: about 7 each.
        var perRegion = NewNormal.FindPhase("kabupaten-kota")!.ParticipantsPerRegion;

        (perRegion * 68).Should().BeCloseTo(480, 20);
    }

    [Fact]
    public void AsRunSessions_AreTheFourReportedBdiSessionsInsideThePhaseWindow()
    {
        var sessions = EmbeddedProgrammes.AsRunSessions(EmbeddedProgrammes.NewNormal2020);
        var phase = NewNormal.FindPhase("kabupaten-kota")!;

        sessions.Select(s => s.Centre.Value).Should().Equal("BDI-DPS", "BDI-YOG", "BDI-PDG", "BDI-SBY");
        sessions.Should().OnlyContain(s => phase.Window!.Contains(s.Start) && phase.Window.Contains(s.End) && s.PhaseId == phase.Id);
        sessions.Should().OnlyContain(s => Bdi.FindCentre(s.Centre) != null);
        sessions[1].Participants.Should().Be(480);
        sessions[1].Regencies.Should().Be(68);
        sessions[3].Participants.Should().BeNull();
        sessions[2].Start.Should().Be(sessions[2].End);
    }

    [Fact]
    public void Load_WhenCodeUnknown_NamesTheEmbeddedOnes()
    {
        var act = () => EmbeddedProgrammes.Load("NOPE");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain(EmbeddedProgrammes.NewNormal2020);
    }

    [Fact]
    public void Load_GivesANewInstanceEachTime()
    {
        EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020).Should().NotBeSameAs(NewNormal);
    }
}
