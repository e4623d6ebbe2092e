using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Tests.Participants;

public class EligibilityPolicyTests
{
    private static readonly EligibilityPolicy Policy = new(Reference.Map, Reference.Bdi);
    private static readonly Instant Submitted = Instant.FromUtc(2020, 6, 1, 2, 0);

    // Phase p2 of the test programme: kabupaten/kota level, for kepala dinas (JPT Pratama).
    private static readonly Phase P2 = new ProgrammeBuilder().Build().FindPhase("p2")!;
    private static readonly TrainingSession S1 = new SessionBuilder().Build();

    [Fact]
    public void Check_WhenEverythingFits_Succeeds()
    {
        var nomination = Nominate(People.Official(1));

        Policy.Check(nomination, new EligibilityContext(P2, S1)).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_WhenProvincialAgencyNominatesItsRegencyOfficial_Succeeds() =>
        Policy.Check(Nominate(People.Official(1), People.YogyakartaProvinceOffice), new EligibilityContext(P2, S1)).Succeeded.Should().BeTrue();

    [Fact]
    public void Check_WhenPositionIsNotInTheAudience_ReportsIt()
    {
        var result = Policy.Check(Nominate(People.Official(1, kind: PositionKind.Pelaksana)), new EligibilityContext(P2, S1));

        result.Violations.Should().ContainSingle().Which.Code.Should().Be(PositionNotInAudience);
        result.Violations[0].Details["Kind"].Should().Be(PositionKind.Pelaksana);
    }

    [Fact]
    public void Check_WhenAgencyIsProvincialInAKabupatenKotaPhase_ReportsTheLevel()
    {
        var provincial = People.Official(1, People.YogyakartaProvinceOffice);

        var result = Policy.Check(Nominate(provincial, People.YogyakartaProvinceOffice), new EligibilityContext(P2, S1));

        result.Violations.Select(v => v.Code).Should().Equal(AgencyLevelMismatch);
    }

    [Fact]
    public void Check_WhenRegionIsNotInvited_ReportsIt()
    {
        var session = new SessionBuilder().WithRegions("34.01").Build();

        var result = Policy.Check(Nominate(People.Official(1)), new EligibilityContext(P2, session));

        result.Violations.Select(v => v.Code).Should().Equal(RegionNotInvited);
    }

    [Fact]
    public void Check_WhenAnotherCentreServesTheRegion_ReportsTheServingCentre()
    {
        var serang = new Agency("Dinas Perindustrian Kabupaten Serang", Reference.Code("36.02"), AgencyLevel.Regency);
        var session = new SessionBuilder().WithRegions("34.71", "36.02").Build();

        var result = Policy.Check(Nominate(People.Official(1, serang), serang), new EligibilityContext(P2, session));

        var violation = result.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RegionNotServedByCentre);
        violation.Details["ServingCentre"].Should().Be("BDI-JKT");
        violation.Details["Centre"].Should().Be("BDI-YOG");
    }

    [Fact]
    public void Check_WhenTheRegionIsReassignedToTheSessionsCentre_DoesNotReportTheCentre()
    {
        var serang = new Agency("Dinas Perindustrian Kabupaten Serang", Reference.Code("36.02"), AgencyLevel.Regency);
        var session = new SessionBuilder().WithRegions("34.71", "36.02").Build();
        var context = new EligibilityContext(P2, session, reassignments: [new RegionReassignment(Reference.Code("36.02"), Reference.Centre("BDI-YOG"), "platform capacity")]);

        Policy.Check(Nominate(People.Official(1, serang), serang), context).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Check_WhenTheRegionDidNotExistYet_ReportsItNotInForce()
    {
        // Kab. Merauke under its 2022 code 93.01 did not exist in June 2020.
        var merauke = new Agency("Dinas Perindustrian Kabupaten Merauke", Reference.Code("93.01"), AgencyLevel.Regency);

        var result = Policy.Check(Nominate(People.Official(1, merauke), merauke), new EligibilityContext(P2, S1));

        result.Violations.Select(v => v.Code).Should().Equal(RegionNotInForce);
    }

    [Fact]
    public void Check_WhenAlreadyInThePhase_NamesTheOtherSession()
    {
        var official = People.Official(1);
        var context = new EligibilityContext(P2, S1, new Dictionary<Nip, string> { [official.Nip] = "S0" });

        var violation = Policy.Check(Nominate(official), context).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(AlreadyEnrolledInPhase);
        violation.Details["OtherSession"].Should().Be("S0");
    }

    [Fact]
    public void Check_WhenAnUnrelatedAgencyNominates_ReportsTheNominator()
    {
        var result = Policy.Check(Nominate(People.Official(1), People.SerangIndustryOffice), new EligibilityContext(P2, S1));

        result.Violations.Select(v => v.Code).Should().Equal(NominatorNotResponsible);
    }

    [Fact]
    public void Check_WhenSeveralRulesBreak_ReportsEveryOne()
    {
        var official = People.Official(1, kind: PositionKind.Pelaksana);
        var session = new SessionBuilder().WithRegions("34.01").Build();
        var context = new EligibilityContext(P2, session, new Dictionary<Nip, string> { [official.Nip] = "S0" });

        var result = Policy.Check(new Nomination(official, "S9", People.SerangIndustryOffice, Submitted), context);

        result.Violations.Select(v => v.Code).Should().BeEquivalentTo(
            [NominationForOtherSession, PositionNotInAudience, NominatorNotResponsible, RegionNotInvited, AlreadyEnrolledInPhase]);
    }

    [Fact]
    public void Context_WhenSessionIsOfAnotherPhase_Throws() =>
        ((Action)(() => _ = new EligibilityContext(P2, new SessionBuilder().InPhase("p1").Build())))
            .Should().Throw<ArgumentException>().WithParameterName("session");

    private static Nomination Nominate(Participant participant, Agency? by = null) =>
        new(participant, "S1", by ?? participant.Agency, Submitted);

    [Fact]
    public void Constructor_WhenADirectoryIsMissing_NamesIt()
    {
        ((Action)(() => _ = new EligibilityPolicy(null!, Reference.Bdi))).Should().Throw<ArgumentNullException>().WithParameterName("regions");
        ((Action)(() => _ = new EligibilityPolicy(Reference.Map, null!))).Should().Throw<ArgumentNullException>().WithParameterName("centres");
    }

    [Fact]
    public void Check_WhenNominationOrContextIsMissing_NamesIt()
    {
        ((Action)(() => Policy.Check(null!, new EligibilityContext(P2, S1)))).Should().Throw<ArgumentNullException>().WithParameterName("nomination");
        ((Action)(() => Policy.Check(Nominate(People.Official(1)), null!))).Should().Throw<ArgumentNullException>().WithParameterName("context");
    }

    [Fact]
    public void Context_WhenPhaseOrSessionIsMissing_NamesIt()
    {
        ((Action)(() => _ = new EligibilityContext(null!, S1))).Should().Throw<ArgumentNullException>().WithParameterName("phase");
        ((Action)(() => _ = new EligibilityContext(P2, null!))).Should().Throw<ArgumentNullException>().WithParameterName("session");
    }

    [Fact]
    public void Context_WhenSessionIsOfAnotherPhase_NamesBothPhases() =>
        ((Action)(() => _ = new EligibilityContext(P2, new SessionBuilder().InPhase("p1").Build())))
            .Should().Throw<ArgumentException>().WithMessage("Session S1 belongs to phase p1, not p2.*");
}
