using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// Rules judged in each participant's own zone: working hours (1), working days (2) and the Friday prayer break (3).
/// A virtual or hybrid session is one instant for everyone, so a 15:00 WIB item is 17:00 WIT for a Papua participant.
/// </summary>
internal static class ZoneChecks
{
    public static void Run(ScheduleFacts facts)
    {
        var missingYears = new HashSet<(int Session, int Year)>();
        var items = new List<PlacedItem>();
        foreach (var (start, count) in facts.DayRanges())
        {
            items.Clear();
            for (var i = start; i < start + count; i++)
            {
                if (IsInstruction(facts.Items[i].Item.Kind))
                {
                    items.Add(facts.Items[i]);
                }
            }

            if (items.Count == 0)
            {
                continue;
            }

            var first = items[0];
            var centre = facts.CentreOf[first.Session]!;
            var places = Places(facts, first.S, first.D.Date, centre);
            CheckWorkingDay(facts, first, places, missingYears);

            // One judgement per clock and rule, not per tz id: Asia/Jakarta and Asia/Pontianak (West and Central
            // Kalimantan) both read WIB, and judging each reported the same item twice. Offsets are fixed in Indonesia.
            // The rule is each place's own: a kabupaten/kota or province the host gave its own hours, else the national
            // rule (Ramadan's while in force).
            var date = first.D.Date;
            foreach (var (rule, zone) in HourPlaces(facts, first.S, date, centre)
                .Select(p => (Rule: facts.Calendar.FindHoursRule(date, p.Region), p.Zone))
                .DistinctBy(p => (p.Rule, p.Zone.GetUtcOffset(first.Interval.Start))))
            {
                CheckHours(facts, date, zone, rule, items);
            }
        }
    }

    // Rests are the breaks themselves: only instruction (teaching, tests, opening, closing) is held to working hours.
    private static bool IsInstruction(AgendaItemKind kind) => kind is not (AgendaItemKind.Ishoma or AgendaItemKind.Break);

    // Where the people of a session are on a date: the centre, and for an online session each invited region's province.
    private static List<(RegionCode Province, DateTimeZone Zone)> Places(ScheduleFacts facts, TrainingSession session, LocalDate date, Centres.TrainingCentre centre)
    {
        var places = new List<(RegionCode, DateTimeZone)> { (centre.HomeProvince, centre.TimeZone) };
        if (session.IsOnline)
        {
            foreach (var code in session.Regions.Where(c => !c.IsDefault))
            {
                if (facts.Regions.FindProvince(code, date) is { } province)
                {
                    places.Add((province.Code, province.TimeZone));
                }
            }
        }

        return [.. places.Distinct()];
    }

    // The centre's province and each invited region as written (a kabupaten/kota may have hours of its own).
    private static IEnumerable<(RegionCode? Region, DateTimeZone Zone)> HourPlaces(ScheduleFacts facts, TrainingSession session, LocalDate date, Centres.TrainingCentre centre)
    {
        yield return (centre.HomeProvince, centre.TimeZone);
        if (session.IsOnline)
        {
            foreach (var code in session.Regions.Where(c => !c.IsDefault).Distinct())
            {
                if (facts.Regions.FindProvince(code, date) is { } province)
                {
                    yield return (code, province.TimeZone);
                }
            }
        }
    }

    private static void CheckWorkingDay(ScheduleFacts facts, PlacedItem first, List<(RegionCode Province, DateTimeZone Zone)> places, HashSet<(int, int)> missingYears)
    {
        var date = first.D.Date;
        if (!facts.Calendar.Covers(date.Year))
        {
            if (missingYears.Add((first.Session, date.Year)))
            {
                facts.Report(CalendarDataMissing, $"Sessions[{first.Session}].Days[{first.Day}].Date", date, ("Session", first.S.Id), ("Year", date.Year), ("Date", date));
            }

            return;
        }

        // National holidays are the same everywhere; closures differ by province: one finding per distinct reason.
        // Most days are working days everywhere, so the grouping is built only for a day that is not.
        List<(DateTimeZone Zone, CalendarDay Day)>? closed = null;
        foreach (var (province, zone) in places)
        {
            var day = facts.Calendar.GetDay(date, province);
            if (!day.IsWorkingDay)
            {
                (closed ??= []).Add((zone, day));
            }
        }

        foreach (var reason in closed?.GroupBy(p => string.Join("; ", p.Day.Reasons)) ?? [])
        {
            facts.Report(
                NonWorkingDay,
                $"Sessions[{first.Session}].Days[{first.Day}].Date",
                date,
                ("Session", first.S.Id),
                ("Item", first.Label),
                ("Date", date),
                ("Zone", string.Join(", ", reason.Select(p => IndonesianTimeZones.TryLabel(p.Zone)).Distinct())),
                ("Reason", NonWorkingReason.Describe(reason.First().Day.Reasons)),
                ("Decree", reason.First().Day.Reasons[0].Decree));
        }
    }

    private static void CheckHours(ScheduleFacts facts, LocalDate date, DateTimeZone zone, WorkingHoursRule? rule, List<PlacedItem> items)
    {
        if (rule is null || !rule.AppliesTo(date))
        {
            return; // a weekend: the working-day rule reports it
        }

        Instant At(LocalTime time) => date.At(time).InZoneLeniently(zone).ToInstant();
        var hours = new Interval(At(rule.Hours.Start), At(rule.Hours.End));
        Interval? rest = rule.Break is { } b ? new Interval(At(b.Start), At(b.End)) : null;
        var friday = date.DayOfWeek == IsoDayOfWeek.Friday;
        var label = IndonesianTimeZones.TryLabel(zone);
        foreach (var placed in items)
        {
            var interval = placed.Interval;
            var outside = interval.Start < hours.Start || interval.End > hours.End;
            var inRest = rest is { } r && interval.Start < r.End && r.Start < interval.End;
            if (!outside && !inRest)
            {
                continue;
            }

            var local = (Start: interval.Start.InZone(zone).LocalDateTime.TimeOfDay, End: interval.End.InZone(zone).LocalDateTime.TimeOfDay);
            if (inRest && friday)
            {
                facts.Report(FridayPrayerBreak, placed.Path, placed.Item.Start, Details(placed, date, zone, label, local, rule, ("Break", $"{rule.Break} {label}")));
            }

            if (outside || (inRest && !friday))
            {
                facts.Report(OutsideWorkingHours, placed.Path, placed.Item.Start, Details(placed, date, zone, label, local, rule, ("WorkingHours", $"{string.Join(", ", rule.WorkingRanges)} {label}, {rule.Decree}")));
            }
        }
    }

    private static (string, object?)[] Details(
        PlacedItem placed,
        LocalDate date,
        DateTimeZone zone,
        string label,
        (LocalTime Start, LocalTime End) local,
        WorkingHoursRule rule,
        (string, object?) extra) =>
    [
        ("Session", placed.S.Id),
        ("Item", placed.Label),
        ("Date", date),
        ("Zone", label),
        ("TimeZone", zone.Id),
        ("LocalStart", local.Start.ToString("HH:mm", null)),
        ("LocalEnd", local.End.ToString("HH:mm", null)),
        ("Start", placed.Interval.Start.ToString()),
        ("End", placed.Interval.End.ToString()),
        ("Decree", rule.Decree),
        extra,
    ];
}
