using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>The attendance of one session: its slots, each participant's attendance (ordered by NIP) and what was
/// noticed in the log (ignored rows, events closed at the meeting's end, marks that match no item).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SessionAttendance
{
    private readonly Dictionary<Nip, int> _index;
    private readonly Dictionary<(LocalDate Date, LocalTime Start), int> _slotAt;

    internal SessionAttendance(
        string sessionId, SessionAgenda agenda, IReadOnlyList<ParticipantAttendance> participants, IReadOnlyList<RuleViolation> findings, CompletionPolicy completion)
    {
        SessionId = sessionId;
        Slots = agenda.Slots;
        _slotAt = agenda.SlotAt;
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

    /// <summary>Finds the agenda item that starts at a local time on a day of the session, to look up each participant's
    /// status for it (<see cref="ParticipantAttendance.StatusOf(AgendaSlot)"/>).</summary>
    /// <param name="date">The item's day (centre's zone).</param>
    /// <param name="start">The item's start (centre's local time).</param>
    /// <returns>The item, or <see langword="null"/> when none (other than a break) starts then.</returns>
    public AgendaSlot? FindSlot(LocalDate date, LocalTime start) => _slotAt.TryGetValue((date, start), out var s) ? Slots[s] : null;

    /// <summary>Lists the participants below the minimum, one <see cref="AttendanceRuleCodes.BelowMinimum"/> warning each.</summary>
    /// <returns>The warnings, ordered by NIP.</returns>
    public IReadOnlyList<RuleViolation> BelowMinimum() =>
        Participants.Where(p => !p.MeetsMinimum).Select(p => AttendanceRules.Violation(
            AttendanceRuleCodes.BelowMinimum,
            ("Participant", p.Nip.ToMaskedString()),
            ("AttendedJp", p.AttendedJp.Value),
            ("ApplicableJp", p.ApplicableJp.Value),
            ("Percent", p.AttendancePercent ?? default),
            ("Session", SessionId),
            ("Minimum", Completion.MinimumAttendancePercent))).ToList().AsReadOnly();

    /// <inheritdoc />
    public override string ToString() => $"{SessionId}: {Participants.Count} participant(s), {Slots.Count} slot(s)";
}
