using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>A regional agency's nomination of one of its officials for a training session.</summary>
/// <remarks>Immutable. <see cref="SubmittedAt"/> orders a first-come-first-served waitlist.</remarks>
public sealed class Nomination
{
    /// <summary>Creates a nomination.</summary>
    /// <param name="participant">The official nominated.</param>
    /// <param name="sessionId">The session nominated for.</param>
    /// <param name="nominatedBy">The agency that nominates (the official's own agency, or its provincial agency).</param>
    /// <param name="submittedAt">When the nomination arrived.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    public Nomination(Participant participant, string sessionId, Agency nominatedBy, Instant submittedAt)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(nominatedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        Participant = participant;
        SessionId = sessionId;
        NominatedBy = nominatedBy;
        SubmittedAt = submittedAt;
    }

    /// <summary>Gets the official nominated.</summary>
    public Participant Participant { get; }

    /// <summary>Gets the id of the session nominated for.</summary>
    public string SessionId { get; }

    /// <summary>Gets the nominating agency.</summary>
    public Agency NominatedBy { get; }

    /// <summary>Gets when the nomination arrived.</summary>
    public Instant SubmittedAt { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Participant} → {SessionId}";
}
