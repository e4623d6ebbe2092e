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
}
