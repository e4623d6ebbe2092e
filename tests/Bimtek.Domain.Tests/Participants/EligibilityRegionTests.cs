using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Tests.Participants;

// Which region an agency stands for, on which day, and who serves and nominates it.
public class EligibilityRegionTests
{
    private static readonly EligibilityPolicy Policy = new(Reference.Map, Reference.Bdi);
    private static readonly Instant Submitted = Instant.FromUtc(2022, 6, 1, 2, 0);

    // Kab. Merauke: 91.01 (Papua) until UU 14/2022 of 25 July 2022, then 93.01 (Papua Selatan), served by BDI Makassar.
    private static readonly Agency MeraukeAsWrittenBefore2022 = new("Dinas Perindustrian Kabupaten Merauke", Reference.Code("91.01"), AgencyLevel.Regency);
    private static readonly Agency MeraukeUnderItsNewCode = new("Dinas Perindustrian Kabupaten Merauke", Reference.Code("93.01"), AgencyLevel.Regency);

    [Fact]
    public void Check_JudgesTheRegionOnTheSessionsFirstDay()
    {
        // The session starts before UU 14/2022 and ends after it: on its first day 93.01 did not exist yet.
        var session = PapuaSession("BDI-MKS", new LocalDate(2022, 7, 22), new LocalDate(2022, 7, 26));

        var violation = Check(MeraukeUnderItsNewCode, new EligibilityContext(Phase(new LocalDate(2022, 7, 1)), session))
            .Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RegionNotInForce);
        violation.Details["Date"].Should().Be(new LocalDate(2022, 7, 22));
    }

    [Fact]
    public void Check_WhenTheSessionHasNoDayYet_JudgesTheRegionOnThePhasesStart()
    {
        var session = PapuaSession("BDI-MKS");

        var violation = Check(MeraukeUnderItsNewCode, new EligibilityContext(Phase(new LocalDate(2022, 7, 1)), session))
            .Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RegionNotInForce);
        violation.Details["Date"].Should().Be(new LocalDate(2022, 7, 1));
    }

    [Fact]
    public void Check_FollowsAnOldPapuaCodeToItsCodeOfTheDay()
    {
        // An agency still recorded under 91.01 is Merauke, now 93.01: invited and served as 93.01.
        var session = PapuaSession("BDI-MKS", new LocalDate(2022, 8, 8));

        Check(MeraukeAsWrittenBefore2022, new EligibilityContext(Phase(new LocalDate(2022, 8, 1)), session)).Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("93.01")]
    [InlineData("91.01")]
    public void Check_HonoursAReassignmentRecordedUnderEitherCodeOfTheRegion(string recordedAs)
    {
        // BDI Yogyakarta does not serve Papua Selatan; a recorded decision sends Merauke there all the same.
        var session = PapuaSession("BDI-YOG", new LocalDate(2022, 8, 8));
        var reassignment = new RegionReassignment(Reference.Code(recordedAs), Reference.Centre("BDI-YOG"), "platform capacity");
        var context = new EligibilityContext(Phase(new LocalDate(2022, 8, 1)), session, reassignments: [reassignment]);

        Check(MeraukeAsWrittenBefore2022, context).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_WhenAnotherRegionIsReassignedToTheSessionsCentre_StillReportsTheCentre()
    {
        var serang = new Agency("Dinas Perindustrian Kabupaten Serang", Reference.Code("36.02"), AgencyLevel.Regency);
        var session = new SessionBuilder().WithRegions("34.71", "36.02").Build();
        var tangerangMoved = new RegionReassignment(Reference.Code("36.03"), Reference.Centre("BDI-YOG"), "platform capacity");
        var context = new EligibilityContext(P2(), session, reassignments: [tangerangMoved]);

        Check(serang, context).Violations.Select(v => v.Code).Should().Equal(RegionNotServedByCentre);
    }

    [Fact]
    public void Check_WhenNoCentreServesTheRegion_ShowsADashForTheServingCentre()
    {
        var policy = new EligibilityPolicy(Reference.Map, new NoServiceAreas(Reference.Bdi));

        var violation = policy.Check(Nominate(People.Official(1)), new EligibilityContext(P2(), new SessionBuilder().Build()))
            .Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RegionNotServedByCentre);
        violation.Details["ServingCentre"].Should().Be("-");
    }

    [Fact]
    public void Check_WhenTheSessionInvitesNoRegionInParticular_AcceptsEveryRegionItsCentreServes()
    {
        var open = new SessionBuilder().WithRegions().Build();

        Policy.Check(Nominate(People.Official(1)), new EligibilityContext(P2(), open)).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_InAProvincePhase_AcceptsAProvincialAgencyOfAnInvitedProvince()
    {
        var provincePhase = new Phase(
            "p2", "Phase p2", RegionLevel.Province, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)],
            new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), PhaseDelivery.ThroughServingCentres, null, null);
        var session = new SessionBuilder().WithRegions("34").Build();
        var official = People.Official(1, People.YogyakartaProvinceOffice);

        Policy.Check(Nominate(official), new EligibilityContext(provincePhase, session)).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_WhenACentralAgencySeatedInTheProvinceNominates_ReportsTheNominator()
    {
        var ministryUnit = new Agency("Pusat Pengembangan SDM Industri", Reference.Code("34"), AgencyLevel.Central);
        var official = People.Official(1);

        var result = Policy.Check(new Nomination(official, "S1", ministryUnit, Submitted), new EligibilityContext(P2(), new SessionBuilder().Build()));

        result.Violations.Select(v => v.Code).Should().Equal(NominatorNotResponsible);
    }

    [Fact]
    public void Check_WhenThePositionIsNotInTheAudience_ListsTheWholeAudience()
    {
        var phase = ProgrammeBuilder.Phase(
            "p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30),
            audience: [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1), new AudienceMember(PositionKind.Administrator, "Kepala Bidang", 1)]);

        var violation = Policy.Check(Nominate(People.Official(1, kind: PositionKind.Pelaksana)), new EligibilityContext(phase, new SessionBuilder().Build()))
            .Violations.Should().ContainSingle().Which;

        violation.Details["Audience"].Should().Be("JptPratama, Administrator");
    }

    private static Phase P2() => new ProgrammeBuilder().Build().FindPhase("p2")!;

    private static Phase Phase(LocalDate start) => ProgrammeBuilder.Phase("p2", start, start.PlusDays(60));

    private static TrainingSession PapuaSession(string centre, params LocalDate[] days) =>
        new SessionBuilder()
            .At(centre)
            .WithRegions("93.01")
            .WithDays([.. days.Select(d => SessionBuilder.Day(d, SessionBuilder.StandardAgenda()))])
            .Build();

    private static RuleResult Check(Agency agency, EligibilityContext context) =>
        Policy.Check(Nominate(People.Official(1, agency)), context);

    private static Nomination Nominate(Participant participant) => new(participant, "S1", participant.Agency, Submitted);

    // A centre directory in which no centre serves any region.
    private sealed class NoServiceAreas(ICentreDirectory inner) : ICentreDirectory
    {
        public IReadOnlyList<TrainingCentre> Centres => inner.Centres;

        public TrainingCentre? FindCentre(CentreCode code) => inner.FindCentre(code);

        public ServiceArea? FindServiceArea(RegionCode region, LocalDate asOf) => null;

        public IReadOnlyList<ServiceArea> GetServiceAreas(LocalDate asOf) => [];

        public IReadOnlyList<Province> GetProvincesServed(CentreCode centre, LocalDate asOf) => [];

        public IReadOnlyList<Regency> GetRegenciesServed(CentreCode centre, LocalDate asOf) => [];
    }
}
