using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>Takes nominations and cancellations at the current instant: checks eligibility, then changes the roster.</summary>
/// <remarks>Thread-safe itself; a roster is changed by one caller at a time.</remarks>
public sealed class EnrolmentDesk
{
    private readonly IEligibilityPolicy _eligibility;
    private readonly IClock _clock;

    /// <summary>Creates a desk.</summary>
    /// <param name="eligibility">The eligibility policy.</param>
    /// <param name="clock">The clock that says "now" (cut-offs, promotion instants).</param>
    public EnrolmentDesk(IEligibilityPolicy eligibility, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(clock);
        _eligibility = eligibility;
        _clock = clock;
    }

    /// <summary>Checks a nomination and, if eligible, offers it a seat on the roster.</summary>
    /// <param name="roster">The session's roster.</param>
    /// <param name="nomination">The nomination.</param>
    /// <param name="context">The phase and session; when its <see cref="EligibilityContext.EnrolledInPhase"/> is empty,
    /// this roster's own active entries are used.</param>
    /// <returns>The change: refused with every eligibility rule broken, or enrolled / waitlisted.</returns>
    public RosterChange Nominate(SessionRoster roster, Nomination nomination, EligibilityContext context)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(nomination);
        ArgumentNullException.ThrowIfNull(context);
        if (context.EnrolledInPhase.Count == 0)
        {
            var active = roster.Entries
                .Where(e => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted)
                .ToDictionary(e => e.Participant.Nip, _ => roster.SessionId);
            context = new EligibilityContext(context.Phase, context.Session, active, context.Reassignments);
        }

        var eligibility = _eligibility.Check(nomination, context);
        return eligibility.Succeeded
            ? roster.Offer(nomination, _clock.GetCurrentInstant())
            : new RosterChange(roster.Find(nomination.Participant.Nip), eligibility, []);
    }

    /// <summary>Cancels an enrolment now, if before the cut-off, and promotes from the waitlist.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="nip">The participant's NIP.</param>
    /// <returns>The change.</returns>
    public RosterChange Cancel(SessionRoster roster, Nip nip)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return roster.Cancel(nip, _clock.GetCurrentInstant());
    }
}
