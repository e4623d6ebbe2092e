using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>One participant's attendance of a session: a status per agenda item, the JP attended and applicable, and
/// whether the programme's minimum attendance is met.</summary>
/// <remarks>Immutable. The percentage is attended JP over applicable JP: items before a late enrolment are not
/// applicable, so they count neither way. Look an item up by the item itself (<see cref="StatusOf(AgendaSlot)"/>) or
/// by its day and start (<see cref="StatusAt"/>), never by a position. <see cref="ToString"/> masks the NIP.</remarks>
public sealed class ParticipantAttendance
{
    private readonly IReadOnlyList<AgendaSlot> _slots;
    private readonly Dictionary<(LocalDate Date, LocalTime Start), int> _slotAt;
    private readonly ItemAttendanceStatus[] _statuses;
    private readonly long[] _presentTicks;

    internal ParticipantAttendance(
        Nip nip,
        Instant? enrolledAt,
        bool hasLog,
        SessionAgenda agenda,
        ItemAttendanceStatus[] statuses,
        long[] presentTicks,
        LessonHours attended,
        LessonHours applicable,
        decimal minimumPercent)
    {
        Nip = nip;
        EnrolledAt = enrolledAt;
        HasLog = hasLog;
        _slots = agenda.Slots;
        _slotAt = agenda.SlotAt;
        _statuses = statuses;
        _presentTicks = presentTicks;
        AttendedJp = attended;
        ApplicableJp = applicable;
        AttendancePercent = applicable.Value == 0 ? null : Percentage.Of(attended.Value, applicable.Value);
        MeetsMinimum = applicable.Value > 0 && attended.Value * Percentage.Maximum >= minimumPercent * applicable.Value;
    }

    /// <summary>Gets the participant.</summary>
    public Nip Nip { get; }

    /// <summary>Gets when the participant was enrolled, if after the session was planned (a late enrolment).</summary>
    public Instant? EnrolledAt { get; }

    /// <summary>Gets whether the meeting log has at least one event of the participant inside the session.</summary>
    public bool HasLog { get; }

    /// <summary>Gets the status of each item, in the order of <see cref="SessionAttendance.Slots"/> (for a table's
    /// columns; to look one item up use <see cref="StatusOf(AgendaSlot)"/> or <see cref="StatusAt"/>).</summary>
    public IReadOnlyList<ItemAttendanceStatus> Statuses => Array.AsReadOnly(_statuses);

    /// <summary>Gets the lesson hours of the items attended.</summary>
    public LessonHours AttendedJp { get; }

    /// <summary>Gets the lesson hours of the items that apply (all but those before a late enrolment).</summary>
    public LessonHours ApplicableJp { get; }

    /// <summary>Gets attended over applicable JP, rounded down to 2 decimals; <see langword="null"/> when no JP applies.</summary>
    public Percentage? AttendancePercent { get; }

    /// <summary>Gets whether the attended share of applicable JP reaches the completion policy's minimum (exactly the
    /// minimum meets it; no applicable JP does not).</summary>
    public bool MeetsMinimum { get; }

    /// <summary>Gets the participant's status for an agenda item of this session.</summary>
    /// <param name="slot">The item, from <see cref="SessionAttendance.Slots"/> or <see cref="SessionAttendance.FindSlot"/>.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentException"><paramref name="slot"/> belongs to another session's attendance.</exception>
    public ItemAttendanceStatus StatusOf(AgendaSlot slot) => _statuses[IndexOf(slot)];

    /// <summary>Gets the participant's status for the agenda item that starts at a local time on a day of the session.</summary>
    /// <param name="date">The item's day (centre's zone).</param>
    /// <param name="start">The item's start (centre's local time).</param>
    /// <returns>The status, or <see langword="null"/> when no item (other than a break) starts then.</returns>
    public ItemAttendanceStatus? StatusAt(LocalDate date, LocalTime start) =>
        _slotAt.TryGetValue((date, start), out var s) ? _statuses[s] : null;

    /// <summary>Gets how long the participant was present during an agenda item, devices and reconnections merged.</summary>
    /// <param name="slot">The item, from <see cref="SessionAttendance.Slots"/> or <see cref="SessionAttendance.FindSlot"/>.</param>
    /// <returns>The time present (zero for an item marked by hand or not applicable).</returns>
    /// <exception cref="ArgumentException"><paramref name="slot"/> belongs to another session's attendance.</exception>
    public Duration PresentDuring(AgendaSlot slot) => Duration.FromTicks(_presentTicks[IndexOf(slot)]);

    /// <inheritdoc />
    public override string ToString() => $"{Nip}: {AttendedJp} of {ApplicableJp} ({AttendancePercent?.ToString() ?? "-"} %)";

    private int IndexOf(AgendaSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot.Index < _slots.Count && ReferenceEquals(_slots[slot.Index], slot)
            ? slot.Index
            : throw new ArgumentException("The agenda item is not one of this session's attendance slots.", nameof(slot));
    }
}
