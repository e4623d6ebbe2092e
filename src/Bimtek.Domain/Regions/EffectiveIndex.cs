using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>
/// Answers "which items were in force on this date" without scanning: the timeline is cut at every date any item
/// starts or ends, and each segment keeps its list.
/// </summary>
internal sealed class EffectiveIndex<T>
    where T : Region
{
    private readonly LocalDate[] _starts;
    private readonly IReadOnlyList<T>[] _segments;

    public EffectiveIndex(IEnumerable<T> items)
    {
        var all = items.OrderBy(item => item.Code).ToArray();
        var cuts = all.SelectMany(item => new[] { item.ValidFrom, item.ValidUntil })
            .OfType<LocalDate>()
            .Distinct()
            .Order()
            .ToList();

        // Segment 0 holds what has always been in force (no start date); segment i starts at cut i-1, because every
        // item's period is half-open [from, until), so the set in force can only change on a cut date.
        _starts = [.. cuts];
        _segments = new IReadOnlyList<T>[cuts.Count + 1];
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i] = i == 0
                ? [.. all.Where(item => item.ValidFrom is null)]
                : [.. all.Where(item => item.IsInForceOn(cuts[i - 1]))];
        }
    }

    /// <summary>The items in force on <paramref name="date"/>, ordered by code.</summary>
    public IReadOnlyList<T> At(LocalDate date) => _segments[SegmentOf(date)];

    private int SegmentOf(LocalDate date)
    {
        var index = Array.BinarySearch(_starts, date);
        return index >= 0 ? index + 1 : ~index;
    }
}
