using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>A participant whose attendance is computed, and when they took their seat.</summary>
/// <param name="Nip">The participant.</param>
/// <param name="EnrolledAt">When they were enrolled; agenda items starting before it are not applicable.
/// <see langword="null"/> when enrolled before the session (every item applies).</param>
public readonly record struct RosterEntry(Nip Nip, Instant? EnrolledAt = null)
{
    /// <summary>Takes a session roster's enrolled participants, each with the instant they took their seat (a seat taken
    /// after the session started makes the earlier items not applicable).</summary>
    /// <param name="roster">The session's roster.</param>
    /// <returns>One entry per enrolled participant, in order of arrival.</returns>
    public static IReadOnlyList<RosterEntry> From(SessionRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return roster.Enrolled.Select(e => new RosterEntry(e.Participant.Nip, e.EnrolledAt > roster.SessionStart ? e.EnrolledAt : null)).ToList().AsReadOnly();
    }
}
