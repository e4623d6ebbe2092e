using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>Sort-and-sweep overlap finding over half-open intervals: O(n log n), instead of comparing every pair.</summary>
internal static class Overlaps
{
    /// <summary>
    /// For each key, reports every entry whose interval starts before an earlier entry of the same key has ended, paired
    /// with the earlier entry that reaches furthest. Intervals that only touch (end = start) do not overlap.
    /// </summary>
    public static List<(T Earlier, T Later)> Find<TKey, T>(IEnumerable<(TKey Key, Interval Interval, T Value)> entries)
        where TKey : notnull =>
        Find(entries as IReadOnlyList<(TKey Key, Interval Interval, T Value)> ?? entries.ToList(), out _);

    /// <summary>As <see cref="Find{TKey, T}(IEnumerable{ValueTuple{TKey, Interval, T}})"/>, also giving the entries' indexes
    /// sorted by key and start, for callers that sweep the same order for another rule.</summary>
    public static List<(T Earlier, T Later)> Find<TKey, T>(IReadOnlyList<(TKey Key, Interval Interval, T Value)> list, out int[] sorted)
        where TKey : notnull
    {
        // Keys become small integers, and each entry one long (key id in the high bits, milliseconds since the earliest
        // start in the low 40): one primitive sort, no grouping and no comparer calls. Spans beyond 34 years, or more
        // than 8 million keys, fall back to a comparison sort.
        // Scratch arrays come from the shared pool: a year's schedule would otherwise put megabytes on the large-object
        // heap at every validation.
        var keyIds = new Dictionary<TKey, int>();
        var ids = System.Buffers.ArrayPool<int>.Shared.Rent(list.Count);
        var starts = System.Buffers.ArrayPool<Instant>.Shared.Rent(list.Count);
        try
        {
            return Sweep(list, keyIds, ids, starts, out sorted);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(ids);
            System.Buffers.ArrayPool<Instant>.Shared.Return(starts);
        }
    }

    /// <summary>
    /// For each key, the groups of entries that overlap one another (each entry starting before the group so far has
    /// ended), in start order; only groups of two or more. One group per clash, however many entries it holds, so a
    /// report stays linear in the input (10,000 sessions at one instant are one group, not 9,999 pairs).
    /// </summary>
    public static List<List<T>> Groups<TKey, T>(IReadOnlyList<(TKey Key, Interval Interval, T Value)> list, out int[] sorted)
        where TKey : notnull
    {
        var keyIds = new Dictionary<TKey, int>();
        var ids = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, list.Count));
        var starts = System.Buffers.ArrayPool<Instant>.Shared.Rent(Math.Max(1, list.Count));
        try
        {
            var order = Sort(list, keyIds, ids, starts);
            var groups = new List<List<T>>();
            for (var i = 0; i < order.Length;)
            {
                var key = ids[order[i]];
                var group = new List<T> { list[order[i]].Value };
                var reachEnd = list[order[i]].Interval.End;
                for (i++; i < order.Length && ids[order[i]] == key; i++)
                {
                    var current = list[order[i]];
                    if (current.Interval.Start >= reachEnd)
                    {
                        Close(groups, group);
                        group = [];
                    }

                    group.Add(current.Value);
                    reachEnd = Instant.Max(reachEnd, current.Interval.End);
                }

                Close(groups, group);
            }

            sorted = order;
            return groups;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(ids);
            System.Buffers.ArrayPool<Instant>.Shared.Return(starts);
        }

        static void Close(List<List<T>> groups, List<T> group)
        {
            if (group.Count > 1)
            {
                groups.Add(group);
            }
        }
    }

    private static List<(T Earlier, T Later)> Sweep<TKey, T>(
        IReadOnlyList<(TKey Key, Interval Interval, T Value)> list,
        Dictionary<TKey, int> keyIds,
        int[] ids,
        Instant[] starts,
        out int[] sorted)
        where TKey : notnull
    {
        var order = Sort(list, keyIds, ids, starts);
        var found = new List<(T, T)>();
        var i = 0;
        while (i < order.Length)
        {
            // Within one key, in start order: reach is the entry seen so far that ends last.
            var key = ids[order[i]];
            var reach = order[i];
            for (i++; i < order.Length && ids[order[i]] == key; i++)
            {
                var current = list[order[i]];
                if (current.Interval.Start < list[reach].Interval.End)
                {
                    found.Add((list[reach].Value, current.Value));
                }

                if (current.Interval.End > list[reach].Interval.End)
                {
                    reach = order[i];
                }
            }
        }

        sorted = order;
        return found;
    }

    // The entries' indexes sorted by key (in order of first appearance) and start.
    private static int[] Sort<TKey, T>(
        IReadOnlyList<(TKey Key, Interval Interval, T Value)> list,
        Dictionary<TKey, int> keyIds,
        int[] ids,
        Instant[] starts)
        where TKey : notnull
    {
        var (earliest, latest) = (Instant.MaxValue, Instant.MinValue);
        for (var n = 0; n < list.Count; n++)
        {
            var (key, interval, _) = list[n];
            if (!keyIds.TryGetValue(key, out var id))
            {
                keyIds[key] = id = keyIds.Count;
            }

            ids[n] = id;
            starts[n] = interval.Start;
            earliest = Instant.Min(earliest, interval.Start);
            latest = Instant.Max(latest, interval.Start);
        }

        var order = new int[list.Count];
        for (var n = 0; n < order.Length; n++)
        {
            order[n] = n;
        }

        if ((latest - earliest).TotalMilliseconds < (1L << 40) && keyIds.Count < (1 << 23))
        {
            var sortKeys = System.Buffers.ArrayPool<long>.Shared.Rent(list.Count);
            for (var n = 0; n < list.Count; n++)
            {
                sortKeys[n] = ((long)ids[n] << 40) | (long)(starts[n] - earliest).TotalMilliseconds;
            }

            Array.Sort(sortKeys, order, 0, list.Count);
            System.Buffers.ArrayPool<long>.Shared.Return(sortKeys);
        }
        else
        {
            Array.Sort(order, (a, b) => ids[a] != ids[b] ? ids[a].CompareTo(ids[b]) : starts[a].CompareTo(starts[b]));
        }

        return order;
    }
}
