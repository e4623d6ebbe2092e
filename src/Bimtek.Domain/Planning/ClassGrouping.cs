namespace Bimtek.Domain.Planning;

// Splits one centre's regions into classes. Fewest classes first; then fewest provinces split across classes; then
// fewest classes mixing clocks (a mixed online class shares a shorter working window, so its agenda may need more days).
// Four candidates are built and the best kept: whole provinces or region by region, per zone or all zones together.
internal static class ClassGrouping
{
    public static List<List<int>> Group(IReadOnlyList<PlanningUnit> units, IReadOnlyList<int> members, int capacity)
    {
        if (members.Count == 0)
        {
            return [];
        }

        var ordered = members.OrderBy(i => units[i].OffsetHours).ThenBy(i => units[i].Province).ThenBy(i => units[i].Region).ToList();
        var zones = ordered.GroupBy(i => units[i].OffsetHours).Select(g => g.ToList()).ToList();
        List<List<List<int>>> candidates =
        [
            WholeProvinces(units, ordered, capacity, balanced: false),
            [.. zones.SelectMany(z => WholeProvinces(units, z, capacity, balanced: false))],
            WholeProvinces(units, ordered, capacity, balanced: true),
            [.. zones.SelectMany(z => WholeProvinces(units, z, capacity, balanced: true))],
            InOrder(units, ordered, capacity),
            [.. zones.SelectMany(z => InOrder(units, z, capacity))],
        ];
        return candidates.MinBy(c => Score(units, c))!;
    }

    // Lexicographic: classes, split provinces, mixed-zone classes, then the largest class (smaller is better balanced).
    private static (int, int, int, int) Score(IReadOnlyList<PlanningUnit> units, List<List<int>> classes) =>
        (classes.Count, SplitProvinces(units, classes), classes.Count(c => c.Select(i => units[i].OffsetHours).Distinct().Count() > 1), classes.Max(c => c.Sum(i => units[i].Participants)));

    // Each province counts once for every class beyond the first that holds some of its regions.
    public static int SplitProvinces(IReadOnlyList<PlanningUnit> units, IEnumerable<IReadOnlyList<int>> classes) =>
        classes.SelectMany(c => c.Select(i => units[i].Province).Distinct()).GroupBy(p => p).Sum(g => g.Count() - 1);

    private static int SplitProvinces(IReadOnlyList<PlanningUnit> units, List<List<int>> classes) => SplitProvinces(units, classes.Cast<IReadOnlyList<int>>());

    // Decreasing fit over provinces; a province larger than a class is cut into full classes and a remainder. Best fit
    // (the fullest class that takes a piece) finds few classes; balanced, the same number of classes is opened up front
    // and each piece goes to the emptiest, so classes come out even.
    private static List<List<int>> WholeProvinces(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity, bool balanced)
    {
        var opened = balanced ? WholeProvinces(units, ordered, capacity, balanced: false).Count : 0;
        var pieces = new List<List<int>>();
        foreach (var province in ordered.GroupBy(i => units[i].Province))
        {
            var piece = new List<int>();
            var size = 0;
            foreach (var unit in province)
            {
                if (size + units[unit].Participants > capacity)
                {
                    pieces.Add(piece);
                    (piece, size) = ([], 0);
                }

                piece.Add(unit);
                size += units[unit].Participants;
            }

            pieces.Add(piece);
        }

        var bins = Enumerable.Range(0, opened).Select(_ => (Units: new List<int>(), Size: 0)).ToList();
        foreach (var piece in pieces.OrderByDescending(p => p.Sum(i => units[i].Participants)).ThenBy(p => units[p[0]].Region))
        {
            var size = piece.Sum(i => units[i].Participants);
            // Best fit: the fullest class that still takes the whole piece, preferring one on the same clock.
            var offset = units[piece[0]].OffsetHours;
            var best = -1;
            for (var b = 0; b < bins.Count; b++)
            {
                if (bins[b].Size + size <= capacity && (best < 0 || Better(b, best)))
                {
                    best = b;
                }
            }

            if (best < 0)
            {
                bins.Add(([.. piece], size));
            }
            else
            {
                bins[best].Units.AddRange(piece);
                bins[best] = (bins[best].Units, bins[best].Size + size);
            }

            bool Better(int b, int than)
            {
                var (same, sameThan) = (SameClock(b), SameClock(than));
                return same != sameThan ? same : balanced ? bins[b].Size < bins[than].Size : bins[b].Size > bins[than].Size;
            }

            bool SameClock(int b) => bins[b].Units.Count == 0 || units[bins[b].Units[0]].OffsetHours == offset;
        }

        return [.. bins.Where(b => b.Units.Count > 0).Select(b => b.Units.OrderBy(i => units[i].Region).ToList())];
    }

    // Region by region in zone and province order, into as few classes as first fit needs, evened out: each class is
    // filled to its share of what is left, so a province is cut at most once per class boundary.
    private static List<List<int>> InOrder(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity)
    {
        var count = FirstFitCount(units, ordered, capacity);
        var classes = new List<List<int>>();
        var remaining = ordered.Sum(i => units[i].Participants);
        var next = 0;
        for (var k = count; k > 0 && next < ordered.Count; k--)
        {
            var share = (remaining + k - 1) / k;
            var current = new List<int>();
            var size = 0;
            while (next < ordered.Count
                && size + units[ordered[next]].Participants <= capacity
                && (size < share || k == 1))
            {
                size += units[ordered[next]].Participants;
                current.Add(ordered[next++]);
            }

            remaining -= size;
            classes.Add(current);
        }

        // Uneven sizes can leave a tail the shares did not take: it opens classes of its own.
        while (next < ordered.Count)
        {
            var current = new List<int>();
            var size = 0;
            while (next < ordered.Count && size + units[ordered[next]].Participants <= capacity)
            {
                size += units[ordered[next]].Participants;
                current.Add(ordered[next++]);
            }

            classes.Add(current);
        }

        return classes;
    }

    private static int FirstFitCount(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity)
    {
        var bins = new List<int>();
        foreach (var size in ordered.Select(i => units[i].Participants).OrderByDescending(s => s))
        {
            var b = bins.FindIndex(used => used + size <= capacity);
            if (b < 0)
            {
                bins.Add(size);
            }
            else
            {
                bins[b] += size;
            }
        }

        return bins.Count;
    }
}
