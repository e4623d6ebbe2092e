using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Assessments;

/// <summary>Level-3 follow-ups planned for a session's participants, and the warnings planning raised.</summary>
public sealed class BehaviourFollowUpPlan
{
    /// <summary>The default delay, 3 months after the session ends (an <b>assumption</b>: no government guideline sets it, FACTS §g).</summary>
    public const int DefaultMonthsAfter = 3;

    private BehaviourFollowUpPlan(IReadOnlyList<BehaviourFollowUp> followUps, RuleResult result)
    {
        FollowUps = followUps;
        Result = result;
    }

    /// <summary>Gets the follow-ups, one per participant, in the order given.</summary>
    public IReadOnlyList<BehaviourFollowUp> FollowUps { get; }

    /// <summary>Gets the warnings: <see cref="AssessmentRuleCodes.FollowUpSupervisorMissing"/> for each follow-up without a supervisor (named by index).</summary>
    public RuleResult Result { get; }

    /// <summary>Plans follow-ups <paramref name="monthsAfter"/> months after a session's last day, each with a supervisor respondent.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="sessionEnd">The session's last day.</param>
    /// <param name="participants">Each participant with their supervisor, when known.</param>
    /// <param name="monthsAfter">The delay in months, 1–24 (month arithmetic clamps to the month's last day: 31 Mar + 3 months is 30 Jun).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The session id is blank, or a participant's NIP is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsAfter"/> is outside 1–24.</exception>
    public static BehaviourFollowUpPlan Create(string sessionId, LocalDate sessionEnd, IEnumerable<(Nip Participant, Nip? Supervisor)> participants, int monthsAfter = DefaultMonthsAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsAfter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthsAfter, 24);
        var due = sessionEnd.PlusMonths(monthsAfter);
        var followUps = new List<BehaviourFollowUp>();
        var violations = new List<RuleViolation>();
        foreach (var (participant, supervisor) in participants)
        {
            if (participant.IsDefault)
            {
                throw new ArgumentException("A participant's NIP is the default value.", nameof(participants));
            }

            if (supervisor is null || supervisor.Value.IsDefault)
            {
                violations.Add(AssessmentRules.Violation(AssessmentRuleCodes.FollowUpSupervisorMissing, ("FollowUp", $"{sessionId}#{followUps.Count + 1}")));
            }

            followUps.Add(new BehaviourFollowUp(sessionId, participant, due, supervisor is { IsDefault: false } ? supervisor : null));
        }

        return new BehaviourFollowUpPlan(followUps.AsReadOnly(), RuleResult.From(violations));
    }
}
