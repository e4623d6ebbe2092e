using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>One participant's attendance of a session: a status per agenda slot, the JP attended and applicable, and
/// whether the programme's minimum attendance is met.</summary>
/// <remarks>Immutable. The percentage is attended JP over applicable JP: slots before a late enrolment are not
/// applicable, so they count neither way.</remarks>
public sealed class ParticipantAttendance
{
    private readonly ItemAttendanceStatus[] _statuses;
    private readonly long[] _presentTicks;

    internal ParticipantAttendance(
        Nip nip, Instant? enrolledAt, bool hasLog, ItemAttendanceStatus[] statuses, long[] presentTicks, LessonHours attended, LessonHours applicable, decimal minimumPercent)
    {
        Nip = nip;
        EnrolledAt = enrolledAt;
        HasLog = hasLog;
        _statuses = statuses;
        _presentTicks = presentTicks;
        AttendedJp = attended;
        ApplicableJp = applicable;
        AttendancePercent = applicable.Value == 0 ? null : Math.Round(attended.Value * 100m / applicable.Value, 2, MidpointRounding.ToZero);
        MeetsMinimum = applicable.Value > 0 && attended.Value * 100m >= minimumPercent * applicable.Value;
    }

    /// <summary>Gets the participant.</summary>
    public Nip Nip { get; }

    /// <summary>Gets when the participant was enrolled, if after the session was planned (a late enrolment).</summary>
    public Instant? EnrolledAt { get; }

    /// <summary>Gets whether the meeting log has at least one event of the participant inside the session.</summary>
    public bool HasLog { get; }

    /// <summary>Gets the status for each slot, in the order of <see cref="SessionAttendance.Slots"/>.</summary>
    public IReadOnlyList<ItemAttendanceStatus> Statuses => Array.AsReadOnly(_statuses);

    /// <summary>Gets the lesson hours of the slots attended.</summary>
    public LessonHours AttendedJp { get; }

    /// <summary>Gets the lesson hours of the slots that apply (all but those before a late enrolment).</summary>
    public LessonHours ApplicableJp { get; }

    /// <summary>Gets attended over applicable JP in percent, rounded down to 2 decimals; <see langword="null"/> when no JP applies.</summary>
    public decimal? AttendancePercent { get; }

    /// <summary>Gets whether the attended share of applicable JP reaches the completion policy's minimum (exactly the
    /// minimum meets it; no applicable JP does not).</summary>
    public bool MeetsMinimum { get; }

    /// <summary>Gets how long the participant was present during a slot, devices and reconnections merged.</summary>
    /// <param name="slot">The slot's index.</param>
    /// <returns>The time present (0 for a slot marked by hand).</returns>
    public Duration GetPresent(int slot) => Duration.FromTicks(_presentTicks[slot]);

    /// <inheritdoc />
    public override string ToString() => $"{Nip}: {AttendedJp} of {ApplicableJp} ({AttendancePercent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} %)";
}
