using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Planning;

// Lays a class's agenda, block by block in order, into the working time its zones share, day after day.
// A block never straddles a break; teaching stops for the day at the daily JP limit. Pre-test before all teaching and
// post-test after it follow from the order. Results are cached per (centre zone, clocks, start day): classes with the
// same clocks at centres on one zone get the same days.
internal sealed class AgendaPacker
{
    private readonly IWorkingCalendar _calendar;
    private readonly IReadOnlyList<LocalDate> _days;
    private readonly IReadOnlyList<AgendaBlock> _blocks;
    private readonly int _maxJpPerDay;
    private readonly Dictionary<(string Zone, int Clocks, int Start), Packing> _cache = [];
    private readonly Dictionary<(int Clocks, LocalDate Date), IReadOnlyList<Interval>> _windows = [];
    private readonly Dictionary<(string Zone, int Clocks), (int Days, int Finish)> _fewest = [];

    public AgendaPacker(IWorkingCalendar calendar, IReadOnlyList<LocalDate> days, IReadOnlyList<AgendaBlock> blocks, int maxJpPerDay)
    {
        _calendar = calendar;
        _days = days;
        _blocks = blocks;
        _maxJpPerDay = maxJpPerDay;
    }

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
    public Packing Pack(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones, int start)
    {
        // A packing depends on the centre only through its zone (the local times of the blocks): centres on one zone share it.
        var key = (centre.TimeZone.Id, clocks, start);
        if (!_cache.TryGetValue(key, out var packing))
        {
            _cache[key] = packing = PackFrom(centre, clocks, zones, start);
        }

        return packing;
    }

    // The fewest days a class on these clocks needs at any start, and the earliest day it can finish (exclusive), or
    // (0, 0) when its agenda fits no start. Like a packing, it depends on the centre only through its zone: kept here,
    // it is found once per zone and clock set, not once per centre and timetable (a large instance's centres all ask).
    public (int Days, int Finish) Fewest(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones)
    {
        if (!_fewest.TryGetValue((centre.TimeZone.Id, clocks), out var fewest))
        {
            fewest = (0, 0);
            for (var start = 0; start < _days.Count; start++)
            {
                var packing = Pack(centre, clocks, zones, start);
                if (packing.Unplaceable is not null)
                {
                    break;
                }

                if (packing.Fits)
                {
                    fewest = fewest.Days == 0 ? (packing.DayCount, start + packing.DayCount) : (Math.Min(fewest.Days, packing.DayCount), Math.Min(fewest.Finish, start + packing.DayCount));
                }
            }

            _fewest[(centre.TimeZone.Id, clocks)] = fewest;
        }

        return fewest;
    }

    private Packing PackFrom(TrainingCentre centre, int clocks, IReadOnlyList<DateTimeZone> zones, int start)
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

            var intervals = Window(clocks, zones, _days[day]);
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

    private IReadOnlyList<Interval> Window(int clocks, IReadOnlyList<DateTimeZone> zones, LocalDate date)
    {
        if (!_windows.TryGetValue((clocks, date), out var intervals))
        {
            _windows[(clocks, date)] = intervals = _calendar.GetCommonWorkingWindow(date, zones).Intervals;
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
