namespace Bimtek.Domain.Attendance;

/// <summary>The sweep's inner step: one participant's sorted events become disjoint presence intervals, and each
/// interval credits its overlap to every slot it meets.</summary>
internal static class PresenceCredit
{
    // Overlapping devices and reconnections become one interval, so no time is counted twice.
    public static void MergeAndCredit(long[] joins, long[] leaves, int start, int length, SessionAgenda agenda, long[] present)
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
            // No overlap (a slot nested in an earlier, longer one can end before the interval) credits nothing.
            present[s] += Math.Max(0, Math.Min(to, agenda.SlotEnd[s]) - Math.Max(from, agenda.SlotStart[s]));
        }

        return first;
    }
}
