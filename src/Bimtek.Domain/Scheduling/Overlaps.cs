using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>Sort-and-sweep overlap finding over half-open intervals: O(n log n), instead of comparing every pair.</summary>
internal static class Overlaps
{
    /// <summary>
    /// For each key, reports every entry whose interval starts before an earlier entry of the same key has ended, paired
    /// with the earlier entry that reaches furthest. Intervals that only touch (end = start) do not overlap.
    /// </summary>
    public static IEnumerable<(T Earlier, T Later)> Find<TKey, T>(IEnumerable<(TKey Key, Interval Interval, T Value)> entries)
        where TKey : notnull
    {
        foreach (var group in entries.GroupBy(e => e.Key))
        {
            var sorted = group.OrderBy(e => e.Interval.Start).ToList();
            var reach = sorted[0];
            for (var i = 1; i < sorted.Count; i++)
            {
                var current = sorted[i];
                if (current.Interval.Start < reach.Interval.End)
                {
                    yield return (reach.Value, current.Value);
                }

                if (current.Interval.End > reach.Interval.End)
                {
                    reach = current;
                }
            }
        }
    }
}
