using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Participants;

/// <summary>What an eligibility check needs to know beside the nomination: the phase, the session and who is already in.</summary>
/// <remarks>Immutable.</remarks>
public sealed class EligibilityContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="phase">The phase the session belongs to.</param>
    /// <param name="session">The session nominated for.</param>
    /// <param name="enrolledInPhase">Each official already enrolled or waitlisted in the phase, with the session's id.</param>
    /// <param name="reassignments">Recorded decisions that a region attends another centre than the one serving its province.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> or <paramref name="session"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The session belongs to another phase.</exception>
    public EligibilityContext(
        Phase phase,
        TrainingSession session,
        IReadOnlyDictionary<Nip, string>? enrolledInPhase = null,
        IEnumerable<RegionReassignment>? reassignments = null)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(session);
        if (!string.Equals(session.PhaseId, phase.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Session {session.Id} belongs to phase {session.PhaseId}, not {phase.Id}.", nameof(session));
        }

        Phase = phase;
        Session = session;
        EnrolledInPhase = enrolledInPhase ?? new Dictionary<Nip, string>();
        Reassignments = (reassignments ?? []).ToList().AsReadOnly();
    }

    /// <summary>Gets the phase.</summary>
    public Phase Phase { get; }

    /// <summary>Gets the session.</summary>
    public TrainingSession Session { get; }

    /// <summary>Gets each official already enrolled or waitlisted in the phase, with the session's id.</summary>
    public IReadOnlyDictionary<Nip, string> EnrolledInPhase { get; }

    /// <summary>Gets the recorded region reassignments.</summary>
    public IReadOnlyList<RegionReassignment> Reassignments { get; }
}
