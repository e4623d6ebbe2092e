using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using FluentValidation;
using FluentValidation.TestHelper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Domain.Tests.Participants;

public class EligibilityValidatorTests
{
    private static readonly EligibilityContext Context = new(new ProgrammeBuilder().Build().FindPhase("p2")!, new SessionBuilder().Build());

    [Fact]
    public void TestValidate_NamesThePropertyAndTheCode()
    {
        using var provider = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        var validator = provider.GetRequiredService<IValidator<EligibilityRequest>>();
        var staff = People.Official(1, kind: PositionKind.Pelaksana);

        var result = validator.TestValidate(new EligibilityRequest(new Nomination(staff, "S1", People.SerangIndustryOffice, Instant.FromUtc(2020, 6, 1, 0, 0)), Context));

        result.ShouldHaveValidationErrorFor("Nomination.Participant.Position.Kind").WithErrorCode(ParticipantRuleCodes.PositionNotInAudience);
        result.ShouldHaveValidationErrorFor("Nomination.NominatedBy").WithErrorCode(ParticipantRuleCodes.NominatorNotResponsible);
        result.Errors.Should().HaveCount(2).And.OnlyContain(e => e.CustomState is Bimtek.Domain.Common.RuleViolation);
    }

    [Fact]
    public void TestValidate_WhenEligible_HasNoError()
    {
        var official = People.Official(1);

        new EligibilityValidator(new EligibilityPolicy(Reference.Map, Reference.Bdi))
            .TestValidate(new EligibilityRequest(new Nomination(official, "S1", official.Agency, Instant.FromUtc(2020, 6, 1, 0, 0)), Context))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Constructor_WhenPolicyIsMissing_NamesIt() =>
        ((Action)(() => _ = new EligibilityValidator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("policy");

    [Theory]
    [InlineData(ParticipantRuleCodes.PositionNotInAudience, "Nomination.Participant.Position.Kind")]
    [InlineData(ParticipantRuleCodes.AgencyLevelMismatch, "Nomination.Participant.Agency.Level")]
    [InlineData(ParticipantRuleCodes.RegionNotInForce, "Nomination.Participant.Agency.Region")]
    [InlineData(ParticipantRuleCodes.RegionNotInvited, "Nomination.Participant.Agency.Region")]
    [InlineData(ParticipantRuleCodes.RegionNotServedByCentre, "Nomination.Participant.Agency.Region")]
    [InlineData(ParticipantRuleCodes.AlreadyEnrolledInPhase, "Nomination.Participant.Nip")]
    [InlineData(ParticipantRuleCodes.NominatorNotResponsible, "Nomination.NominatedBy")]
    [InlineData(ParticipantRuleCodes.NominationForOtherSession, "Nomination.SessionId")]
    public void TestValidate_PutsEachRuleOnThePropertyItConcerns(string code, string property) =>
        Validate(ParticipantRules.Get(code))
            .ShouldHaveValidationErrorFor(property).WithErrorCode(code);

    [Fact]
    public void TestValidate_WhenAHostPolicyReportsARuleOfItsOwn_PutsItOnTheNomination()
    {
        var hostRule = new RuleDescriptor("Host.AgencyQuotaUsed", Severity.Error, "Kuota instansi sudah terpakai.", "The agency's quota is used up.");

        Validate(hostRule).ShouldHaveValidationErrorFor("Nomination").WithErrorCode("Host.AgencyQuotaUsed");
    }

    private static TestValidationResult<EligibilityRequest> Validate(RuleDescriptor reported)
    {
        var official = People.Official(1);
        var request = new EligibilityRequest(new Nomination(official, "S1", official.Agency, Instant.FromUtc(2020, 6, 1, 0, 0)), Context);
        return new EligibilityValidator(new Reporting(reported)).TestValidate(request);
    }

    // A host's policy that reports one rule, whatever it is asked.
    private sealed class Reporting(RuleDescriptor rule) : IEligibilityPolicy
    {
        public RuleResult Check(Nomination nomination, EligibilityContext context) =>
            RuleResult.From([rule.Violation(rule.Placeholders.ToDictionary(p => p, object? (p) => "-"))]);
    }
}
