using System.Buffers;

namespace Bimtek.Domain.Planning;

// Splits one centre's regions into classes, by the plan's own objective: fewest classes, then fewest provinces split
// across classes, then fewest class-days (a class whose people share a shorter working window needs more days).
//
// Why a partition of provinces: put provinces and classes in a graph, an edge where a class holds some of a province.
// Each connected part with P provinces and B classes has at least P + B − 1 edges, so a plan's splits (edges − P) are at
// least Σ (B_j − 1) over its parts, and B_j ≥ ⌈participants_j ÷ capacity⌉. Filling a part's classes region by region in
// province order reaches that bound. So the fewest splits are found by choosing the best partition of the centre's
// provinces into parts, each filled in order: a subset dynamic programme over at most MaxExact provinces (3^n steps),
// exact up to whole regions (a part that in-order filling cannot fit into its bound also tries first fit decreasing).
// A centre with more provinces merges the two smallest neighbours on one clock until MaxExact are left (not exact).
internal static partial class ClassGrouping
{
    private const int MaxExact = 12;

    // The plan's own weights; or, to repair a centre whose classes did not all fit, class-days before splits (classes
    // still first: a class outweighs any number of days and splits a centre can have).
    internal static readonly Weights Objective = new(PlanCost.ClassWeight, PlanCost.SplitWeight, PlanCost.ClassDayWeight);
    internal static readonly Weights DaysFirst = new(1_000_000_000, 1, 1_000);

    internal readonly record struct Weights(long Class, long Split, long Day);

    // daysOf: the days a class of the centre needs on a set of clocks (PlanningUnit.ClockBit), its cheapest start.
    public static List<List<int>> Group(IReadOnlyList<PlanningUnit> units, IReadOnlyList<int> members, int capacity, int centreClocks, bool online, Func<int, int> daysOf, bool daysFirst = false)
    {
        if (members.Count == 0)
        {
            return [];
        }

        var provinces = Provinces(units, members);
        // Whole provinces, largest first, into the fewest classes participants allow, each on the centre's clock alone:
        // no plan of the centre does better (no split, no class fewer, no class on fewer days), so no search is needed.
        var lowest = (members.Sum(i => units[i].Participants) + capacity - 1) / capacity;
        if (!daysFirst && WholeProvinces(units, provinces, capacity) is { } whole && whole.Count == lowest
            && whole.TrueForAll(c => daysOf(ClocksOf(units, c, centreClocks, online)) == daysOf(centreClocks)))
        {
            return InRegionOrder(units, whole);
        }

        var weights = daysFirst ? DaysFirst : Objective;
        var items = Merge(units, provinces);
        var n = items.Count;
        var full = (1 << n) - 1;
        var known = new Dictionary<int, int>();
        int Days(int clocks)
        {
            if (!known.TryGetValue(clocks, out var days))
            {
                known[clocks] = days = daysOf(clocks);
            }

            return days;
        }

        // Each part's cost, filled in order without building lists (2^n parts); the chosen ones are built at the end.
        var fill = new Fill(units, items, capacity, centreClocks, online, Days, weights);
        // Rented: a large instance runs this for every centre, and fresh arrays made its garbage collections grow faster
        // than the instance.
        var parts = ArrayPool<long>.Shared.Rent(1 << n);
        var best = ArrayPool<long>.Shared.Rent(1 << n);
        var choice = ArrayPool<int>.Shared.Rent(1 << n);
        for (var mask = 1; mask <= full; mask++)
        {
            parts[mask] = fill.Cost(mask);
        }

        // best[mask]: the cheapest partition of those provinces; the part holding the lowest province is chosen first.
        best[0] = 0;
        for (var mask = 1; mask <= full; mask++)
        {
            var low = mask & -mask;
            var rest = mask ^ low;
            best[mask] = long.MaxValue;
            for (var sub = rest; ; sub = (sub - 1) & rest)
            {
                var part = sub | low;
                var cost = parts[part] + best[mask ^ part];
                if (cost < best[mask])
                {
                    (best[mask], choice[mask]) = (cost, part);
                }

                if (sub == 0)
                {
                    break;
                }
            }
        }

        var classes = new List<List<int>>();
        for (var mask = full; mask != 0; mask ^= choice[mask])
        {
            var regions = new List<int>();
            for (var b = 0; b < n; b++)
            {
                if ((choice[mask] & (1 << b)) != 0)
                {
                    regions.AddRange(items[b]);
                }
            }

            classes.AddRange(BestFill(units, regions, capacity, centreClocks, online, Days, weights).Classes);
        }

        ArrayPool<long>.Shared.Return(parts);
        ArrayPool<long>.Shared.Return(best);
        ArrayPool<int>.Shared.Return(choice);
        return InRegionOrder(units, classes);
    }

    // A centre's provinces in clock and code order, each one's regions in code order: the in-order fill puts each clock's
    // provinces side by side. Sorted on one array: this runs for every centre of a large instance, and LINQ's groupings
    // and sorters were a third of the planner's garbage there.
    internal static List<List<int>> Provinces(IReadOnlyList<PlanningUnit> units, IReadOnlyList<int> members)
    {
        var sorted = new int[members.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = members[i];
        }

        Array.Sort(sorted, (a, b) => units[a].Province.CompareTo(units[b].Province) is var byProvince && byProvince != 0 ? byProvince : units[a].Region.CompareTo(units[b].Region));
        var provinces = new List<List<int>>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && units[sorted[end]].Province == units[sorted[start]].Province)
            {
                end++;
            }

            provinces.Add([.. sorted.AsSpan(start, end - start)]);
            start = end;
        }

        provinces.Sort((a, b) => units[a[0]].OffsetHours.CompareTo(units[b[0]].OffsetHours) is var byClock && byClock != 0 ? byClock : units[a[0]].Province.CompareTo(units[b[0]].Province));
        return provinces;
    }

    // Classes as a plan lists them: each one's regions in code order, the classes by their first region. In place: the
    // lists are the grouping's own.
    internal static List<List<int>> InRegionOrder(IReadOnlyList<PlanningUnit> units, List<List<int>> classes)
    {
        Comparison<int> byRegion = (a, b) => units[a].Region.CompareTo(units[b].Region);
        foreach (var members in classes)
        {
            members.Sort(byRegion);
        }

        classes.Sort((a, b) => byRegion(a[0], b[0]));
        return classes;
    }

    private static int ClocksOf(IReadOnlyList<PlanningUnit> units, List<int> members, int centreClocks, bool online)
    {
        var clocks = centreClocks;
        if (online)
        {
            foreach (var i in members)
            {
                clocks |= PlanningUnit.ClockBit(units[i].OffsetHours);
            }
        }

        return clocks;
    }

    // Best fit decreasing of whole provinces, preferring a class on the same clock; null when one is larger than a class.
    internal static List<List<int>>? WholeProvinces(IReadOnlyList<PlanningUnit> units, List<List<int>> provinces, int capacity)
    {
        var size = new int[provinces.Count];
        var order = new int[provinces.Count];
        for (var p = 0; p < provinces.Count; p++)
        {
            (order[p], size[p]) = (p, provinces[p].Sum(i => units[i].Participants));
            if (size[p] > capacity)
            {
                return null;
            }
        }

        Array.Sort(order, (a, b) => size[b].CompareTo(size[a]) is var bySize && bySize != 0 ? bySize : units[provinces[a][0]].Province.CompareTo(units[provinces[b][0]].Province));
        var bins = new List<(List<int> Units, int Size, int Offset)>();
        foreach (var p in order)
        {
            var offset = units[provinces[p][0]].OffsetHours;
            var best = -1;
            for (var b = 0; b < bins.Count; b++)
            {
                if (bins[b].Size + size[p] <= capacity
                    && (best < 0 || (bins[b].Offset == offset && bins[best].Offset != offset) || (bins[b].Offset == offset) == (bins[best].Offset == offset) && bins[b].Size > bins[best].Size))
                {
                    best = b;
                }
            }

            if (best < 0)
            {
                bins.Add(([.. provinces[p]], size[p], offset));
            }
            else
            {
                bins[best].Units.AddRange(provinces[p]);
                bins[best] = (bins[best].Units, bins[best].Size + size[p], bins[best].Offset);
            }
        }

        return bins.ConvertAll(b => b.Units);
    }

    // Each province counts once for every class beyond the first that holds some of its regions. Counted per centre: a
    // province has one serving centre, and synthetic instances repeat province codes across centres.
    public static int SplitProvinces(IReadOnlyList<PlanningUnit> units, IEnumerable<IReadOnlyList<int>> classes) =>
        classes.SelectMany(c => c.Select(i => (units[i].Centre, units[i].Province)).Distinct()).GroupBy(p => p).Sum(g => g.Count() - 1);

    // Too many provinces for the exact search: the two smallest neighbours on one clock become one item, until few
    // enough are left. Items are lists of regions; splits are still counted by real province.
    internal static List<List<int>> Merge(IReadOnlyList<PlanningUnit> units, List<List<int>> provinces)
    {
        var items = provinces.Select(p => new List<int>(p)).ToList();
        while (items.Count > MaxExact)
        {
            var best = -1;
            var bestSize = int.MaxValue;
            for (var i = 0; i + 1 < items.Count; i++)
            {
                var size = items[i].Sum(u => units[u].Participants) + items[i + 1].Sum(u => units[u].Participants);
                var sameClock = units[items[i][0]].OffsetHours == units[items[i + 1][^1]].OffsetHours;
                var score = sameClock ? size : size + 1_000_000;
                if (score < bestSize)
                {
                    (best, bestSize) = (i, score);
                }
            }

            items[best].AddRange(items[best + 1]);
            items.RemoveAt(best + 1);
        }

        return items;
    }

    // One part's classes: filled in order to even shares; when that needs a class more than participants ÷ capacity,
    // tightly (a cut province fills the room first fit); when that does too, also in order to capacity and first fit
    // decreasing. The cheapest wins.
    internal static (long Cost, List<List<int>> Classes) BestFill(IReadOnlyList<PlanningUnit> units, List<int> regions, int capacity, int centreClocks, bool online, Func<int, int> daysOf, Weights weights)
    {
        var size = regions.Sum(i => units[i].Participants);
        var bound = (size + capacity - 1) / capacity;
        var even = InOrder(units, regions, capacity, bound, evenly: true);
        var best = (Cost: Cost(units, even, centreClocks, online, daysOf, weights), Classes: even);
        if (even.Count <= bound)
        {
            return best;
        }

        var tight = Tight(units, regions, capacity);
        var others = tight.Count <= bound ? [tight] : new[] { tight, InOrder(units, regions, capacity, bound, evenly: false), FirstFitDecreasing(units, regions, capacity) };
        foreach (var other in others)
        {
            var cost = Cost(units, other, centreClocks, online, daysOf, weights);
            if (cost < best.Cost)
            {
                best = (cost, other);
            }
        }

        return best;
    }

    internal static long Cost(IReadOnlyList<PlanningUnit> units, List<List<int>> classes, int centreClocks, bool online, Func<int, int> daysOf, Weights weights)
    {
        long days = 0;
        foreach (var c in classes)
        {
            var clocks = centreClocks;
            if (online)
            {
                foreach (var i in c)
                {
                    clocks |= PlanningUnit.ClockBit(units[i].OffsetHours);
                }
            }

            days += daysOf(clocks);
        }

        return (classes.Count * weights.Class) + (SplitProvinces(units, classes.Cast<IReadOnlyList<int>>()) * weights.Split) + (days * weights.Day);
    }

    // Region by region in order into `count` classes: evenly, each filled to its share of what is left (a province is
    // cut at most once per class boundary); otherwise each filled to capacity. A tail that does not fit opens classes.
    internal static List<List<int>> InOrder(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity, int count, bool evenly)
    {
        var classes = new List<List<int>>();
        var remaining = ordered.Sum(i => units[i].Participants);
        var next = 0;
        for (var k = count; next < ordered.Count; k--)
        {
            var share = evenly && k > 0 ? (remaining + k - 1) / k : capacity;
            var current = new List<int>();
            var size = 0;
            while (next < ordered.Count && size + units[ordered[next]].Participants <= capacity && (size < share || k <= 1))
            {
                size += units[ordered[next]].Participants;
                current.Add(ordered[next++]);
            }

            remaining -= size;
            classes.Add(current);
        }

        return classes;
    }

    // Province by province in order, each class filled to capacity: where a province does not fit whole, the class takes
    // those of its regions that still fit (first fit within the province), so a cut fills the room a whole-region
    // in-order cut would leave empty; the rest of the province opens the next class.
    internal static List<List<int>> Tight(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity)
    {
        var classes = new List<List<int>> { new() };
        var size = 0;
        foreach (var province in ordered.GroupBy(i => units[i].Province))
        {
            var pending = province.ToList();
            while (pending.Count > 0)
            {
                var taken = new List<int>();
                foreach (var unit in pending)
                {
                    if (size + units[unit].Participants <= capacity)
                    {
                        taken.Add(unit);
                        size += units[unit].Participants;
                    }
                }

                if (taken.Count == 0)
                {
                    classes.Add([]);
                    size = 0;
                    continue;
                }

                classes[^1].AddRange(taken);
                pending.RemoveAll(taken.Contains);
                if (pending.Count > 0)
                {
                    classes.Add([]);
                    size = 0;
                }
            }
        }

        return [.. classes.Where(c => c.Count > 0)];
    }

    // Largest regions first, each into the first class with room: fewest classes when whole regions do not line up.
    internal static List<List<int>> FirstFitDecreasing(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity)
    {
        var classes = new List<(List<int> Units, int Size)>();
        foreach (var unit in ordered.OrderByDescending(i => units[i].Participants).ThenBy(i => units[i].Region))
        {
            var size = units[unit].Participants;
            var b = classes.FindIndex(c => c.Size + size <= capacity);
            if (b < 0)
            {
                classes.Add(([unit], size));
            }
            else
            {
                classes[b].Units.Add(unit);
                classes[b] = (classes[b].Units, classes[b].Size + size);
            }
        }

        return [.. classes.Select(c => c.Units)];
    }
}
