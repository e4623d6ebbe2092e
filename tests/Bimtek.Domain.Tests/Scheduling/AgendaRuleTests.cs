using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Rules 4 and 5 within a session: JP a day, the curriculum's JP, test order and overlaps within a day.</summary>
public class AgendaRuleTests
{
    private static readonly LocalDate Tuesday = new(2020, 6, 9);

    private static TestValidationResult<Schedule> Validate(SessionBuilder session) =>
        Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenADayTeachesNineJp_ReportsClassDailyJpExceededOnThatDay()
    {
        // 07:30–07:45 pre-test, M1 07:45–11:30 (5 JP), M2 13:00–16:00 (4 JP).
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.PreTest, 7, 30, 15), Teach("M1", 7, 45, 5), Block(AgendaItemKind.Ishoma, 12, 0, 60), Teach("M2", 13, 0, 4));

        var result = Validate(session);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0]").WithErrorCode(ClassDailyJpExceeded).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Date", new LocalDate(2020, 6, 8)).And.Contain("Jp", 9).And.Contain("Max", 8);
        result.WithCode(ClassDailyJpExceeded).Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenADayTeachesExactlyEightJp_IsSilentOnDailyJp()
    {
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.PreTest, 7, 30, 15), Teach("M1", 7, 45, 4), Block(AgendaItemKind.Ishoma, 12, 0, 60), Teach("M2", 13, 0, 4));

        var result = Validate(session);

        result.ShouldNotHaveValidationErrorFor("Sessions[0].Days[0]");
        result.Errors.Select(e => e.ErrorCode).Should().OnlyContain(c => c == ModuleJpMismatch, "only the curriculum (2 + 2 JP) is off");
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void Validate_WhenHostSetsMaxJpPerDay_ReportsDaysAboveIt(int max, bool reported)
    {
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, CalendarReference.Embedded, new ScheduleLimits(MaxJpPerDay: max));

        var result = validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder()).Build());

        result.CodesBesidesCoverage().Should().Equal(reported ? [ClassDailyJpExceeded] : []);
        result.WithCode(ClassDailyJpExceeded).Select(e => e.PropertyName).Should().Equal(reported ? ["Sessions[0].Days[0]"] : []);
    }

    [Fact]
    public void Validate_WhenAModuleIsTaughtOneJpShort_ReportsModuleJpMismatchForThatModuleOnly()
    {
        var agenda = StandardAgenda();
        agenda[2] = Teach("M1", 9, 0, 1, "W1");

        var result = Validate(new SessionBuilder().WithAgenda(agenda));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ModuleJpMismatch).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Module", "M1").And.Contain("Delivered", 1).And.Contain("Required", 2);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenAModuleIsSplitOverTwoDays_CountsBothParts()
    {
        var session = new SessionBuilder().WithDays(
            Day(CalendarReference.Monday, Block(AgendaItemKind.PreTest, 8, 30, 30), Teach("M1", 9, 0, 1), Block(AgendaItemKind.Ishoma, 12, 0, 60), Teach("M2", 13, 0, 2)),
            Day(Tuesday, Teach("M1", 8, 0, 1), Block(AgendaItemKind.PostTest, 8, 45, 30)));

        Validate(session).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAModuleIsNotInTheCurriculum_ReportsUnknownModuleAtItsItem()
    {
        var agenda = StandardAgenda();
        agenda[4] = Teach("M9", 13, 0, 2, "W2");

        var result = Validate(new SessionBuilder().WithAgenda(agenda));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[4]").WithErrorCode(UnknownModule).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Module", "M9");
        result.WithCode(UnknownModule).Should().ContainSingle();
        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ModuleJpMismatch)
            .Should().ContainSingle().Which.Details().Should().Contain("Module", "M2").And.Contain("Delivered", 0);
    }

    [Fact]
    public void Validate_WhenBlocksCarryNoModule_IsSilentOnModules()
    {
        var result = Validate(new SessionBuilder().WithAgenda([.. StandardAgenda(), Block(AgendaItemKind.Break, 10, 30, 15), Block(AgendaItemKind.Closing, 15, 0, 30)]));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenPreTestComesAfterTeaching_ReportsPreTestNotFirst()
    {
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.Opening, 8, 0, 30), Teach("M1", 8, 30, 2), Block(AgendaItemKind.PreTest, 10, 0, 30), Teach("M2", 13, 0, 2));

        var result = Validate(session);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(PreTestNotFirst).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("Date", new LocalDate(2020, 6, 8)).And.Contain("LocalStart", "10:00");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenPreTestIsOnTheSecondDay_ReportsPreTestNotFirstThere()
    {
        var session = new SessionBuilder().WithDays(
            Day(CalendarReference.Monday, Teach("M1", 9, 0, 2), Block(AgendaItemKind.Ishoma, 12, 0, 60), Teach("M2", 13, 0, 2)),
            Day(Tuesday, Block(AgendaItemKind.PreTest, 8, 0, 30), Block(AgendaItemKind.PostTest, 8, 30, 30)));

        var result = Validate(session);

        result.ShouldHaveValidationErrorFor("Sessions[0].Days[1].Items[0]").WithErrorCode(PreTestNotFirst);
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenPreTestEndsAsTeachingStarts_IsSilent()
    {
        var agenda = StandardAgenda();
        agenda[1].End.Should().Be(agenda[2].Start);

        Validate(new SessionBuilder().WithAgenda(agenda)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenPostTestComesBeforeTheLastTeaching_ReportsPostTestNotLast()
    {
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.PreTest, 8, 30, 30), Teach("M1", 9, 0, 2), Block(AgendaItemKind.PostTest, 10, 30, 30), Block(AgendaItemKind.Ishoma, 12, 0, 60), Teach("M2", 13, 0, 2));

        var result = Validate(session);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(PostTestNotLast).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1").And.Contain("LocalStart", "10:30");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenPostTestStartsAsTeachingEnds_IsSilent()
    {
        var agenda = StandardAgenda();
        agenda[4].End.Should().Be(agenda[5].Start);

        Validate(new SessionBuilder().WithAgenda(agenda)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenABreakStartsInsideTeaching_ReportsAgendaItemsOverlapNamingBoth()
    {
        var result = Validate(new SessionBuilder().WithAgenda([.. StandardAgenda(), Block(AgendaItemKind.Break, 10, 15, 15)]));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[6]").WithErrorCode(AgendaItemsOverlap).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Date", new LocalDate(2020, 6, 8))
            .And.Contain("Item", "Break 10:15–10:30")
            .And.Contain("OtherItem", "M1 09:00–10:30");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenItemsTouchEndToStart_IsSilent()
    {
        Validate(new SessionBuilder().WithAgenda([.. StandardAgenda(), Block(AgendaItemKind.Break, 10, 30, 15)])).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenItemsAreListedOutOfOrder_ReportsEachOverlapAtItsOwnIndexAgainstTheLongestItem()
    {
        // [0] M1 09:00–10:30 listed after the breaks nested in it, and a pre-test listed last.
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.Break, 9, 45, 15),
            Block(AgendaItemKind.Break, 9, 15, 15),
            Teach("M1", 9, 0, 2),
            Block(AgendaItemKind.Ishoma, 12, 0, 60),
            Teach("M2", 13, 0, 2),
            Block(AgendaItemKind.PreTest, 8, 30, 30));

        var result = Validate(session);

        result.WithCode(AgendaItemsOverlap).Select(e => (e.PropertyName, e.Details()["OtherItem"])).Should().Equal(
            ("Sessions[0].Days[0].Items[1]", "M1 09:00–10:30"),
            ("Sessions[0].Days[0].Items[0]", "M1 09:00–10:30"));
        result.Errors.Should().HaveCount(2);
    }
}
