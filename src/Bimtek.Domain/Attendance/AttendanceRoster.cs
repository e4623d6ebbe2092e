using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Attendance;

/// <summary>Step 1 of the attendance calculation: who is computed, as sorted NIP values with their enrolment instants
/// (Unix ticks; <see cref="long.MinValue"/> = from the start), so the sweep finds a row's owner by binary search.</summary>
internal sealed class AttendanceRoster
{
    private AttendanceRoster(long[] nips, long[] enrolledAt)
    {
        Nips = nips;
        EnrolledAt = enrolledAt;
    }

    public long[] Nips { get; }

    public long[] EnrolledAt { get; }

    public int Count => Nips.Length;

    public int IndexOf(long nip) => Array.BinarySearch(Nips, nip);

    // The host's roster wins; else the session's own participants; else everyone in the log and marks.
    public static AttendanceRoster Build(
        TrainingSession session, AttendanceLog log, int from, int to, IReadOnlyCollection<RosterEntry>? roster, IReadOnlyCollection<ManualMark>? marks)
    {
        if (roster is not null)
        {
            return FromEntries(roster.Select(e => (e.Nip, e.EnrolledAt?.ToUnixTimeTicks() ?? long.MinValue)), roster.Count, nameof(roster));
        }

        return session.Participants.Count > 0
            ? FromEntries(session.Participants.Select(n => (n, long.MinValue)), session.Participants.Count, nameof(session))
            : FromLogAndMarks(log, from, to, marks);
    }

    private static AttendanceRoster FromEntries(IEnumerable<(Nip Nip, long EnrolledAt)> entries, int count, string parameter)
    {
        var nips = new long[count];
        var enrolledAt = new long[count];
        var i = 0;
        foreach (var (nip, at) in entries)
        {
            if (nip.IsDefault)
            {
                throw new ArgumentException("A roster entry's NIP is the default Nip.", parameter);
            }

            nips[i] = nip.Value;
            enrolledAt[i++] = at;
        }

        Array.Sort(nips, enrolledAt);
        for (var k = 1; k < nips.Length; k++)
        {
            if (nips[k] == nips[k - 1])
            {
                throw new ArgumentException($"Participant {Nip.FromValue(nips[k]).ToMaskedString()} is on the roster twice.", parameter);
            }
        }

        return new AttendanceRoster(nips, enrolledAt);
    }

    private static AttendanceRoster FromLogAndMarks(AttendanceLog log, int from, int to, IReadOnlyCollection<ManualMark>? marks)
    {
        var rows = to - from;
        var all = new long[rows + (marks?.Count ?? 0)];
        Array.Copy(log.Nips, from, all, 0, rows);
        var m = rows;
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

        var enrolledAt = new long[unique];
        Array.Fill(enrolledAt, long.MinValue);
        return new AttendanceRoster(all.AsSpan(0, unique).ToArray(), enrolledAt);
    }
}
