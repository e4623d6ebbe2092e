namespace Bimtek.Domain.Participants;

/// <summary>Where a participant stands on a session's roster.</summary>
/// <remarks>
/// Allowed transitions: <see cref="Waitlisted"/> → <see cref="Enrolled"/> (promotion when a seat frees),
/// <see cref="Waitlisted"/> → <see cref="Withdrawn"/>, <see cref="Enrolled"/> → <see cref="Cancelled"/> (before the
/// cancellation cut-off). <see cref="Cancelled"/> and <see cref="Withdrawn"/> are final; any other move is reported as
/// <see cref="ParticipantRuleCodes.TransitionNotAllowed"/>.
/// </remarks>
public enum EnrolmentStatus
{
    /// <summary>Waiting for a seat.</summary>
    Waitlisted = 1,

    /// <summary>Holding a seat.</summary>
    Enrolled = 2,

    /// <summary>Gave the seat back before the cut-off (final).</summary>
    Cancelled = 3,

    /// <summary>Left the waitlist (final).</summary>
    Withdrawn = 4,
}
