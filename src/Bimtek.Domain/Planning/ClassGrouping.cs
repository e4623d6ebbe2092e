namespace Bimtek.Domain.Planning;

// Splits one centre's regions into classes. Fewest classes first; then fewest provinces split across classes; then
// fewest classes mixing clocks (a mixed online class shares a shorter working window, so its agenda may need more days).
// Candidates are built and the best kept: whole provinces packed for few classes or evenly, or region by region in
// order; all zones together, and each zone on its own when there are several.
internal static class ClassGrouping
{
    public static List<List<int>> Group(IReadOnlyList<PlanningUnit> units, IReadOnlyList<int> members, int capacity)
    {
        if (members.Count == 0)
        {
            return [];
        }

        var ordered = members.OrderBy(i => units[i].OffsetHours).ThenBy(i => units[i].Province).ThenBy(i => units[i].Region).ToList();
        var candidates = Candidates(units, ordered, capacity);
        var zones = ordered.GroupBy(i => units[i].OffsetHours).Select(g => g.ToList()).ToList();
        if (zones.Count > 1)
        {
            // Each clock on its own: no class mixes zones, perhaps at the price of a class more.
            var perZone = zones.Select(z => Candidates(units, z, capacity)).ToList();
            for (int k = 0, together = candidates.Count; k < together; k++)
            {
                candidates.Add([.. perZone.SelectMany(z => z[k])]);
            }
        }

        return candidates.MinBy(c => Score(units, c))!;
    }

    // Whole provinces packed for few classes, the same packed evenly, and region by region in order.
    private static List<List<List<int>>> Candidates(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity)
    {
        var fewest = WholeProvinces(units, ordered, capacity, opened: 0);
        return [fewest, WholeProvinces(units, ordered, capacity, opened: fewest.Count), InOrder(units, ordered, capacity)];
    }

    // Lexicographic: classes, split provinces, mixed-zone classes, then the largest class (smaller is better balanced).
    private static (int, int, int, int) Score(IReadOnlyList<PlanningUnit> units, List<List<int>> classes) =>
        (classes.Count, SplitProvinces(units, classes), classes.Count(c => c.Select(i => units[i].OffsetHours).Distinct().Count() > 1), classes.Max(c => c.Sum(i => units[i].Participants)));

    // Each province counts once for every class beyond the first that holds some of its regions. Counted per centre: a
    // province has one serving centre, and synthetic instances repeat province codes across centres.
    public static int SplitProvinces(IReadOnlyList<PlanningUnit> units, IEnumerable<IReadOnlyList<int>> classes) =>
        classes.SelectMany(c => c.Select(i => (units[i].Centre, units[i].Province)).Distinct()).GroupBy(p => p).Sum(g => g.Count() - 1);

    private static int SplitProvinces(IReadOnlyList<PlanningUnit> units, List<List<int>> classes) => SplitProvinces(units, classes.Cast<IReadOnlyList<int>>());

    // Decreasing fit over provinces; a province larger than a class is cut into full classes and a remainder. With no
    // class opened up front, best fit (the fullest class that takes a piece) finds few classes; with that many opened,
    // each piece goes to the emptiest that takes it, so classes come out even.
    private static List<List<int>> WholeProvinces(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity, int opened)
    {
        var balanced = opened > 0;
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
