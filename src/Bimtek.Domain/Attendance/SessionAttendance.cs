using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Attendance;

/// <summary>The attendance of one session: its slots, each participant's attendance (ordered by NIP) and what was
/// noticed in the log (ignored rows, events closed at the meeting's end, marks that match no item).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SessionAttendance
{
    private readonly Dictionary<Nip, int> _index;

    internal SessionAttendance(
        string sessionId, IReadOnlyList<AgendaSlot> slots, IReadOnlyList<ParticipantAttendance> participants, IReadOnlyList<RuleViolation> findings, CompletionPolicy completion)
    {
        SessionId = sessionId;
        Slots = slots;
        Participants = participants;
        Findings = findings;
        Completion = completion;
        _index = new Dictionary<Nip, int>(participants.Count);
        for (var i = 0; i < participants.Count; i++)
        {
            _index[participants[i].Nip] = i;
        }
    }

    /// <summary>Gets the session's id.</summary>
    public string SessionId { get; }

    /// <summary>Gets the slots (agenda items other than breaks), in time order.</summary>
    public IReadOnlyList<AgendaSlot> Slots { get; }

    /// <summary>Gets each participant's attendance, ordered by NIP.</summary>
    public IReadOnlyList<ParticipantAttendance> Participants { get; }

    /// <summary>Gets what was noticed in the log and marks (codes in <see cref="AttendanceRuleCodes"/>).</summary>
    public IReadOnlyList<RuleViolation> Findings { get; }

    /// <summary>Gets the completion policy the minimum came from.</summary>
    public CompletionPolicy Completion { get; }

    /// <summary>Finds a participant's attendance.</summary>
    /// <param name="nip">The NIP.</param>
    /// <returns>The attendance, or <see langword="null"/>.</returns>
    public ParticipantAttendance? Find(Nip nip) => _index.TryGetValue(nip, out var i) ? Participants[i] : null;

    /// <summary>Lists the participants below the minimum, one <see cref="AttendanceRuleCodes.BelowMinimum"/> warning each.</summary>
    /// <returns>The warnings, ordered by NIP.</returns>
    public IReadOnlyList<RuleViolation> BelowMinimum() =>
        Participants.Where(p => !p.MeetsMinimum).Select(p => AttendanceRules.Violation(
            AttendanceRuleCodes.BelowMinimum,
            ("Participant", p.Nip.ToMaskedString()),
            ("AttendedJp", p.AttendedJp.Value),
            ("ApplicableJp", p.ApplicableJp.Value),
            ("Percent", p.AttendancePercent ?? 0m),
            ("Session", SessionId),
            ("Minimum", Completion.MinimumAttendancePercent))).ToList().AsReadOnly();

    /// <inheritdoc />
    public override string ToString() => $"{SessionId}: {Participants.Count} participant(s), {Slots.Count} slot(s)";
}
