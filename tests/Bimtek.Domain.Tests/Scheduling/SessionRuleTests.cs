using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ProgrammeBuilder;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Rules on a session as a whole: its days, centre and phase (integrity), the phase window and prerequisite
/// (10), and class size (9).</summary>
public class SessionRuleTests
{
    private static TestValidationResult<Schedule> Validate(SessionBuilder session) =>
        Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenSessionHasNoDay_ReportsSessionWithoutDays()
    {
        var result = Validate(new SessionBuilder().WithDays());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(SessionWithoutDays).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1");
        result.Errors.Select(e => e.ErrorCode).Should().BeEquivalentTo(
            [SessionWithoutDays, RegionNotCovered], "a session without days covers no region, and is not also reported per module");
    }

    [Fact]
    public void Validate_WhenOneDayHasNoItem_ReportsSessionWithoutDaysOnce()
    {
        var result = Validate(new SessionBuilder().WithDays(Day(CalendarReference.Monday, StandardAgenda()), Day(new LocalDate(2020, 6, 9))));

        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(SessionWithoutDays);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenSecondDayHoldsOnlyThePostTest_IsSilent()
    {
        var session = new SessionBuilder().WithDays(
            Day(CalendarReference.Monday, StandardAgenda()[..5]),
            Day(new LocalDate(2020, 6, 9), Block(AgendaItemKind.PostTest, 8, 0, 30)));

        Validate(session).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenCentreIsUnknown_ReportsUnknownCentre()
    {
        var result = Validate(new SessionBuilder().At("BDI-XXX"));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Centre").WithErrorCode(UnknownCentre).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Centre", "BDI-XXX");
        result.WithCode(UnknownCentre).Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenCentreCodeIsWrittenInLowerCase_IsSilent()
    {
        Validate(new SessionBuilder().At("bdi-yog")).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenPhaseIsNotInTheProgramme_ReportsUnknownPhase()
    {
        var result = Validate(new SessionBuilder().InPhase("p9"));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].PhaseId").WithErrorCode(UnknownPhase).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Phase", "p9");
        result.Errors.Should().ContainSingle("the fillers cover p2, and a session of an unknown phase is not counted anywhere");
    }

    [Fact]
    public void Validate_WhenSessionIsOfTheFirstPhase_IsSilentOnPhase()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().InPhase("p1").On(new LocalDate(2020, 5, 11))).Build());

        result.ShouldNotHaveValidationErrorFor("Sessions[0].PhaseId");
        result.CodesBesidesCoverage().Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenLastDayIsAfterThePhaseWindow_ReportsOutsidePhaseWindowOnThatDayOnly()
    {
        var session = new SessionBuilder().WithDays(
            Day(new LocalDate(2020, 6, 30), StandardAgenda()[..5]),
            Day(new LocalDate(2020, 7, 1), Block(AgendaItemKind.PostTest, 8, 0, 30)));

        var result = Validate(session);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[1].Date").WithErrorCode(OutsidePhaseWindow).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Date", new LocalDate(2020, 7, 1))
            .And.Contain("Phase", "p2")
            .And.Contain("PhaseStart", new LocalDate(2020, 6, 1))
            .And.Contain("PhaseEnd", new LocalDate(2020, 6, 30));
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenSessionIsOnTheLastDayOfThePhase_IsSilent()
    {
        Validate(new SessionBuilder().On(new LocalDate(2020, 6, 30))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenSessionStartsBeforeThePrerequisitePhaseEnds_ReportsBeforePrerequisiteEnded()
    {
        var programme = new ProgrammeBuilder().WithPhases(
            Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 6, 10)),
            Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1")).Build();

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder()).CoveringTheRest().Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(BeforePrerequisiteEnded).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Date", new LocalDate(2020, 6, 8))
            .And.Contain("Prerequisite", "p1")
            .And.Contain("PrerequisiteEnd", new LocalDate(2020, 6, 10));
        result.Errors.Should().ContainSingle("the other sessions of p2 start on 16 June, after p1");
    }

    [Fact]
    public void Validate_WhenSessionStartsTheDayAfterThePrerequisiteEnds_IsSilent()
    {
        var programme = new ProgrammeBuilder().WithPhases(
            Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 6, 7)),
            Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1")).Build();

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder()).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenRegionsInvitedExceedTheSeatLimit_ReportsClassOverCapacity()
    {
        var result = Validate(new SessionBuilder().WithSeatLimit(4));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ClassOverCapacity).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Participants", 5).And.Contain("Capacity", 4);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenRegionsInvitedFillTheSeatLimitExactly_IsSilent()
    {
        Validate(new SessionBuilder().WithSeatLimit(5)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenParticipantsAreEnrolled_CountsThemInsteadOfTheRegions()
    {
        var over = Validate(new SessionBuilder().WithSeatLimit(2).WithParticipants(1, 2, 3));
        var within = Validate(new SessionBuilder().WithSeatLimit(3).WithParticipants(1, 2, 3));

        over.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ClassOverCapacity)
            .Should().ContainSingle().Which.Details().Should().Contain("Participants", 3).And.Contain("Capacity", 2);
        within.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(4, null, 4)]
    [InlineData(2, 2, 4)]
    public void Validate_WhenInPersonOrHybridClassIsTooBig_ReportsClassOverCapacityOfRoomAndSeats(int room, int? seats, int capacity)
    {
        var session = seats is null ? new SessionBuilder().InPerson("BDI Yogyakarta", "R1", room) : new SessionBuilder().Hybrid("BDI Yogyakarta", "R1", room, seats);

        var result = Validate(session);

        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ClassOverCapacity)
            .Should().ContainSingle().Which.Details().Should().Contain("Participants", 5).And.Contain("Capacity", capacity);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenHybridClassFitsRoomAndSeatsTogether_IsSilent()
    {
        Validate(new SessionBuilder().Hybrid("BDI Yogyakarta", "R1", 3, 2)).ShouldNotHaveAnyValidationErrors();
    }
}
