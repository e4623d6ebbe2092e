using System.Buffers;
using Bimtek.Domain.Common;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Attendance;

/// <summary>Step 3 of the attendance calculation: the sweep of one session's log rows, in named passes over pooled
/// arrays. A struct that holds the sweep's state, so each pass reads its inputs from fields instead of a long
/// parameter list; used once, from a local variable (never copied).</summary>
internal struct AttendanceSweep
{
    private static readonly ArrayPool<long> Longs = ArrayPool<long>.Shared;
    private static readonly ArrayPool<int> Ints = ArrayPool<int>.Shared;

    private readonly AttendanceLog _log;
    private readonly int _from;
    private readonly int _rows;
    private readonly SessionAgenda _agenda;
    private readonly AttendanceRoster _people;

    // What pass 1 drops or closes, for the findings.
    private int _outside;
    private int _open;
    private Dictionary<long, int>? _strangers;

    public AttendanceSweep(AttendanceLog log, int from, int to, SessionAgenda agenda, AttendanceRoster people)
    {
        _log = log;
        _from = from;
        _rows = to - from;
        _agenda = agenda;
        _people = people;
    }

    /// <summary>Runs the passes and scores every participant (in roster order).</summary>
    public ParticipantAttendance[] Run(MarkTable? marks, decimal minimumPercent)
    {
        var size = Math.Max(_rows, 1);
        var counts = Ints.Rent(_people.Count + 1);
        var owner = Ints.Rent(size);
        var joins = Longs.Rent(size);
        var leaves = Longs.Rent(size);
        var sortedJoins = Longs.Rent(size);
        var sortedLeaves = Longs.Rent(size);
        try
        {
            Array.Clear(counts, 0, _people.Count + 1);
            AssignRows(owner, joins, leaves, counts);
            GroupByParticipant(owner, joins, leaves, counts, sortedJoins, sortedLeaves);
            return CreditAndScore(counts, sortedJoins, sortedLeaves, marks, minimumPercent);
        }
        finally
        {
            Ints.Return(counts);
            Ints.Return(owner);
            Longs.Return(joins);
            Longs.Return(leaves);
            Longs.Return(sortedJoins);
            Longs.Return(sortedLeaves);
        }
    }

    /// <summary>Reports what the passes dropped or closed: events outside every meeting, open events, strangers.</summary>
    public readonly void Report(string sessionId, List<RuleViolation> findings)
    {
        if (_outside > 0)
        {
            findings.Add(AttendanceRules.Violation(EventsOutsideSession, ("Session", sessionId), ("Rows", _outside)));
        }

        if (_open > 0)
        {
            findings.Add(AttendanceRules.Violation(LeaveMissing, ("Session", sessionId), ("Rows", _open)));
        }

        foreach (var (nip, rows) in (_strangers ?? []).OrderBy(s => s.Key))
        {
            findings.Add(AttendanceRules.Violation(NotOnRoster, ("Rows", rows), ("Participant", Nip.FromValue(nip).ToMaskedString()), ("Session", sessionId)));
        }
    }

    // Pass 1: whose row is it, close open events, drop events outside every meeting; count the kept rows per participant.
    // The hot arrays and counters are copied to locals, as the loop ran before it was split.
    private void AssignRows(int[] owner, long[] joins, long[] leaves, int[] counts)
    {
        var agenda = _agenda;
        var people = _people.Nips;
        var nips = _log.Nips;
        var logJoins = _log.Joins;
        var logLeaves = _log.Leaves;
        int outside = 0, open = 0;
        var strangers = _strangers;
        for (var r = 0; r < _rows; r++)
        {
            var i = _from + r;
            var person = Array.BinarySearch(people, nips[i]);
            owner[r] = -1;
            if (person < 0)
            {
                strangers ??= [];
                strangers[nips[i]] = strangers.GetValueOrDefault(nips[i]) + 1;
                continue;
            }

            var join = logJoins[i];
            var meeting = agenda.MeetingEndingAfter(join);
            if (meeting < 0)
            {
                outside++;
                continue;
            }

            var leave = logLeaves[i];
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

        _outside += outside;
        _open += open;
        _strangers = strangers;
    }

    // Pass 2: counting sort of the kept rows by participant; counts becomes each participant's start offset.
    private readonly void GroupByParticipant(int[] owner, long[] joins, long[] leaves, int[] counts, long[] sortedJoins, long[] sortedLeaves)
    {
        var people = _people.Count;
        for (var p = 0; p < people; p++)
        {
            counts[p + 1] += counts[p];
        }

        var next = Ints.Rent(people + 1);
        try
        {
            Array.Copy(counts, next, people + 1);
            for (var r = 0; r < _rows; r++)
            {
                var person = owner[r];
                if (person >= 0)
                {
                    var at = next[person]++;
                    sortedJoins[at] = joins[r];
                    sortedLeaves[at] = leaves[r];
                }
            }
        }
        finally
        {
            Ints.Return(next);
        }
    }

    // Pass 3: per participant, sort the few rows by join, merge overlaps, credit the slots, score.
    private readonly ParticipantAttendance[] CreditAndScore(int[] counts, long[] sortedJoins, long[] sortedLeaves, MarkTable? marks, decimal minimumPercent)
    {
        var results = new ParticipantAttendance[_people.Count];
        var present = new long[_agenda.Count];
        for (var p = 0; p < results.Length; p++)
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
                PresenceCredit.MergeAndCredit(sortedJoins, sortedLeaves, start, length, _agenda, present);
            }

            results[p] = ItemScoring.Score(p, _people, length > 0, _agenda, present, marks, minimumPercent);
        }

        return results;
    }
}
