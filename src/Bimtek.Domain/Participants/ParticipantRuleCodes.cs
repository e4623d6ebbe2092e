namespace Bimtek.Domain.Participants;

/// <summary>The stable codes of the nomination, eligibility and enrolment rules (see <see cref="ParticipantRules"/>).</summary>
/// <remarks>A code is a contract: it never changes once published. Messages name participants by masked NIP only.</remarks>
public static class ParticipantRuleCodes
{
    /// <summary>The nominee's position kind is not in the phase's audience.</summary>
    public const string PositionNotInAudience = "Participants.PositionNotInAudience";

    /// <summary>The nominee's agency is not of the level the phase targets (a provincial agency in a kabupaten/kota phase).</summary>
    public const string AgencyLevelMismatch = "Participants.AgencyLevelMismatch";

    /// <summary>The nominee's agency region was not in force on the session's first day.</summary>
    public const string RegionNotInForce = "Participants.RegionNotInForce";

    /// <summary>The session invites regions, and the nominee's agency region is not one of them.</summary>
    public const string RegionNotInvited = "Participants.RegionNotInvited";

    /// <summary>The nominee's region is served by another centre than the one running the session.</summary>
    public const string RegionNotServedByCentre = "Participants.RegionNotServedByCentre";

    /// <summary>The nominee is already enrolled (or waitlisted) in a session of the same phase.</summary>
    public const string AlreadyEnrolledInPhase = "Participants.AlreadyEnrolledInPhase";

    /// <summary>The nominating agency is neither the nominee's own agency nor the provincial agency of its province.</summary>
    public const string NominatorNotResponsible = "Participants.NominatorNotResponsible";

    /// <summary>The nomination names another session than the roster it is offered to.</summary>
    public const string NominationForOtherSession = "Participants.NominationForOtherSession";

    /// <summary>The participant is already on the roster of the session (enrolled or waitlisted).</summary>
    public const string AlreadyInSession = "Participants.AlreadyInSession";

    /// <summary>Every seat is taken: the participant is waitlisted.</summary>
    public const string SessionFull = "Participants.SessionFull";

    /// <summary>The seats reserved for the participant's province are taken: the participant is waitlisted.</summary>
    public const string ProvinceQuotaFull = "Participants.ProvinceQuotaFull";

    /// <summary>An enrolment is cancelled after the cancellation cut-off.</summary>
    public const string CancellationAfterCutOff = "Participants.CancellationAfterCutOff";

    /// <summary>An enrolment cannot move from its status to the one asked for.</summary>
    public const string TransitionNotAllowed = "Participants.TransitionNotAllowed";

    /// <summary>The participant is not on the roster of the session.</summary>
    public const string NotInSession = "Participants.NotInSession";
}
