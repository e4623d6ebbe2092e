using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;

namespace Bimtek.Domain.Scheduling;

/// <summary>Rules about each session on its own: integrity, phase window and prerequisite (10), curriculum JP, test
/// order and overlaps within a day (5), JP a day (4, for the class) and class size (9).</summary>
internal static class SessionChecks
{
    public static void Run(ScheduleFacts facts)
    {
        var sessions = facts.Schedule.Sessions;
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            var at = $"Sessions[{s}]";
            if (session.Days.Count == 0 || session.Days.Any(d => d.Items.Count == 0))
            {
                facts.Report(SessionWithoutDays, at, session.Id, ("Session", session.Id));
            }

            if (facts.CentreOf[s] is null)
            {
                facts.Report(UnknownCentre, $"{at}.Centre", session.Centre.Value, ("Session", session.Id), ("Centre", session.Centre.Value));
            }

            CheckPhase(facts, session, at);
            if (session.Days.Count > 0)
            {
                CheckCurriculum(facts, session, at); // a session without days is reported once, not once per module
            }

            CheckDays(facts, session, at);
            CheckCapacity(facts, session, at);
        }

        CheckTestOrder(facts);
    }

    private static void CheckPhase(ScheduleFacts facts, TrainingSession session, string at)
    {
        if (facts.PhaseOf(session) is not { } phase)
        {
            facts.Report(UnknownPhase, $"{at}.PhaseId", session.PhaseId, ("Session", session.Id), ("Phase", session.PhaseId));
            return;
        }

        for (var d = 0; d < session.Days.Count; d++)
        {
            var date = session.Days[d].Date;
            if (date < phase.Start || date > phase.End)
            {
                facts.Report(OutsidePhaseWindow, $"{at}.Days[{d}].Date", date, ("Session", session.Id), ("Date", date), ("Phase", phase.Id), ("PhaseStart", phase.Start), ("PhaseEnd", phase.End));
            }
        }

        if (session.Days.Count > 0
            && phase.PrerequisitePhaseId is { } prerequisiteId
            && facts.Phases.GetValueOrDefault(prerequisiteId) is { } prerequisite
            && FirstDate(session) is var first
            && first <= prerequisite.End)
        {
            facts.Report(BeforePrerequisiteEnded, at, first, ("Session", session.Id), ("Date", first), ("Prerequisite", prerequisite.Id), ("PrerequisiteEnd", prerequisite.End));
        }
    }

    private static void CheckCurriculum(ScheduleFacts facts, TrainingSession session, string at)
    {
        var delivered = facts.ModuleJpScratch;
        delivered.Clear();
        for (var d = 0; d < session.Days.Count; d++)
        {
            for (var i = 0; i < session.Days[d].Items.Count; i++)
            {
                var item = session.Days[d].Items[i];
                if (item.Kind != AgendaItemKind.Teaching)
                {
                    continue;
                }

                // A module outside the curriculum is reported, and its JP count toward no module.
                if (facts.Modules.ContainsKey(item.ModuleCode!))
                {
                    delivered[item.ModuleCode!] = delivered.GetValueOrDefault(item.ModuleCode!) + item.Jp.Value;
                }
                else
                {
                    facts.Report(UnknownModule, $"{at}.Days[{d}].Items[{i}]", item.ModuleCode, ("Session", session.Id), ("Module", item.ModuleCode));
                }
            }
        }

        foreach (var module in facts.Schedule.Programme.Curriculum)
        {
            var jp = delivered.GetValueOrDefault(module.Code);
            if (jp != module.Jp.Value)
            {
                facts.Report(ModuleJpMismatch, at, jp, ("Session", session.Id), ("Module", module.Code), ("Delivered", jp), ("Required", module.Jp.Value));
            }
        }
    }

    private static void CheckDays(ScheduleFacts facts, TrainingSession session, string at)
    {
        for (var d = 0; d < session.Days.Count; d++)
        {
            var day = session.Days[d];
            var jp = 0;
            for (var i = 0; i < day.Items.Count; i++)
            {
                jp += day.Items[i].Jp.Value;
            }

            if (jp > facts.Limits.MaxJpPerDay)
            {
                facts.Report(ClassDailyJpExceeded, $"{at}.Days[{d}]", jp, ("Session", session.Id), ("Date", day.Date), ("Jp", jp), ("Max", facts.Limits.MaxJpPerDay));
            }

            // Items of one day in local time of one zone: sort by start and compare each with the furthest-reaching earlier one.
            var order = InStartOrder(day);
            for (int k = 1, reach = order.Length > 0 ? order[0] : 0; k < order.Length; k++)
            {
                var current = day.Items[order[k]];
                var earlier = day.Items[reach];
                if (current.Start < earlier.End)
                {
                    facts.Report(AgendaItemsOverlap, $"{at}.Days[{d}].Items[{order[k]}]", current.Start, ("Session", session.Id), ("Date", day.Date), ("Item", Describe(current)), ("OtherItem", Describe(earlier)));
                }

                if (current.End > earlier.End)
                {
                    reach = order[k];
                }
            }
        }
    }

    private static void CheckCapacity(ScheduleFacts facts, TrainingSession session, string at)
    {
        var (limit, name) = session.Mode switch
        {
            SessionMode.Virtual => (session.SeatLimit, new RuleText("batas kursi", "seat limit")),
            SessionMode.InPerson => (session.RoomCapacity, new RuleText("kapasitas ruang", "room capacity")),
            _ => (session.SeatLimit is null && session.RoomCapacity is null ? null : (session.SeatLimit ?? 0) + (session.RoomCapacity ?? 0), new RuleText("batas kursi + kapasitas ruang", "seat limit + room capacity")),
        };
        // A participant or region listed twice is one person or one region (a region listed twice is reported elsewhere).
        var participants = session.Participants.Count > 0
            ? session.Participants.Distinct().Count()
            : session.Regions.Distinct().Count() * (facts.PhaseOf(session)?.ParticipantsPerRegion ?? 0);
        if (limit is { } capacity && participants > capacity)
        {
            facts.Report(ClassOverCapacity, at, participants, ("Session", session.Id), ("Participants", participants), ("Capacity", capacity), ("Limit", name));
        }
    }

    // Pre-test before all teaching, post-test after it, within a session across its days: compare instants.
    private static void CheckTestOrder(ScheduleFacts facts)
    {
        var items = facts.Items;
        foreach (var (first, count) in facts.SessionRanges())
        {
            // One pass for the span of teaching, one for the tests: this runs for every session of a year. A session that
            // teaches nothing keeps the empty span (MaxValue, MinValue): no test ends after it starts or starts before it ends.
            var (start, end) = (Instant.MaxValue, Instant.MinValue);
            for (var i = first; i < first + count; i++)
            {
                if (items[i].Item.Kind == AgendaItemKind.Teaching)
                {
                    start = Instant.Min(start, items[i].Interval.Start);
                    end = Instant.Max(end, items[i].Interval.End);
                }
            }

            for (var i = first; i < first + count; i++)
            {
                var test = items[i];
                var code = test.Item.Kind switch
                {
                    AgendaItemKind.PreTest when test.Interval.End > start => PreTestNotFirst,
                    AgendaItemKind.PostTest when test.Interval.Start < end => PostTestNotLast,
                    _ => null,
                };
                if (code is not null)
                {
                    facts.Report(code, test.Path, test.Item.Start, ("Session", test.S.Id), ("Date", test.D.Date), ("LocalStart", test.Item.Start.ToString("HH:mm", null)));
                }
            }
        }
    }

    private static NodaTime.LocalDate FirstDate(TrainingSession session)
    {
        var first = session.Days[0].Date;
        for (var d = 1; d < session.Days.Count; d++)
        {
            first = NodaTime.LocalDate.Min(first, session.Days[d].Date);
        }

        return first;
    }

    // Agendas are usually written in order: sort only when they are not.
    private static int[] InStartOrder(SessionDay day)
    {
        var order = new int[day.Items.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || day.Items[i - 1].Start <= day.Items[i].Start;
        }

        if (!sorted)
        {
            Array.Sort(order, (a, b) => day.Items[a].Start.CompareTo(day.Items[b].Start));
        }

        return order;
    }

    internal static string Describe(AgendaItem item) => item.Kind == AgendaItemKind.Teaching
        ? $"{item.ModuleCode} {item.Start:HH:mm}–{item.End:HH:mm}"
        : $"{item.Kind} {item.Start:HH:mm}–{item.End:HH:mm}";
}
