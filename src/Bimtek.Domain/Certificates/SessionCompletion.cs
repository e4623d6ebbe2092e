using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Certificates;

/// <summary>Every participant's completion of one session, decided from the session's attendance, the participants'
/// results and the programme's <see cref="CompletionPolicy"/>: the joint between attendance and results on one side and
/// certificates and reports on the other.</summary>
/// <remarks>Immutable. The participants are everyone in the attendance and everyone with a result for the session, once
/// each, ordered by NIP: someone with a result and no attendance does not complete
/// (<see cref="CertificateRuleCodes.AttendanceBelowMinimum"/>), someone attending with no result neither
/// (<see cref="CertificateRuleCodes.ScoreMissing"/>).</remarks>
public sealed class SessionCompletion
{
    private readonly Dictionary<Nip, int> _index;

    private SessionCompletion(string sessionId, IReadOnlyList<ParticipantCompletion> participants, IReadOnlyList<ParticipantResult> results)
    {
        SessionId = sessionId;
        Participants = participants;
        Results = results;
        _index = new Dictionary<Nip, int>(participants.Count);
        for (var i = 0; i < participants.Count; i++)
        {
            _index[participants[i].Nip] = i;
        }
    }

    /// <summary>Gets the session's id.</summary>
    public string SessionId { get; }

    /// <summary>Gets each participant's completion, ordered by NIP.</summary>
    public IReadOnlyList<ParticipantCompletion> Participants { get; }

    /// <summary>Gets the completed participants, ordered by NIP: those who receive a certificate.</summary>
    public IReadOnlyList<ParticipantCompletion> Completed => Participants.Where(p => p.Completed).ToList().AsReadOnly();

    /// <summary>Gets the session's results with <see cref="ParticipantResult.AttendancePercent"/> and
    /// <see cref="ParticipantResult.Completed"/> as the package decided them, in the order given: the input of reports.</summary>
    public IReadOnlyList<ParticipantResult> Results { get; }

    /// <summary>Decides the completion of every participant of a session.</summary>
    /// <param name="programme">The programme (its code and completion policy).</param>
    /// <param name="attendance">The session's attendance (<see cref="IAttendanceCalculator.Calculate"/>).</param>
    /// <param name="results">Results (scores, evaluations done); those of other sessions are ignored.</param>
    /// <returns>The completions.</returns>
    /// <exception cref="ArgumentException">A result is <see langword="null"/>, or a participant has two results for the session.</exception>
    public static SessionCompletion Decide(Programme programme, SessionAttendance attendance, IEnumerable<ParticipantResult> results)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentNullException.ThrowIfNull(results);
        var mine = new List<ParticipantResult>();
        var byNip = new Dictionary<Nip, ParticipantResult>();
        foreach (var result in results)
        {
            if (result is null)
            {
                throw new ArgumentException("A result is null.", nameof(results));
            }

            if (!string.Equals(result.SessionId, attendance.SessionId, StringComparison.Ordinal))
            {
                continue;
            }

            if (!byNip.TryAdd(result.Nip, result))
            {
                throw new ArgumentException($"Participant {result.Nip.ToMaskedString()} has two results for session {attendance.SessionId}.", nameof(results));
            }

            mine.Add(result);
        }

        var nips = attendance.Participants.Select(p => p.Nip).Concat(byNip.Keys).Distinct().Order();
        var completions = nips
            .Select(nip => ParticipantCompletion.Decide(programme, nip, attendance.Find(nip), byNip.GetValueOrDefault(nip)))
            .ToList();
        var byParticipant = completions.ToDictionary(c => c.Nip);
        return new SessionCompletion(
            attendance.SessionId, completions.AsReadOnly(), mine.Select(r => byParticipant[r.Nip].ApplyTo(r)).ToList().AsReadOnly());
    }

    /// <summary>Finds a participant's completion.</summary>
    /// <param name="nip">The NIP.</param>
    /// <returns>The completion, or <see langword="null"/> when the participant is not in the session.</returns>
    public ParticipantCompletion? Find(Nip nip) => _index.TryGetValue(nip, out var i) ? Participants[i] : null;

    /// <inheritdoc />
    public override string ToString() => $"{SessionId}: {Participants.Count(p => p.Completed)} of {Participants.Count} completed";
}
