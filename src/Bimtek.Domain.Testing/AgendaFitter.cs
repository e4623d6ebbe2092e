using System.Globalization;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Lays the default agenda (opening, pre-test, M1, M2, post-test) into the working time every zone of a session shares
/// on a day, so that a session built by default breaks no working-time rule wherever its participants are.
/// </summary>
internal static class AgendaFitter
{
    private static readonly Duration Jp = LessonHours.StandardLength;

    // A day that is no working day in some zone is kept as the test wrote it: the date is then what the test is about.
    public static SessionDay Fit(SessionDay day, DateTimeZone centreZone, IReadOnlyList<DateTimeZone> zones, string? m1, string? m2)
    {
        var window = CalendarReference.Embedded.GetCommonWorkingWindow(day.Date, zones);
        var ranges = window.LocalRanges(centreZone);
        if (window.IsEmpty || Fits(day.Items, ranges))
        {
            return day;
        }

        // Full blocks first; on a short common day (WIB with WIT: 4.5 hours) the opening and the tests take 15 minutes.
        foreach (var block in new[] { Duration.FromMinutes(30), Duration.FromMinutes(15) })
        {
            if (TryPack(ranges, block, m1, m2) is { } items)
            {
                return new SessionDay(day.Date, items);
            }
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"The default agenda (4 JP and three blocks) does not fit the working time shared by {string.Join(", ", zones.Select(z => z.Id))} on {day.Date:uuuu-MM-dd} ({string.Join(", ", ranges)} in the centre's zone): give the session an agenda with WithAgenda(...) or move it with On(...)."));
    }

    private static bool Fits(IReadOnlyList<AgendaItem> items, IReadOnlyList<LocalTimeRange> ranges) =>
        items.Where(i => i.Kind is not (AgendaItemKind.Ishoma or AgendaItemKind.Break))
            .All(i => ranges.Any(r => r.Start <= i.Start && i.End <= r.End && i.Start < i.End));

    private static List<AgendaItem>? TryPack(IReadOnlyList<LocalTimeRange> ranges, Duration block, string? m1, string? m2)
    {
        var items = new List<AgendaItem>();
        var cursor = new Cursor(ranges);
        if (!cursor.Place(block, start => items.Add(AgendaItem.Block(AgendaItemKind.Opening, start, block)))
            || !cursor.Place(block, start => items.Add(AgendaItem.Block(AgendaItemKind.PreTest, start, block)))
            || !Teach(cursor, items, "M1", 2, m1)
            || !Teach(cursor, items, "M2", 2, m2)
            || !cursor.Place(block, start => items.Add(AgendaItem.Block(AgendaItemKind.PostTest, start, block))))
        {
            return null;
        }

        return items;
    }

    // A module's JP go into as few items as the ranges allow: whole JP, cut where a range ends.
    private static bool Teach(Cursor cursor, List<AgendaItem> items, string module, int jp, string? instructor)
    {
        var left = jp;
        while (left > 0)
        {
            var fit = Math.Min(left, cursor.WholeJpLeftInRange(Jp));
            if (fit == 0)
            {
                if (!cursor.NextRange())
                {
                    return false;
                }

                continue;
            }

            var start = cursor.Time;
            cursor.Advance(Jp * fit);
            items.Add(AgendaItem.Teaching(module, start, LessonHours.FromJp(fit), instructor is null ? [] : [instructor]));
            left -= fit;
        }

        return true;
    }

    private sealed class Cursor(IReadOnlyList<LocalTimeRange> ranges)
    {
        private int _range;

        public LocalTime Time { get; private set; } = ranges.Count > 0 ? ranges[0].Start : default;

        public bool Place(Duration length, Action<LocalTime> add)
        {
            while (_range < ranges.Count)
            {
                if (Left() >= length)
                {
                    add(Time);
                    Advance(length);
                    return true;
                }

                NextRange();
            }

            return false;
        }

        public int WholeJpLeftInRange(Duration jp) => _range < ranges.Count ? (int)(Left().TotalMinutes / jp.TotalMinutes) : 0;

        public bool NextRange()
        {
            _range++;
            if (_range >= ranges.Count)
            {
                return false;
            }

            Time = ranges[_range].Start;
            return true;
        }

        public void Advance(Duration length) => Time = Time.PlusMinutes((long)length.TotalMinutes);

        private Duration Left() => Duration.FromMinutes((ranges[_range].End - Time).ToDuration().TotalMinutes);
    }
}
