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
        // Keys become small integers and entries one array sorted by (key, start): one sort, no grouping.
        var keyIds = new Dictionary<TKey, int>();
        var order = new Entry[list.Count];
        for (var n = 0; n < list.Count; n++)
        {
            if (!keyIds.TryGetValue(list[n].Key, out var id))
            {
                keyIds[list[n].Key] = id = keyIds.Count;
            }

            order[n] = new Entry(id, list[n].Interval.Start, n);
        }

        Array.Sort(order);
        var found = new List<(T, T)>();
        var i = 0;
        while (i < order.Length)
        {
            // Within one key, in start order: reach is the entry seen so far that ends last.
            var key = order[i].Key;
            var reach = order[i].Index;
            for (i++; i < order.Length && order[i].Key == key; i++)
            {
                var current = list[order[i].Index];
                if (current.Interval.Start < list[reach].Interval.End)
                {
                    found.Add((list[reach].Value, current.Value));
                }

                if (current.Interval.End > list[reach].Interval.End)
                {
                    reach = order[i].Index;
                }
            }
        }

        sorted = Array.ConvertAll(order, e => e.Index);
        return found;
    }

    private readonly record struct Entry(int Key, Instant Start, int Index) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Key != other.Key ? Key.CompareTo(other.Key) : Start.CompareTo(other.Start);
    }
}
