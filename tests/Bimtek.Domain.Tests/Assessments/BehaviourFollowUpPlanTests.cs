using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

public class BehaviourFollowUpPlanTests
{
    [Fact]
    public void Create_SchedulesEachParticipantMonthsAfterTheLastDay_WithTheirSupervisor()
    {
        var plan = BehaviourFollowUpPlan.Create("BDI-DPS-2020-06", new LocalDate(2020, 6, 16), [(Nip(1), Nip(900)), (Nip(2), null)]);

        plan.FollowUps.Should().HaveCount(2);
        plan.FollowUps.Should().OnlyContain(f => f.Due == new LocalDate(2020, 9, 16));
        plan.FollowUps[0].Supervisor.Should().Be(Nip(900));
        plan.FollowUps[1].Supervisor.Should().BeNull();
        var warning = plan.Result.Violations.Should().ContainSingle().Subject;
        warning.Code.Should().Be(AssessmentRuleCodes.FollowUpSupervisorMissing);
        warning.Details["FollowUp"].Should().Be("BDI-DPS-2020-06#2");
        plan.Result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Create_AtAMonthEnd_ClampsToTheLastDayOfTheDueMonth()
    {
        var plan = BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 3, 31), [(Nip(1), Nip(2))], monthsAfter: 6);

        plan.FollowUps[0].Due.Should().Be(new LocalDate(2020, 9, 30));
        plan.Result.Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Create_WithADelayOutside1To24Months_Throws(int months)
    {
        var act = () => BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), [], months);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FollowUp_ToString_MasksTheNip()
    {
        var plan = BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), [(Nip(1), Nip(2))]);

        plan.FollowUps[0].ToString().Should().NotContain(Nip(1).ToUnmaskedString()).And.Be($"S1/{Nip(1).ToMaskedString()} due 2020-09-16");
    }

    [Fact]
    public void Create_TreatsADefaultSupervisorAsNone_AndNumbersEachFollowUpFromOne()
    {
        var plan = BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), [(Nip(1), default(Nip)), (Nip(2), Nip(3))]);

        plan.FollowUps[0].Supervisor.Should().BeNull();
        plan.Result.Violations.Should().ContainSingle().Which.Details["FollowUp"].Should().Be("S1#1");
        plan.Result.Violations[0].Format(Bimtek.Domain.Common.RuleLanguage.English).Should().Be("Behaviour follow-up S1#1 names no supervisor to respond.");
        plan.FollowUps[1].Should().Be(new BehaviourFollowUp("S1", Nip(2), new LocalDate(2020, 9, 16), Nip(3)));
    }

    [Theory]
    [InlineData(1, 2020, 7, 16)]
    [InlineData(24, 2022, 6, 16)]
    public void Create_TakesADelayOfOneToTwentyFourMonths(int months, int year, int month, int day) =>
        BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), [(Nip(1), Nip(2))], months).FollowUps[0].Due.Should().Be(new LocalDate(year, month, day));

    [Fact]
    public void Create_RefusesWhatCannotBeFollowedUp_ByName()
    {
        var end = new LocalDate(2020, 6, 16);
        FluentActions.Invoking(() => BehaviourFollowUpPlan.Create(" ", end, [])).Should().Throw<ArgumentException>().WithParameterName("sessionId");
        FluentActions.Invoking(() => BehaviourFollowUpPlan.Create("S1", end, null!)).Should().Throw<ArgumentNullException>().WithParameterName("participants");
        FluentActions.Invoking(() => BehaviourFollowUpPlan.Create("S1", end, [(default(Nip), Nip(2))])).Should().Throw<ArgumentException>()
            .WithMessage("A participant's NIP is the default value. (Parameter 'participants')");
        FluentActions.Invoking(() => BehaviourFollowUpPlan.Create("S1", end, [], 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("monthsAfter");
        BehaviourFollowUpPlan.DefaultMonthsAfter.Should().Be(3);
    }
}
