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

    private Enrolment(Nomination nomination, long arrival, EnrolmentStatus status, Instant? enrolledAt, Instant changedAt)
    {
        Nomination = nomination;
        Arrival = arrival;
        Status = status;
        EnrolledAt = enrolledAt;
        ChangedAt = changedAt;
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

    /// <summary>
    /// Recreates an entry as it was stored, for <see cref="SessionRoster.Restore"/> (a host's persistence reading a
    /// roster back). Not a way to change a status: the roster's operations are.
    /// </summary>
    /// <param name="nomination">The nomination the entry came from.</param>
    /// <param name="status">The stored status.</param>
    /// <param name="enrolledAt">When the participant took the seat, or <see langword="null"/> if never.</param>
    /// <param name="changedAt">When the status last changed.</param>
    /// <returns>An entry not yet on any roster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nomination"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The status is not defined, or an enrolled entry has no
    /// <paramref name="enrolledAt"/>.</exception>
    public static Enrolment Restore(Nomination nomination, EnrolmentStatus status, Instant? enrolledAt, Instant changedAt)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not an EnrolmentStatus value.");
        }

        if (status == EnrolmentStatus.Enrolled && enrolledAt is null)
        {
            throw new ArgumentException("An enrolled entry has the instant it took its seat.", nameof(enrolledAt));
        }

        return new Enrolment(nomination, -1, status, enrolledAt, changedAt);
    }

    internal Enrolment OnRoster(long arrival) => new(Nomination, arrival, Status, EnrolledAt, ChangedAt);

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
