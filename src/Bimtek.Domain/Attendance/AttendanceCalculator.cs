using System.Buffers;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using NodaTime;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Attendance;

/// <summary>
/// The standard attendance calculator: merges each participant's join/leave events (several devices, reconnections)
/// into disjoint presence intervals and sweeps them against the agenda, by sort and sweep over arrays.
/// </summary>
/// <remarks>
/// <para>Meetings: each session day's meeting runs from its first agenda item's start to its last item's end, in the
/// centre's zone. An event with no leave is closed at the end of the meeting it joined in (or the next one); an event
/// that touches no meeting is ignored. Both are counted in the findings (<see cref="EventsOutsideSession"/>,
/// <see cref="LeaveMissing"/>); log rows of someone not on the roster are ignored and reported (<see cref="NotOnRoster"/>).</para>
/// <para>A slot is attended when the merged presence inside it reaches the <see cref="AttendancePolicy"/> share of its
/// length (exactly the share attends). Slots starting before a late enrolment are not applicable. Manual marks take
/// precedence over the log for the slots they name, but never make a not-applicable slot count.</para>
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

        var agenda = SessionAgenda.Build(session, zone, _policy);
        var findings = new List<RuleViolation>();
        log.TryGetRange(session.Id, out var from, out var to);

        var people = Roster(log, from, to, roster, marks, out var enrolledAt);
        var markTable = MarkTable(session.Id, agenda, people, marks, findings);
        var results = new ParticipantAttendance[people.Length];
        Sweep(log, from, to, agenda, people, enrolledAt, markTable, completion.MinimumAttendancePercent, results, session.Id, findings);
        return new SessionAttendance(session.Id, agenda.Slots, Array.AsReadOnly(results), findings.AsReadOnly(), completion);
    }

    // The participants as sorted NIP values, with their enrolment instants (Unix ticks; long.MinValue = from the start).
    private static long[] Roster(
        AttendanceLog log, int from, int to, IReadOnlyCollection<RosterEntry>? roster, IReadOnlyCollection<ManualMark>? marks, out long[] enrolledAt)
    {
        long[] nips;
        if (roster is not null)
        {
            nips = new long[roster.Count];
            enrolledAt = new long[roster.Count];
            var i = 0;
            foreach (var entry in roster)
            {
                if (entry.Nip.IsDefault)
                {
                    throw new ArgumentException("A roster entry's NIP is the default Nip.", nameof(roster));
                }

                nips[i] = entry.Nip.Value;
                enrolledAt[i++] = entry.EnrolledAt?.ToUnixTimeTicks() ?? long.MinValue;
            }

            Array.Sort(nips, enrolledAt);
            for (var k = 1; k < nips.Length; k++)
            {
                if (nips[k] == nips[k - 1])
                {
                    throw new ArgumentException($"Participant {NipText(nips[k])} is on the roster twice.", nameof(roster));
                }
            }

            return nips;
        }

        var all = new long[to - from + (marks?.Count ?? 0)];
        Array.Copy(log.Nips, from, all, 0, to - from);
        var m = to - from;
        foreach (var mark in marks ?? [])
        {
            all[m++] = mark.Nip.Value;
        }

        Array.Sort(all);
        var unique = 0;
        for (var k = 0; k < all.Length; k++)
        {
            if (all[k] != 0 && (unique == 0 || all[k] != all[unique - 1]))
            {
                all[unique++] = all[k];
            }
        }

        nips = all.AsSpan(0, unique).ToArray();
        enrolledAt = new long[unique];
        Array.Fill(enrolledAt, long.MinValue);
        return nips;
    }

    private static Dictionary<(int Person, int Slot), AttendanceMark>? MarkTable(
        string sessionId, SessionAgenda agenda, long[] people, IReadOnlyCollection<ManualMark>? marks, List<RuleViolation> findings)
    {
        if (marks is null || marks.Count == 0)
        {
            return null;
        }

        var table = new Dictionary<(int, int), AttendanceMark>();
        foreach (var mark in marks)
        {
            var person = Array.BinarySearch(people, mark.Nip.Value);
            if (!Enum.IsDefined(mark.Mark))
            {
                throw new ArgumentException($"A mark of participant {mark.Nip} is not an AttendanceMark value.", nameof(marks));
            }

            if (!agenda.SlotAt.TryGetValue((mark.Date, mark.ItemStart), out var slot))
            {
                findings.Add(AttendanceRules.Violation(
                    MarkForUnknownItem, ("Session", sessionId), ("Participant", mark.Nip.ToMaskedString()), ("Date", mark.Date), ("Start", mark.ItemStart.ToString("HH:mm", null))));
                continue;
            }

            if (person < 0)
            {
                findings.Add(AttendanceRules.Violation(NotOnRoster, ("Rows", 1), ("Participant", mark.Nip.ToMaskedString()), ("Session", sessionId)));
                continue;
            }

            table[(person, slot)] = mark.Mark;
        }

        return table;
    }

    private static void Sweep(
        AttendanceLog log,
        int from,
        int to,
        SessionAgenda agenda,
        long[] people,
        long[] enrolledAt,
        Dictionary<(int Person, int Slot), AttendanceMark>? marks,
        decimal minimumPercent,
        ParticipantAttendance[] results,
        string sessionId,
        List<RuleViolation> findings)
    {
        var rows = to - from;
        var pool = ArrayPool<long>.Shared;
        var counts = ArrayPool<int>.Shared.Rent(people.Length + 1);
        var owner = ArrayPool<int>.Shared.Rent(Math.Max(rows, 1));
        var joins = pool.Rent(Math.Max(rows, 1));
        var leaves = pool.Rent(Math.Max(rows, 1));
        var present = new long[agenda.Count];
        try
        {
            Array.Clear(counts, 0, people.Length + 1);
            int outside = 0, open = 0;
            Dictionary<long, int>? strangers = null;

            // Pass 1: whose row is it, close open events, drop events outside every meeting; count per participant.
            for (var r = 0; r < rows; r++)
            {
                var i = from + r;
                var person = Array.BinarySearch(people, log.Nips[i]);
                owner[r] = -1;
                if (person < 0)
                {
                    strangers ??= [];
                    strangers[log.Nips[i]] = strangers.GetValueOrDefault(log.Nips[i]) + 1;
                    continue;
                }

                var join = log.Joins[i];
                var meeting = agenda.MeetingEndingAfter(join);
                if (meeting < 0)
                {
                    outside++;
                    continue;
                }

                var leave = log.Leaves[i];
                if (leave == AttendanceLog.NoLeave)
                {
                    leave = agenda.MeetingEnd[meeting];
                    open++;
                }

                if (leave <= agenda.MeetingStart[meeting])
                {
                    outside++;
                    continue;
                }

                owner[r] = person;
                joins[r] = join;
                leaves[r] = leave;
                counts[person + 1]++;
            }

            // Pass 2: counting sort of the kept rows by participant.
            for (var p = 0; p < people.Length; p++)
            {
                counts[p + 1] += counts[p];
            }

            var sortedJoins = pool.Rent(Math.Max(rows, 1));
            var sortedLeaves = pool.Rent(Math.Max(rows, 1));
            try
            {
                var next = ArrayPool<int>.Shared.Rent(people.Length + 1);
                Array.Copy(counts, next, people.Length + 1);
                for (var r = 0; r < rows; r++)
                {
                    var person = owner[r];
                    if (person >= 0)
                    {
                        var at = next[person]++;
                        sortedJoins[at] = joins[r];
                        sortedLeaves[at] = leaves[r];
                    }
                }

                ArrayPool<int>.Shared.Return(next);

                // Pass 3: per participant, sort the few rows by join, merge overlaps, sweep against the slots.
                for (var p = 0; p < people.Length; p++)
                {
                    var start = counts[p];
                    var length = counts[p + 1] - start;
                    Array.Clear(present);
                    if (length > 1)
                    {
                        Array.Sort(sortedJoins, sortedLeaves, start, length);
                    }

                    if (length > 0)
                    {
                        MergeAndCredit(sortedJoins, sortedLeaves, start, length, agenda, present);
                    }

                    results[p] = Score(p, people[p], enrolledAt[p], length > 0, agenda, present, marks, minimumPercent);
                }
            }
            finally
            {
                pool.Return(sortedJoins);
                pool.Return(sortedLeaves);
            }

            Report(sessionId, outside, open, strangers, findings);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(owner);
            pool.Return(joins);
            pool.Return(leaves);
        }
    }

    // Sorted events → disjoint intervals; each interval adds its overlap with every slot it meets. Overlapping devices
    // and reconnections become one interval, so no time is counted twice.
    private static void MergeAndCredit(long[] joins, long[] leaves, int start, int length, SessionAgenda agenda, long[] present)
    {
        var first = 0;
        var curStart = joins[start];
        var curEnd = leaves[start];
        for (var k = start + 1; k < start + length; k++)
        {
            if (joins[k] <= curEnd)
            {
                if (leaves[k] > curEnd)
                {
                    curEnd = leaves[k];
                }

                continue;
            }

            first = Credit(curStart, curEnd, first, agenda, present);
            curStart = joins[k];
            curEnd = leaves[k];
        }

        Credit(curStart, curEnd, first, agenda, present);
    }

    private static int Credit(long from, long to, int first, SessionAgenda agenda, long[] present)
    {
        // Slots are in start order; MaxEndSoFar lets the cursor skip every slot that ended before this interval.
        while (first < agenda.Count && agenda.MaxEndSoFar[first] <= from)
        {
            first++;
        }

        for (var s = first; s < agenda.Count && agenda.SlotStart[s] < to; s++)
        {
            var overlap = Math.Min(to, agenda.SlotEnd[s]) - Math.Max(from, agenda.SlotStart[s]);
            if (overlap > 0)
            {
                present[s] += overlap;
            }
        }

        return first;
    }

    private static ParticipantAttendance Score(
        int person, long nip, long enrolledAt, bool hasLog, SessionAgenda agenda, long[] present, Dictionary<(int Person, int Slot), AttendanceMark>? marks, decimal minimumPercent)
    {
        var statuses = new ItemAttendanceStatus[agenda.Count];
        var presentCopy = new long[agenda.Count];
        int attended = 0, applicable = 0;
        for (var s = 0; s < agenda.Count; s++)
        {
            ItemAttendanceStatus status;
            if (agenda.SlotStart[s] < enrolledAt)
            {
                status = ItemAttendanceStatus.NotApplicable;
            }
            else if (marks is not null && marks.TryGetValue((person, s), out var mark))
            {
                status = mark switch
                {
                    AttendanceMark.Present => ItemAttendanceStatus.Attended,
                    AttendanceMark.Excused => ItemAttendanceStatus.Excused,
                    _ => ItemAttendanceStatus.Absent,
                };
            }
            else
            {
                presentCopy[s] = present[s];
                status = present[s] >= agenda.Need[s] ? ItemAttendanceStatus.Attended : ItemAttendanceStatus.Absent;
            }

            statuses[s] = status;
            if (status != ItemAttendanceStatus.NotApplicable)
            {
                applicable += agenda.Jp[s];
                if (status == ItemAttendanceStatus.Attended)
                {
                    attended += agenda.Jp[s];
                }
            }
        }

        return new ParticipantAttendance(
            NipOf(nip),
            enrolledAt == long.MinValue ? null : Instant.FromUnixTimeTicks(enrolledAt),
            hasLog,
            statuses,
            presentCopy,
            LessonHours.FromJp(attended),
            LessonHours.FromJp(applicable),
            minimumPercent);
    }

    private static void Report(string sessionId, int outside, int open, Dictionary<long, int>? strangers, List<RuleViolation> findings)
    {
        if (outside > 0)
        {
            findings.Add(AttendanceRules.Violation(EventsOutsideSession, ("Session", sessionId), ("Rows", outside)));
        }

        if (open > 0)
        {
            findings.Add(AttendanceRules.Violation(LeaveMissing, ("Session", sessionId), ("Rows", open)));
        }

        foreach (var (nip, rows) in (strangers ?? []).OrderBy(s => s.Key))
        {
            findings.Add(AttendanceRules.Violation(NotOnRoster, ("Rows", rows), ("Participant", NipText(nip)), ("Session", sessionId)));
        }
    }

    private static Nip NipOf(long value) => Nip.FromValue(value);

    private static string NipText(long value) => Nip.FromValue(value).ToMaskedString();
}
