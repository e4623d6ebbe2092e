using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Attendance;

/// <summary>
/// The standard attendance calculator: merges each participant's join/leave events (several devices, reconnections)
/// into disjoint presence intervals and sweeps them against the agenda, by sort and sweep over arrays.
/// </summary>
/// <remarks>
/// <para>Meetings: each session day's meeting runs from its first agenda item's start to its last item's end, in the
/// centre's zone. An event with no leave is closed at the end of the meeting it joined in (or the next one); an event
/// that touches no meeting is ignored. Both are counted in the findings (<see cref="AttendanceRuleCodes.EventsOutsideSession"/>,
/// <see cref="AttendanceRuleCodes.LeaveMissing"/>); log rows of someone not on the roster are ignored and reported
/// (<see cref="AttendanceRuleCodes.NotOnRoster"/>).</para>
/// <para>A slot is attended when the merged presence inside it reaches the <see cref="AttendancePolicy"/> share of its
/// length (exactly the share attends). Slots starting before a late enrolment are not applicable. Manual marks take
/// precedence over the log for the slots they name, but never make a not-applicable slot count.</para>
/// <para>Without a roster, the session's own participants (<see cref="TrainingSession.Participants"/>) are computed,
/// enrolled from the start; a session that lists none takes everyone in the log and marks.</para>
/// <para>Cost: O(n log k) for n rows with at most k rows per participant (a counting sort by participant, then a sort
/// of each participant's few rows), plus O(p · s) for p participants and s slots. Thread-safe.</para>
/// </remarks>
public sealed class AttendanceCalculator : IAttendanceCalculator
{
    private readonly ICentreDirectory _centres;
    private readonly AttendancePolicy _policy;

    /// <summary>Creates a calculator.</summary>
    /// <param name="centres">The centres, for each session's zone.</param>
    /// <param name="policy">The share of a slot that counts as attending it; <see langword="null"/> for <see cref="AttendancePolicy.Default"/>.</param>
    public AttendanceCalculator(ICentreDirectory centres, AttendancePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(centres);
        _centres = centres;
        _policy = policy ?? AttendancePolicy.Default;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The session's centre is unknown.</exception>
    public SessionAttendance Calculate(
        TrainingSession session,
        AttendanceLog log,
        CompletionPolicy completion,
        IReadOnlyCollection<RosterEntry>? roster = null,
        IReadOnlyCollection<ManualMark>? marks = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(completion);
        var zone = _centres.FindCentre(session.Centre)?.TimeZone
            ?? throw new ArgumentException($"Session {session.Id} names centre {session.Centre}, which the directory does not know.", nameof(session));

        // Named steps: the agenda as arrays, who is computed, the manual marks, then the sweep of the log.
        var agenda = SessionAgenda.Build(session, zone, _policy);
        var findings = new List<RuleViolation>();
        var (from, to) = log.RangeOf(session.Id);
        var people = AttendanceRoster.Build(session, log, from, to, roster, marks);
        var markTable = MarkTable.Build(session.Id, agenda, people, marks, findings);
        var sweep = new AttendanceSweep(log, from, to, agenda, people);
        var results = sweep.Run(markTable, completion.MinimumAttendancePercent);
        sweep.Report(session.Id, findings);
        return new SessionAttendance(session.Id, agenda, Array.AsReadOnly(results), findings.AsReadOnly(), completion);
    }
}
