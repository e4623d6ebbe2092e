using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Participants;

/// <summary>
/// The eligibility rules as a FluentValidation validator, so a host's test suite can write
/// <c>validator.TestValidate(request).ShouldHaveValidationErrorFor("Nomination.Participant.Position.Kind").WithErrorCode(ParticipantRuleCodes.PositionNotInAudience)</c>.
/// </summary>
/// <remarks>
/// The rules run once in the <see cref="IEligibilityPolicy"/> (the host's, when it registers one); each violation becomes
/// a failure on the property it concerns, with the rule's code, severity, message and details (<c>CustomState</c>).
/// Thread-safe.
/// </remarks>
public sealed class EligibilityValidator : AbstractValidator<EligibilityRequest>
{
    /// <summary>Creates the validator over an eligibility policy.</summary>
    /// <param name="policy">The policy that checks the rules.</param>
    public EligibilityValidator(IEligibilityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        RuleFor(r => r).Custom((request, context) =>
        {
            foreach (var violation in policy.Check(request.Nomination, request.Context).Violations)
            {
                context.AddRuleFailure(violation.Rule, PropertyOf(violation.Code), null, violation.Details);
            }
        });
    }

    private static string PropertyOf(string code) => code switch
    {
        PositionNotInAudience => "Nomination.Participant.Position.Kind",
        AgencyLevelMismatch => "Nomination.Participant.Agency.Level",
        RegionNotInForce or RegionNotInvited or RegionNotServedByCentre => "Nomination.Participant.Agency.Region",
        AlreadyEnrolledInPhase => "Nomination.Participant.Nip",
        NominatorNotResponsible => "Nomination.NominatedBy",
        NominationForOtherSession => "Nomination.SessionId",
        _ => "Nomination",
    };
}
