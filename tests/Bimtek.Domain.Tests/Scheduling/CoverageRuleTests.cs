using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Who is invited where: valid target regions, each once per phase (8), at the serving centre (11), and every
/// target region covered (12).</summary>
public class CoverageRuleTests
{
    private static readonly LocalDate Tuesday = new(2020, 6, 9);

    private static TestValidationResult<Schedule> Validate(ScheduleBuilder schedule) => Validator.TestValidate(schedule.CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenARegionIsInTwoSessionsOfAPhase_ReportsRegionAssignedTwiceAtTheSecond()
    {
        var second = new SessionBuilder().WithId("S2").On(Tuesday).WithRegions("33.01", "34.04").WithAgenda(StandardAgenda("W3", "W4"));

        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), second));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Regions[1]").WithErrorCode(RegionAssignedTwice).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Region", "34.04")
            .And.Contain("Phase", "p2")
            .And.Contain("Session", "S2")
            .And.Contain("OtherSession", "S1");
        result.Errors.Should().ContainSingle("the sessions are on different days, so the region is not double-booked");
    }

    [Fact]
    public void Validate_WhenARegionIsListedTwiceInOneSession_ReportsTheRepeat()
    {
        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithRegions([.. Yogyakarta, "34.04"])));

        result.ShouldHaveValidationErrorFor("Sessions[0].Regions[5]").WithErrorCode(RegionAssignedTwice);
        result.Errors.Should().ContainSingle();
    }

    [Theory]
    [InlineData("34.99")]
    [InlineData("34")]
    public void Validate_WhenARegionIsNotAKabupatenKotaInForce_ReportsUnknownRegion(string code)
    {
        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithRegions([.. Yogyakarta, code])));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Regions[5]").WithErrorCode(UnknownRegion).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Region", code).And.Contain("Session", "S1").And.Contain("Phase", "p2").And.Contain("Date", new LocalDate(2020, 6, 8));
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenAnOldPapuaCodeIsUsedAfterTheRecoding_FollowsItToTheNewRegion()
    {
        // 91.01 Merauke became 93.01 (Papua Selatan, UU 14/2022); both are served by BDI Makassar.
        var programme = new ProgrammeBuilder().WithPhases(ProgrammeBuilder.Phase("p2", new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30))).Build();
        var session = new SessionBuilder().At("BDI-MKS").On(new LocalDate(2023, 6, 5)).WithRegions("91.01");

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(session).Build());

        result.CodesBesidesCoverage().Should().BeEmpty();
        result.WithCode(RegionNotCovered).Should().ContainSingle()
            .Which.Details()["Missing"].Should().BeAssignableTo<IEnumerable<string>>().Which.Should().NotContain(["91.01", "93.01"]);
    }

    [Fact]
    public void Validate_WhenARegionAttendsAnotherCentre_ReportsWrongCentreNamingTheServingOne()
    {
        var jakarta = new SessionBuilder().At("BDI-JKT").WithRegions("32.01", "34.01");

        var result = Validate(new ScheduleBuilder().WithSessions(jakarta));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Regions[1]").WithErrorCode(WrongCentre).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Region", "34.01")
            .And.Contain("Session", "S1")
            .And.Contain("Centre", "BDI-JKT")
            .And.Contain("ServingCentre", "BDI-YOG")
            .And.Contain("Date", new LocalDate(2020, 6, 8));
        result.Errors.Should().ContainSingle();
    }

    [Theory]
    [InlineData("34.01")]
    [InlineData("34")]
    public void Validate_WhenTheRegionOrItsProvinceIsReassigned_IsSilent(string reassigned)
    {
        var jakarta = new SessionBuilder().At("BDI-JKT").WithRegions("32.01", "34.01");

        Validate(new ScheduleBuilder().WithSessions(jakarta).WithReassignment(reassigned, "BDI-JKT")).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("93")]
    [InlineData("93.01")]
    [InlineData("91.01")]
    public void Validate_WhenTheReassignmentNamesAnOldCodeInvitedByItsNewOrItsOwnCode_IsSilent(string reassigned)
    {
        // Merauke, invited as 91.01, is 93.01 in Papua Selatan since UU 14/2022; the reassignment names it by the new code
        // (or its province's), or as invited.
        var programme = new ProgrammeBuilder().WithPhases(ProgrammeBuilder.Phase("p2", new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30))).Build();
        var denpasar = new SessionBuilder().At("BDI-DPS").On(new LocalDate(2023, 6, 5)).WithRegions("51.01", "91.01");
        var schedule = new ScheduleBuilder().WithProgramme(programme).WithSessions(denpasar).WithReassignment(reassigned, "BDI-DPS").Build();

        var result = Validator.TestValidate(schedule);

        result.CodesBesidesCoverage().Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenTheReassignmentIsToAnotherCentre_StillReportsWrongCentre()
    {
        var jakarta = new SessionBuilder().At("BDI-JKT").WithRegions("32.01", "34.01");

        var result = Validate(new ScheduleBuilder().WithSessions(jakarta).WithReassignment("34.01", "BDI-SBY"));

        result.ShouldHaveValidationErrorFor("Sessions[0].Regions[1]").WithErrorCode(WrongCentre);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenThePhaseIsDeliveredCentrally_DoesNotCheckServingCentres()
    {
        var central = new Phase(
            "p2",
            "Central phase",
            RegionLevel.Regency,
            [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)],
            new LocalDate(2020, 6, 1),
            new LocalDate(2020, 6, 30),
            PhaseDelivery.Central);
        var programme = new ProgrammeBuilder().WithPhases(central).Build();
        var jakarta = new SessionBuilder().At("BDI-JKT").WithRegions("32.01", "34.01");

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(jakarta).Build());

        result.CodesBesidesCoverage().Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenOneSessionCoversFiveRegions_ReportsRegionNotCoveredOnceForThePhaseWithTheRest()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder()).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions").WithErrorCode(RegionNotCovered).Should().ContainSingle("p1 has no session, so it is not judged").Subject;
        failure.Details().Should().Contain("Phase", "p2").And.Contain("Count", 503);
        var missing = failure.Details()["Missing"].Should().BeAssignableTo<IReadOnlyCollection<string>>().Subject;
        missing.Should().HaveCount(503).And.Contain(["11.01", "91.03", "33.01"]).And.NotContain(Yogyakarta)
            .And.NotContain("31.71", "Jakarta's administrative cities are no target");
    }

    [Fact]
    public void Validate_WhenAllButOneRegionAreCovered_ReportsThatRegion()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder()).CoveringTheRest("p2", "91.71").Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions").WithErrorCode(RegionNotCovered).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Count", 1).And.Contain("Regions", "91.71");
        failure.Details()["Missing"].Should().BeAssignableTo<IEnumerable<string>>().Which.Should().Equal("91.71");
        result.Errors.Should().ContainSingle();
    }
}
