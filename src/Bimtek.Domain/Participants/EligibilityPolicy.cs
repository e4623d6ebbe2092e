using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Participants;

/// <summary>
/// The standard eligibility rules: the position fits the phase's audience, the agency's level and region fit the phase
/// and the session, the session's centre serves the region, and the official is not already in the phase.
/// </summary>
/// <remarks>
/// Regions are judged on the session's first day (the phase's start when the session has no day). An agency region with a
/// pre-2022 Papua code is followed to its code of that day. A recorded <c>RegionReassignment</c> to the session's centre
/// replaces the service-area check. Nominations come from regional agencies: the official's own agency, or the provincial
/// agency of the official's province (which coordinates its kabupaten/kota); a central agency is reported
/// (<see cref="ParticipantRuleCodes.NominatorNotResponsible"/>). Thread-safe.
/// </remarks>
public sealed class EligibilityPolicy : IEligibilityPolicy
{
    private readonly IRegionDirectory _regions;
    private readonly ICentreDirectory _centres;

    /// <summary>Creates the policy over a region and a centre directory.</summary>
    /// <param name="regions">The regions.</param>
    /// <param name="centres">The centres and their service areas.</param>
    public EligibilityPolicy(IRegionDirectory regions, ICentreDirectory centres)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(centres);
        _regions = regions;
        _centres = centres;
    }

    /// <inheritdoc />
    /// <remarks>Reports <see cref="PositionNotInAudience"/>, <see cref="AgencyLevelMismatch"/>, <see cref="RegionNotInForce"/>,
    /// <see cref="RegionNotInvited"/>, <see cref="RegionNotServedByCentre"/>, <see cref="AlreadyEnrolledInPhase"/>,
    /// <see cref="NominatorNotResponsible"/> and <see cref="NominationForOtherSession"/>.</remarks>
    public RuleResult Check(Nomination nomination, EligibilityContext context)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new List<RuleViolation>();
        var participant = nomination.Participant;
        var who = participant.Nip.ToMaskedString();
        var phase = context.Phase;
        var session = context.Session;

        if (!string.Equals(nomination.SessionId, session.Id, StringComparison.Ordinal))
        {
            violations.Add(ParticipantRules.Violation(NominationForOtherSession, ("NominatedSession", nomination.SessionId), ("Session", session.Id)));
        }

        if (!phase.Audience.Any(a => a.Kind == participant.Position.Kind))
        {
            violations.Add(ParticipantRules.Violation(
                PositionNotInAudience,
                ("Participant", who),
                ("Kind", participant.Position.Kind),
                ("Phase", phase.Id),
                ("Audience", string.Join(", ", phase.Audience.Select(a => a.Kind).Distinct()))));
        }

        var agency = participant.Agency;
        var levelFits = agency.Level != AgencyLevel.Central && agency.RegionLevel == phase.TargetLevel;
        if (!levelFits)
        {
            violations.Add(ParticipantRules.Violation(
                AgencyLevelMismatch, ("Participant", who), ("AgencyLevel", agency.Level), ("Phase", phase.Id), ("TargetLevel", phase.TargetLevel)));
        }

        CheckNominator(nomination, who, violations);
        if (levelFits)
        {
            CheckRegion(participant, who, context, FirstDay(context), violations);
        }

        if (context.EnrolledInPhase.TryGetValue(participant.Nip, out var other))
        {
            violations.Add(ParticipantRules.Violation(AlreadyEnrolledInPhase, ("Participant", who), ("OtherSession", other), ("Phase", phase.Id)));
        }

        return RuleResult.From(violations);
    }

    private static LocalDate FirstDay(EligibilityContext context) =>
        context.Session.Days.Count == 0 ? context.Phase.Start : context.Session.Days.Min(d => d.Date);

    private static void CheckNominator(Nomination nomination, string who, List<RuleViolation> violations)
    {
        var own = nomination.Participant.Agency;
        var by = nomination.NominatedBy;
        var responsible = by == own
            || (by.Level == AgencyLevel.Province && by.Region == own.Region.Province && own.Level != AgencyLevel.Central);
        if (!responsible)
        {
            violations.Add(ParticipantRules.Violation(NominatorNotResponsible, ("Participant", who), ("Nominator", new RuleText($"{RuleTerms.Name(by.Level, RuleLanguage.Indonesian)} {by.Region}", $"{RuleTerms.Name(by.Level, RuleLanguage.English)} {by.Region}"))));
        }
    }

    private void CheckRegion(Participant participant, string who, EligibilityContext context, LocalDate day, List<RuleViolation> violations)
    {
        var written = participant.Agency.Region;
        RegionCode? current = written.Level == RegionLevel.Regency
            ? _regions.FindRegency(written, day)?.Code
            : _regions.FindProvince(written, day)?.Code;
        if (current is not { } region)
        {
            violations.Add(ParticipantRules.Violation(RegionNotInForce, ("Participant", who), ("Region", written.ToString()), ("Date", day)));
            return;
        }

        var session = context.Session;
        if (session.Regions.Count > 0 && !session.Regions.Contains(region) && !session.Regions.Contains(written))
        {
            violations.Add(ParticipantRules.Violation(RegionNotInvited, ("Participant", who), ("Region", region.ToString()), ("Session", session.Id)));
        }

        var reassigned = context.Reassignments.Any(r => (r.Region == region || r.Region == written) && r.Centre == session.Centre);
        var serving = _centres.FindServiceArea(region, day)?.Centre;
        if (!reassigned && serving != session.Centre)
        {
            violations.Add(ParticipantRules.Violation(
                RegionNotServedByCentre,
                ("Participant", who),
                ("Region", region.ToString()),
                ("ServingCentre", serving?.Value ?? "-"),
                ("Date", day),
                ("Centre", session.Centre.Value),
                ("Session", session.Id)));
        }
    }
}
