using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>One participant's place on a session's roster: enrolled, waitlisted, cancelled or withdrawn.</summary>
/// <remarks>Changed only by its <see cref="SessionRoster"/>, which checks the transition first.</remarks>
public sealed class Enrolment
{
    internal Enrolment(Nomination nomination, long arrival, EnrolmentStatus status, Instant at)
    {
        Nomination = nomination;
        Arrival = arrival;
        Status = status;
        ChangedAt = at;
        if (status == EnrolmentStatus.Enrolled)
        {
            EnrolledAt = at;
        }
    }

    /// <summary>Gets the nomination.</summary>
    public Nomination Nomination { get; }

    /// <summary>Gets the participant.</summary>
    public Participant Participant => Nomination.Participant;

    /// <summary>Gets the province whose quota the seat counts against (the agency's province).</summary>
    public RegionCode Province => Nomination.Participant.Agency.Region.Province;

    /// <summary>Gets the status.</summary>
    public EnrolmentStatus Status { get; private set; }

    /// <summary>Gets when the participant took the seat (on arrival or on promotion), or <see langword="null"/> if never.
    /// Attendance treats agenda items before this instant as not applicable.</summary>
    public Instant? EnrolledAt { get; private set; }

    /// <summary>Gets when the status last changed.</summary>
    public Instant ChangedAt { get; private set; }

    /// <summary>The order of arrival on the roster, to break ties between equal submission instants.</summary>
    internal long Arrival { get; }

    internal void MoveTo(EnrolmentStatus status, Instant at)
    {
        Status = status;
        ChangedAt = at;
        if (status == EnrolmentStatus.Enrolled)
        {
            EnrolledAt = at;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Participant} {Status}";
}
