using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>A session's agenda as arrays of Unix ticks, for the attendance sweep: slots in start order and meetings.</summary>
internal sealed class SessionAgenda
{
    private SessionAgenda(List<AgendaSlot> slots, List<(long Start, long End)> meetings, decimal sharePercent)
    {
        Slots = slots.AsReadOnly();
        Count = slots.Count;
        SlotStart = new long[Count];
        SlotEnd = new long[Count];
        MaxEndSoFar = new long[Count];
        Need = new long[Count];
        Jp = new int[Count];
        var maxEnd = long.MinValue;
        for (var s = 0; s < Count; s++)
        {
            var slot = slots[s];
            SlotStart[s] = slot.Interval.Start.ToUnixTimeTicks();
            SlotEnd[s] = slot.Interval.End.ToUnixTimeTicks();
            maxEnd = Math.Max(maxEnd, SlotEnd[s]);
            MaxEndSoFar[s] = maxEnd;
            Need[s] = (long)Math.Ceiling((SlotEnd[s] - SlotStart[s]) * sharePercent / 100m);
            Jp[s] = slot.Jp.Value;
            SlotAt[(slot.Date, slot.Start)] = s;
        }

        MeetingStart = [.. meetings.Select(m => m.Start)];
        MeetingEnd = [.. meetings.Select(m => m.End)];
    }

    public IReadOnlyList<AgendaSlot> Slots { get; }

    public int Count { get; }

    public long[] SlotStart { get; }

    public long[] SlotEnd { get; }

    public long[] MaxEndSoFar { get; }

    // The presence (ticks) a slot needs to be attended: its length times the policy's share, rounded up.
    public long[] Need { get; }

    public int[] Jp { get; }

    public long[] MeetingStart { get; }

    public long[] MeetingEnd { get; }

    public Dictionary<(LocalDate Date, LocalTime Start), int> SlotAt { get; } = [];

    public static SessionAgenda Build(TrainingSession session, DateTimeZone zone, AttendancePolicy policy)
    {
        var placed = new List<(LocalDate Date, AgendaItem Item, Interval Interval)>();
        var meetings = new List<(long Start, long End)>();
        // Days and items may be listed in any order: slots and meetings are sorted below.
        foreach (var day in session.Days)
        {
            long meetingStart = long.MaxValue, meetingEnd = long.MinValue;
            foreach (var item in day.Items)
            {
                // A local time skipped or repeated by a zone change cannot occur in Indonesia (no DST since 1988).
                var start = day.Date.At(item.Start).InZoneLeniently(zone).ToInstant();
                var interval = new Interval(start, start + item.Length);
                meetingStart = Math.Min(meetingStart, interval.Start.ToUnixTimeTicks());
                meetingEnd = Math.Max(meetingEnd, interval.End.ToUnixTimeTicks());
                if (item.Kind is not (AgendaItemKind.Ishoma or AgendaItemKind.Break))
                {
                    placed.Add((day.Date, item, interval));
                }
            }

            if (day.Items.Count > 0)
            {
                meetings.Add((meetingStart, meetingEnd));
            }
        }

        placed.Sort((a, b) => a.Interval.Start.CompareTo(b.Interval.Start));
        var slots = new List<AgendaSlot>(placed.Count);
        foreach (var (date, item, interval) in placed)
        {
            slots.Add(new AgendaSlot(slots.Count, date, item, interval));
        }

        meetings.Sort();
        return new SessionAgenda(slots, meetings, policy.MinimumSharePercent);
    }

    // The first meeting that ends after the instant (the one it falls in, or the next), or -1.
    public int MeetingEndingAfter(long instant)
    {
        int lo = 0, hi = MeetingEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (MeetingEnd[mid] <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == MeetingEnd.Length ? -1 : lo;
    }
}
