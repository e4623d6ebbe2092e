using Bimtek.Domain.Common;
using Bimtek.Domain.Testing;
using FluentValidation;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

public class ScheduleValidatorTests
{
    [Fact]
    public void Validate_WhenEveryTargetRegionIsInACleanSession_HasNoFailure()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder()).CoveringTheRest().Build();

        var result = Validator.TestValidate(schedule);

        result.ShouldNotHaveAnyValidationErrors();
        schedule.Sessions.Should().HaveCount(8, "the Yogyakarta session and one more session per centre");
        schedule.Sessions.SelectMany(s => s.Regions).Should().HaveCount(508).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Validate_WhenTheBaseSessionAlone_ReportsOnlyTheRegionsNotCovered()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder()).Build());

        var failure = result.Errors.Should().ContainSingle().Subject;
        failure.ErrorCode.Should().Be(RegionNotCovered);
        failure.Details().Should().Contain("Phase", "p2").And.Contain("Count", 508 - 5);
    }

    [Fact]
    public void Validate_WhenSeveralRulesBrokenInOneSession_ReportsEveryOne()
    {
        var session = new SessionBuilder()
            .On(new LocalDate(2020, 6, 13))
            .WithSeatLimit(2)
            .WithAgenda(SessionBuilder.Teach("M1", 9, 0, 2), SessionBuilder.Teach("M9", 10, 0, 2));

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Date").WithErrorCode(NonWorkingDay);
        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ClassOverCapacity);
        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[1]").WithErrorCode(UnknownModule);
        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[1]").WithErrorCode(AgendaItemsOverlap);
        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ModuleJpMismatch);
        result.Errors.Select(e => e.ErrorCode).Should().BeEquivalentTo([NonWorkingDay, ClassOverCapacity, UnknownModule, AgendaItemsOverlap, ModuleJpMismatch]);
        result.Errors.Should().OnlyContain(e => e.Severity == Severity.Error);
    }

    [Fact]
    public void Validate_WhenUiCultureIsIndonesianOrEnglish_WritesTheMessageInThatLanguage()
    {
        var session = new SessionBuilder().WithAgenda(SessionBuilder.Teach("M1", 9, 0, 1), SessionBuilder.Teach("M2", 13, 0, 2));
        var schedule = new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build();
        var id = UiCulture.Under(RuleLanguage.Indonesian, () => Validator.Validate(schedule).Errors.Single().ErrorMessage);
        var en = UiCulture.Under(RuleLanguage.English, () => Validator.Validate(schedule).Errors.Single().ErrorMessage);

        id.Should().Be("Sesi S1 menyampaikan 1 JP mata pelatihan M1; kurikulum menetapkan 2 JP.");
        en.Should().Be("Session S1 delivers 1 JP of module M1; the curriculum sets 2 JP.");
    }

    [Fact]
    public void Validate_WhenCalledTwice_GivesTheSameFailures()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder().On(new LocalDate(2020, 6, 1))).Build();

        var first = Validator.Validate(schedule).Errors.Select(e => (e.ErrorCode, e.PropertyName));
        var second = Validator.Validate(schedule).Errors.Select(e => (e.ErrorCode, e.PropertyName));

        second.Should().Equal(first);
    }
}
