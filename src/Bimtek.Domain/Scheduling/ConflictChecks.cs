using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// Rules across sessions, by sorting and sweeping intervals of instants (O(n log n)): instructors (6, and 4 for their
/// JP a day), platform rooms and rooms (7), participants and regions (8). Instants make zones irrelevant: two centres'
/// sessions clash when they overlap in time anywhere in Indonesia.
/// </summary>
internal static class ConflictChecks
{
    public static void Run(ScheduleFacts facts)
    {
        CheckInstructors(facts);
        var spans = DaySpans(facts);
        CheckPlatformRooms(facts, spans);
        CheckRooms(facts, spans);
        CheckParticipants(facts, spans);
        CheckRegions(facts, spans);
    }

    private static void CheckInstructors(ScheduleFacts facts)
    {
        // Schedule refuses an id listed twice, so the ids are distinct keys.
        var known = facts.Schedule.Instructors.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // A booking's value is its own position; itemOf maps it to its placed item.
        var bookings = new List<(string Key, Interval Interval, int Booking)>(facts.Items.Count);
        var itemOf = new List<int>(facts.Items.Count);
        var dateOf = new List<LocalDate>(facts.Items.Count);
        var jpOf = new List<int>(facts.Items.Count);
        for (var index = 0; index < facts.Items.Count; index++)
        {
            var placed = facts.Items[index];
            var instructors = placed.Item.Instructors;
            for (var k = 0; k < instructors.Count; k++)
            {
                var id = instructors[k];
                if (IndexOf(instructors, id) < k)
                {
                    continue; // named twice on one item: one booking
                }

                var ordinal = bookings.Count;
                bookings.Add((id, placed.Interval, ordinal));
                itemOf.Add(index);
                dateOf.Add(placed.D.Date);
                jpOf.Add(placed.Item.Jp.Value);
                if (known.Count > 0)
                {
                    CheckKnown(facts, known, placed, id);
                }
            }
        }

        // One sort by (instructor, start) serves both rules: clashes by sweeping, JP a day by summing each run of one
        // instructor's items on one centre date. A clash is reported once per group of overlapping bookings (the
        // instructor, the first instant, the sessions), so 10,000 sessions at one instant make one finding, not 9,999.
        var groups = Overlaps.Groups(bookings, out var order);
        foreach (var group in groups)
        {
            var (first, second) = (facts.Items[itemOf[group[0]]], facts.Items[itemOf[group[1]]]);
            var instructor = bookings[group[0]].Key;
            var count = group.Count;
            facts.Report(
                InstructorDoubleBooked,
                second.Path,
                instructor,
                ("Instructor", instructor),
                ("Session", second.S.Id),
                ("Start", Local(facts, second, second.Interval.Start)),
                ("OtherSession", first.S.Id),
                ("OtherStart", Local(facts, first, first.Interval.Start)),
                ("OtherItem", first.Path),
                ("Count", count),
                ("Sessions", Listed(group.Select(b => facts.Items[itemOf[b]].S.Id))));
        }

        for (var i = 0; i < order.Length;)
        {
            var key = bookings[order[i]].Key;
            var date = dateOf[order[i]];
            var (jp, last) = (0, itemOf[order[i]]);
            for (; i < order.Length && bookings[order[i]].Key == key && dateOf[order[i]] == date; i++)
            {
                jp += jpOf[order[i]];
                last = itemOf[order[i]];
            }

            if (jp > facts.Limits.MaxInstructorJpPerDay)
            {
                facts.Report(InstructorDailyJpExceeded, facts.Items[last].Path, jp, ("Instructor", key), ("Date", date), ("Jp", jp), ("Max", facts.Limits.MaxInstructorJpPerDay));
            }
        }
    }

    // The schedule carries instructor data: each booking must name a listed, available and competent instructor.
    private static void CheckKnown(ScheduleFacts facts, Dictionary<string, Instructor> known, PlacedItem placed, string id)
    {
        if (!known.TryGetValue(id, out var instructor))
        {
            facts.Report(UnknownInstructor, placed.Path, id, ("Session", placed.S.Id), ("Instructor", id));
            return;
        }

        if (!instructor.IsAvailable(placed.Interval))
        {
            facts.Report(InstructorUnavailable, placed.Path, id, ("Instructor", id), ("Item", placed.Label), ("Session", placed.S.Id), ("Start", Local(facts, placed, placed.Interval.Start)), ("End", Local(facts, placed, placed.Interval.End)));
        }

        if (placed.Item.Kind == AgendaItemKind.Teaching && !instructor.CanTeach(placed.Item.ModuleCode!))
        {
            facts.Report(InstructorNotCompetent, placed.Path, id, ("Instructor", id), ("Module", placed.Item.ModuleCode), ("Session", placed.S.Id));
        }
    }

    /// <summary>A session day as one interval: from its first item's start to its last item's end.</summary>
    private readonly record struct DaySpan(int Session, int Day, TrainingSession S, Interval Interval);

    // Items are placed in schedule order, so a session day's items are contiguous: one pass, no grouping.
    private static List<DaySpan> DaySpans(ScheduleFacts facts)
    {
        var spans = new List<DaySpan>();
        foreach (var (first, count) in facts.DayRanges())
        {
            var start = facts.Items[first].Interval.Start;
            var end = facts.Items[first].Interval.End;
            for (var i = first + 1; i < first + count; i++)
            {
                start = Instant.Min(start, facts.Items[i].Interval.Start);
                end = Instant.Max(end, facts.Items[i].Interval.End);
            }

            var item = facts.Items[first];
            spans.Add(new DaySpan(item.Session, item.Day, item.S, new Interval(start, end)));
        }

        return spans;
    }

    private static void CheckPlatformRooms(ScheduleFacts facts, List<DaySpan> spans)
    {
        var rooms = facts.Schedule.PlatformCapacity.GroupBy(c => c.Centre).ToDictionary(g => g.Key, g => g.Last().Rooms);
        foreach (var centre in spans.Where(s => s.S.IsOnline).GroupBy(s => s.S.Centre))
        {
            var limit = rooms.GetValueOrDefault(centre.Key, facts.Limits.DefaultPlatformRooms);
            var active = new List<DaySpan>();
            DaySpan? over = null; // the span that first went over the limit in the current stretch
            var (peak, peakStart, peakSessions) = (0, default(Instant), string.Empty);
            foreach (var span in centre.OrderBy(s => s.Interval.Start))
            {
                active.RemoveAll(a => a.Interval.End <= span.Interval.Start); // half-open: touching spans do not run together
                if (over is { } ended && active.Count + 1 <= limit)
                {
                    ReportRooms(facts, centre.Key, limit, ended, peak, peakStart, peakSessions);
                    over = null;
                }

                active.Add(span);
                if (active.Count > limit && (over is null || active.Count > peak))
                {
                    over ??= span;
                    (peak, peakStart, peakSessions) = (active.Count, span.Interval.Start, Listed(active.Select(a => a.S.Id)));
                }
            }

            if (over is { } last)
            {
                ReportRooms(facts, centre.Key, limit, last, peak, peakStart, peakSessions);
            }
        }
    }

    // One finding per stretch of time a centre is over its rooms, at its peak: not one per class that joins it.
    private static void ReportRooms(ScheduleFacts facts, Centres.CentreCode centre, int limit, DaySpan first, int peak, Instant peakStart, string sessions) =>
        facts.Report(
            PlatformRoomsExceeded,
            $"Sessions[{first.Session}].Days[{first.Day}]",
            peak,
            ("Centre", centre.Value),
            ("Parallel", peak),
            ("Rooms", limit),
            ("Start", ScheduleFacts.Local(peakStart, facts.CentreOf[first.Session]!.TimeZone)),
            ("Sessions", sessions));

    // Session ids for a message: the first 20 distinct, then an ellipsis (the finding's count gives the whole).
    private static string Listed(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).Take(21).ToList();
        return distinct.Count <= 20 ? string.Join(", ", distinct) : string.Join(", ", distinct.Take(20)) + ", …";
    }

    private static void CheckRooms(ScheduleFacts facts, List<DaySpan> spans)
    {
        var booked = spans
            .Where(s => s.S.Mode != SessionMode.Virtual && s.S.Venue is not null && s.S.Room is not null)
            .Select(s => ((s.S.Venue!, s.S.Room!), s.Interval, s));
        foreach (var (earlier, later) in Overlaps.Find(booked))
        {
            facts.Report(RoomDoubleBooked, $"Sessions[{later.Session}].Days[{later.Day}]", later.S.Room, ("Room", later.S.Room), ("Venue", later.S.Venue), ("Session", later.S.Id), ("OtherSession", earlier.S.Id), ("Start", Start(facts, later)));
        }
    }

    private static void CheckParticipants(ScheduleFacts facts, List<DaySpan> spans)
    {
        var enrolled = spans.SelectMany(s => s.S.Participants.Distinct().Select(p => (p, s.Interval, (Id: p, Span: s))));
        foreach (var (first, second) in Overlaps.Find(enrolled).Where(pair => pair.Earlier.Span.Session != pair.Later.Span.Session))
        {
            var (participant, earlier, later) = (second.Id, first.Span, second.Span);
            var masked = participant.ToMaskedString();
            facts.Report(ParticipantDoubleBooked, $"Sessions[{later.Session}].Participants[{IndexOf(later.S.Participants, participant)}]", masked, ("Participant", masked), ("Session", later.S.Id), ("OtherSession", earlier.S.Id), ("Start", Start(facts, later)));
        }
    }

    private static void CheckRegions(ScheduleFacts facts, List<DaySpan> spans)
    {
        // Keyed by the region in force on the day: an old code and its new one (91.01 and 93.01, Merauke, after UU 14/2022)
        // name one kabupaten, and keying by the code as written missed that double booking.
        var invited = spans.SelectMany(s => s.S.Regions.Distinct().Select(r => (InForce(facts, r, s.S.Days[s.Day].Date), s.Interval, (Code: r, Span: s))));
        foreach (var (first, second) in Overlaps.Find(invited).Where(pair => pair.Earlier.Span.Session != pair.Later.Span.Session))
        {
            var (region, earlier, later) = (second.Code, first.Span, second.Span);
            facts.Report(RegionDoubleBooked, $"Sessions[{later.Session}].Regions[{IndexOf(later.S.Regions, region)}]", region.ToString(), ("Region", region.ToString()), ("Session", later.S.Id), ("OtherSession", earlier.S.Id), ("Start", Start(facts, later)));
        }
    }

    private static RegionCode InForce(ScheduleFacts facts, RegionCode code, LocalDate date) =>
        !code.IsDefault && code.Level == RegionLevel.Regency && facts.Regions.FindRegency(code, date) is { } regency ? regency.Code : code;

    private static int IndexOf<T>(IReadOnlyList<T> list, T value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Start(ScheduleFacts facts, DaySpan span) => ScheduleFacts.Local(span.Interval.Start, facts.CentreOf[span.Session]!.TimeZone);

    private static string Local(ScheduleFacts facts, PlacedItem item, Instant instant) => ScheduleFacts.Local(instant, facts.CentreOf[item.Session]!.TimeZone);
}
