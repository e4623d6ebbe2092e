using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Planning;

// Lays a class's agenda, block by block in order, into the working time its zones share, day after day.
// A block never straddles a break; teaching stops for the day at the daily JP limit. Pre-test before all teaching and
// post-test after it follow from the order. Results are cached per (centre zone, clocks, own hours, start day): classes
// with the same clocks at centres on one zone get the same days.
// Own hours: a province or kabupaten/kota the host gave hours of its own (WorkingHoursRule.ScopedTo) is judged by them,
// as the validator judges it, so a class with such a place packs into the intersection of the clocks' national window
// and each such place's own window. A class without one (the usual case) shares the cache of its clocks, as before.
internal sealed class AgendaPacker
{
    private readonly IWorkingCalendar _calendar;
    private readonly IReadOnlyList<LocalDate> _days;
    private readonly IReadOnlyList<AgendaBlock> _blocks;
    private readonly int _maxJpPerDay;
    private readonly Dictionary<(string Zone, int Clocks, int OwnHours, int Start), Packing> _cache = [];
    private readonly Dictionary<(int Clocks, int OwnHours, LocalDate Date), IReadOnlyList<Interval>> _windows = [];
    private readonly HashSet<RegionCode> _scoped;
    private readonly List<(RegionCode Region, DateTimeZone Zone)[]> _ownHours = [[]];
    private readonly Dictionary<string, int> _ownHoursIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Zone, int Clocks, int OwnHours), (int Days, int Finish)> _fewest = [];

    public AgendaPacker(IWorkingCalendar calendar, IReadOnlyList<LocalDate> days, IReadOnlyList<AgendaBlock> blocks, int maxJpPerDay)
    {
        _calendar = calendar;
        _days = days;
        _blocks = blocks;
        _maxJpPerDay = maxJpPerDay;
        _scoped = [.. calendar.HoursRules.Where(r => r.Region is not null).Select(r => r.Region!.Value)];
    }

    // Whether the host gave a place (a kabupaten/kota or province, with its province) hours of its own.
    public bool HasOwnHours(RegionCode region, RegionCode province) =>
        _scoped.Count > 0 && (_scoped.Contains(region) || _scoped.Contains(province));

    // A small id for a set of places with their own hours (0: none), so that packings and windows are cached by it.
    public int OwnHoursId(List<(RegionCode Region, DateTimeZone Zone)>? places)
    {
        if (places is not { Count: > 0 })
        {
            return 0;
        }

        var distinct = places.DistinctBy(p => p.Region).OrderBy(p => p.Region).ToArray();
        var key = string.Join(",", distinct.Select(p => p.Region.ToString()));
        if (!_ownHoursIds.TryGetValue(key, out var id))
        {
            _ownHoursIds[key] = id = _ownHours.Count;
            _ownHours.Add(distinct);
        }

        return id;
    }

    // The places of an own-hours id, to name them in a report.
    public IReadOnlyList<(RegionCode Region, DateTimeZone Zone)> OwnHoursOf(int id) => _ownHours[id];

    public static List<AgendaBlock> Blocks(PlanningRequest request, Duration lessonLength)
    {
        var agenda = request.Agenda;
        var list = new List<AgendaBlock>();
        void Frame(AgendaItemKind kind, Duration length)
        {
            if (length > Duration.Zero)
            {
                list.Add(new AgendaBlock(kind, length, null));
            }
        }

        Frame(AgendaItemKind.Opening, agenda.Opening);
        Frame(AgendaItemKind.PreTest, agenda.PreTest);
        foreach (var module in request.Programme.Curriculum)
        {
            for (var jp = 0; jp < module.Jp.Value; jp++)
            {
                list.Add(new AgendaBlock(AgendaItemKind.Teaching, lessonLength, module.Code));
            }
        }

        Frame(AgendaItemKind.PostTest, agenda.PostTest);
        Frame(AgendaItemKind.Closing, agenda.Closing);
        return list;
    }

    // Clocks: a bit per UTC offset (PlanningUnit.ClockBit); one zone per clock stands for all of it.
    // ownHours: an id from OwnHoursId, 0 for a class whose places all keep the national hours.
    public Packing Pack(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones, int start, int ownHours = 0)
    {
        // A packing depends on the centre only through its zone (the local times of the blocks): centres on one zone share it.
        var key = (centre.TimeZone.Id, clocks, ownHours, start);
        if (!_cache.TryGetValue(key, out var packing))
        {
            _cache[key] = packing = PackFrom(centre, clocks, zones, start, ownHours);
        }

        return packing;
    }

    // The fewest days a class on these clocks needs at any start, and the earliest day it can finish (exclusive), or
    // (0, 0) when its agenda fits no start (ownHours: as for Pack). Like a packing, it depends on the centre only through its zone: kept here,
    // it is found once per zone and clock set, not once per centre and timetable (a large instance's centres all ask).
    public (int Days, int Finish) Fewest(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones, int ownHours = 0)
    {
        if (!_fewest.TryGetValue((centre.TimeZone.Id, clocks, ownHours), out var fewest))
        {
            fewest = (0, 0);
            for (var start = 0; start < _days.Count; start++)
            {
                var packing = Pack(centre, clocks, zones, start, ownHours);
                if (packing.Unplaceable is not null)
                {
                    break;
                }

                if (packing.Fits)
                {
                    fewest = fewest.Days == 0 ? (packing.DayCount, start + packing.DayCount) : (Math.Min(fewest.Days, packing.DayCount), Math.Min(fewest.Finish, start + packing.DayCount));
                }
            }

            _fewest[(centre.TimeZone.Id, clocks, ownHours)] = fewest;
        }

        return fewest;
    }

    private Packing PackFrom(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones, int start, int ownHours)
    {
        var placed = new List<PlacedBlock>(_blocks.Count);
        var day = start;
        var (slot, cursor, jp) = (0, Instant.MinValue, 0);
        var emptyDays = 0;
        for (var b = 0; b < _blocks.Count;)
        {
            if (day >= _days.Count)
            {
                // Past the window: at least the days used so far and the remaining JP at the daily limit.
                var teaching = 0;
                for (var r = b; r < _blocks.Count; r++)
                {
                    teaching += _blocks[r].IsTeaching ? 1 : 0;
                }

                return Packing.Beyond(day - start, day - start + Math.Max(1, (teaching + _maxJpPerDay - 1) / _maxJpPerDay));
            }

            var intervals = Window(clocks, zones, ownHours, _days[day]);
            var block = _blocks[b];
            var fits = slot < intervals.Count && (!block.IsTeaching || jp < _maxJpPerDay);
            if (fits)
            {
                var from = Instant.Max(cursor, intervals[slot].Start);
                if (from + block.Length <= intervals[slot].End)
                {
                    var local = from.InZone(centre.TimeZone).TimeOfDay;
                    placed.Add(new PlacedBlock(block, day - start, local, new Interval(from, from + block.Length)));
                    (cursor, jp, emptyDays) = (from + block.Length, jp + (block.IsTeaching ? 1 : 0), 0);
                    b++;
                    continue;
                }

                slot++;
                if (slot < intervals.Count)
                {
                    continue;
                }
            }

            // The day is full: the next working day, unless this block fits in no day at all.
            if (placed.Count == 0 || placed[^1].Day != day - start)
            {
                if (++emptyDays > 2)
                {
                    var longest = intervals.Count == 0 ? Duration.Zero : intervals.Max(i => i.Duration);
                    return Packing.TooLong(block, _days[day], longest);
                }
            }

            (day, slot, cursor, jp) = (day + 1, 0, Instant.MinValue, 0);
        }

        return new Packing(placed, placed[^1].Day + 1, null, default, Duration.Zero);
    }

    private IReadOnlyList<Interval> Window(int clocks, IReadOnlyList<DateTimeZone> zones, int ownHours, LocalDate date)
    {
        if (!_windows.TryGetValue((clocks, ownHours, date), out var intervals))
        {
            intervals = ownHours == 0 ? _calendar.GetCommonWorkingWindow(date, zones).Intervals : Window(clocks, zones, 0, date);
            foreach (var (region, zone) in _ownHours[ownHours])
            {
                // The place's own rule (FindHoursRule(date, region)) and its province's closures, as the validator reads them.
                intervals = WorkingIntervals.Intersect(intervals, _calendar.GetWorkingWindow(date, zone, region).Intervals);
            }

            _windows[(clocks, ownHours, date)] = intervals;
        }

        return intervals;
    }
}

// Where the agenda landed: blocks with their day offset from the start, the number of days, or why it failed. Needed:
// for an agenda that runs past the window, a lower bound on the working days it needs from its start.
internal sealed record Packing(IReadOnlyList<PlacedBlock> Blocks, int DayCount, AgendaBlock? Unplaceable, LocalDate Date, Duration Longest, int Needed = 0)
{
    public bool Fits => Blocks.Count > 0;

    public static Packing Beyond(int days, int needed) => new([], days, null, default, Duration.Zero, needed);

    public static Packing TooLong(AgendaBlock block, LocalDate date, Duration longest) => new([], 0, block, date, longest);
}
