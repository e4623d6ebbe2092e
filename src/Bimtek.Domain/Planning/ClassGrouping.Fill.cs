namespace Bimtek.Domain.Planning;

// The grouping search's inner loop: a part's cost for each of the 2^n parts, on arrays.
internal static partial class ClassGrouping
{
    // A part's cost as BestFill computes it, from arrays: classes, splits (provinces per class, less the part's
    // provinces) and days per class's clock set, for the even fill; the other fills only when it needs a class more.
    internal sealed class Fill
    {
        private readonly IReadOnlyList<PlanningUnit> _units;
        private readonly List<List<int>> _items;
        private readonly int _capacity;
        private readonly int _centreClocks;
        private readonly bool _online;
        private readonly Func<int, int> _days;
        private readonly Weights _weights;
        private readonly int[] _size;
        private readonly int[] _province;
        private readonly int[] _clock;
        private readonly int[] _itemSize;
        private readonly int[] _itemProvinces;
        private readonly int[] _pending;

        public Fill(IReadOnlyList<PlanningUnit> units, List<List<int>> items, int capacity, int centreClocks, bool online, Func<int, int> days, Weights weights)
        {
            (_units, _items, _capacity, _centreClocks, _online, _days, _weights) = (units, items, capacity, centreClocks, online, days, weights);
            var count = items.Sum(i => i.Count);
            (_size, _province, _clock, _pending) = (new int[count], new int[count], new int[count], new int[count]);
            (_itemSize, _itemProvinces) = (new int[items.Count], new int[items.Count]);
            var provinceIds = new Dictionary<Regions.RegionCode, int>();
            var r = 0;
            for (var b = 0; b < items.Count; b++)
            {
                foreach (var u in items[b])
                {
                    _size[r] = units[u].Participants;
                    _clock[r] = PlanningUnit.ClockBit(units[u].OffsetHours);
                    if (!provinceIds.TryGetValue(units[u].Province, out var id))
                    {
                        provinceIds[units[u].Province] = id = provinceIds.Count;
                        _itemProvinces[b]++;
                    }

                    _province[r] = id;
                    _itemSize[b] += _size[r];
                    r++;
                }
            }
        }

        public long Cost(int mask)
        {
            var (total, provinces) = (0, 0);
            for (var b = 0; b < _items.Count; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    (total, provinces) = (total + _itemSize[b], provinces + _itemProvinces[b]);
                }
            }

            var bound = (total + _capacity - 1) / _capacity;
            var even = Even(mask, total, provinces, bound);
            if (even.Classes <= bound)
            {
                return even.Cost;
            }

            var tight = Tight(mask, provinces);
            if (tight.Classes <= bound)
            {
                return Math.Min(even.Cost, tight.Cost);
            }

            var regions = new List<int>();
            for (var b = 0; b < _items.Count; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    regions.AddRange(_items[b]);
                }
            }

            return BestFill(_units, regions, _capacity, _centreClocks, _online, _days, _weights).Cost;
        }

        // ClassGrouping.Tight on arrays: province by province, each class taking first fit what still fits.
        private (int Classes, long Cost) Tight(int mask, int provinces)
        {
            var (classes, edges, days) = (0, 0, 0L);
            var (size, clocks, held) = (0, _centreClocks, 0);
            var pending = _pending;
            var r = 0;
            for (var b = 0; b < _items.Count; b++)
            {
                var end = r + _items[b].Count;
                if ((mask & (1 << b)) == 0)
                {
                    r = end;
                    continue;
                }

                while (r < end)
                {
                    // One province's regions at a time (an item may hold several, side by side).
                    var count = 0;
                    for (var province = _province[r]; r < end && _province[r] == province; r++)
                    {
                        pending[count++] = r;
                    }

                    while (count > 0)
                    {
                        var kept = 0;
                        var took = false;
                        for (var i = 0; i < count; i++)
                        {
                            var region = pending[i];
                            if (size + _size[region] <= _capacity)
                            {
                                (size, took) = (size + _size[region], true);
                                clocks |= _online ? _clock[region] : 0;
                            }
                            else
                            {
                                pending[kept++] = region;
                            }
                        }

                        held += took ? 1 : 0;
                        count = kept;
                        if (count > 0 || !took)
                        {
                            (classes, edges, days) = (classes + 1, edges + held, days + _days(clocks));
                            (size, clocks, held) = (0, _centreClocks, 0);
                        }
                    }
                }
            }

            if (held > 0)
            {
                (classes, edges, days) = (classes + 1, edges + held, days + _days(clocks));
            }

            return (classes, (classes * _weights.Class) + ((edges - provinces) * _weights.Split) + (days * _weights.Day));
        }

        // ClassGrouping.InOrder on arrays, evenly: each class filled to its share of what is left.
        private (int Classes, long Cost) Even(int mask, int total, int provinces, int count)
        {
            var (classes, edges, days) = (0, 0, 0L);
            var (size, clocks, held, last) = (0, _centreClocks, 0, -1);
            var remaining = total;
            var k = count;
            var share = k > 0 ? (remaining + k - 1) / k : _capacity;
            var r = 0;
            for (var b = 0; b < _items.Count; b++)
            {
                if ((mask & (1 << b)) == 0)
                {
                    r += _items[b].Count;
                    continue;
                }

                for (var end = r + _items[b].Count; r < end; r++)
                {
                    if (size > 0 && !(size + _size[r] <= _capacity && (size < share || k <= 1)))
                    {
                        (classes, edges, days) = (classes + 1, edges + held, days + _days(clocks));
                        remaining -= size;
                        k--;
                        share = k > 0 ? (remaining + k - 1) / k : _capacity;
                        (size, clocks, held, last) = (0, _centreClocks, 0, -1);
                    }

                    size += _size[r];
                    clocks |= _online ? _clock[r] : 0;
                    if (_province[r] != last)
                    {
                        (held, last) = (held + 1, _province[r]);
                    }
                }
            }

            (classes, edges, days) = (classes + 1, edges + held, days + _days(clocks));
            return (classes, (classes * _weights.Class) + ((edges - provinces) * _weights.Split) + (days * _weights.Day));
        }
    }
}
