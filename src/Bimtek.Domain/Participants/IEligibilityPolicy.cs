using Bimtek.Domain.Common;

namespace Bimtek.Domain.Participants;

/// <summary>Decides whether a nominated official may be enrolled in a session. Hosts may register their own.</summary>
/// <remarks>Implementations are thread-safe and report every rule broken, not the first.</remarks>
public interface IEligibilityPolicy
{
    /// <summary>Checks a nomination against the phase and session.</summary>
    /// <param name="nomination">The nomination.</param>
    /// <param name="context">The phase, session and existing enrolments.</param>
    /// <returns>Success, or every broken rule (codes in <see cref="ParticipantRuleCodes"/>).</returns>
    RuleResult Check(Nomination nomination, EligibilityContext context);
}
