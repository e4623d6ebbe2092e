using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using FluentValidation;
using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>What every check needs, computed once per validation: phases, modules, centres and every item placed in time.</summary>
internal sealed class ScheduleFacts
{
    public ScheduleFacts(
        Schedule schedule,
        IRegionDirectory regions,
        ICentreDirectory centres,
        IWorkingCalendar calendar,
        ScheduleLimits limits)
    {
        Schedule = schedule;
        Regions = regions;
        Centres = centres;
        Calendar = calendar;
        Limits = limits;
        Phases = schedule.Programme.Phases.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Modules = schedule.Programme.Curriculum.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        CentreOf = new TrainingCentre?[schedule.Sessions.Count];
        Items = new List<PlacedItem>(schedule.Sessions.Sum(s => s.Days.Sum(d => d.Items.Count)));
        for (var s = 0; s < schedule.Sessions.Count; s++)
        {
            var session = schedule.Sessions[s];
            var centre = CentreOf[s] = centres.FindCentre(session.Centre);
            if (centre is null)
            {
                continue;
            }

            for (var d = 0; d < session.Days.Count; d++)
            {
                var day = session.Days[d];
                if (day.Date.Year is < 2 or > 9998)
                {
                    // Instants end where the calendar ends: a day at either end cannot be placed in time (its items would
                    // overflow). Such a date lies outside every phase window, which the session checks report.
                    continue;
                }

                // One zone conversion a day: when no offset change falls in the day (never, in Indonesia's zones), an
                // item's instant is midnight's plus its time of day.
                var midnight = day.Date.AtMidnight().InZoneLeniently(centre.TimeZone).ToInstant();
                var steady = centre.TimeZone.GetZoneInterval(midnight).HasEnd is false
                    || centre.TimeZone.GetZoneInterval(midnight).End >= midnight + Duration.FromDays(1);
                for (var i = 0; i < day.Items.Count; i++)
                {
                    var item = day.Items[i];
                    var start = steady
                        ? midnight + Duration.FromNanoseconds(item.Start.NanosecondOfDay)
                        : day.Date.At(item.Start).InZoneLeniently(centre.TimeZone).ToInstant();
                    Items.Add(new PlacedItem(s, d, i, session, day, item, new Interval(start, start + item.Length)));
                }
            }
        }
    }

    public Schedule Schedule { get; }

    /// <summary>The validation the current check reports into (one per rule of a rule set; set before each check).</summary>
    public ValidationContext<Schedule>? Context { get; set; }

    public IRegionDirectory Regions { get; }

    public ICentreDirectory Centres { get; }

    public IWorkingCalendar Calendar { get; }

    public ScheduleLimits Limits { get; }

    public IReadOnlyDictionary<string, Phase> Phases { get; }

    public IReadOnlyDictionary<string, Module> Modules { get; }

    /// <summary>A dictionary reused by each session's curriculum check (one validation runs on one thread).</summary>
    public Dictionary<string, int> ModuleJpScratch { get; } = new(StringComparer.Ordinal);

    /// <summary>The centre of each session, by index; null when unknown (reported once, and its items not placed).</summary>
    public TrainingCentre?[] CentreOf { get; }

    /// <summary>Every agenda item of a session with a known centre, in schedule order.</summary>
    public List<PlacedItem> Items { get; }

    /// <summary>The runs of <see cref="Items"/> that belong to one session day (placed items are contiguous per day).</summary>
    public IEnumerable<(int First, int Count)> DayRanges() => Runs(sameDay: true);

    /// <summary>The runs of <see cref="Items"/> that belong to one session.</summary>
    public IEnumerable<(int First, int Count)> SessionRanges() => Runs(sameDay: false);

    private IEnumerable<(int First, int Count)> Runs(bool sameDay)
    {
        for (var first = 0; first < Items.Count;)
        {
            var end = first + 1;
            while (end < Items.Count && Items[end].Session == Items[first].Session && (!sameDay || Items[end].Day == Items[first].Day))
            {
                end++;
            }

            yield return (first, end - first);
            first = end;
        }
    }

    public Phase? PhaseOf(TrainingSession session) => Phases.GetValueOrDefault(session.PhaseId);

    public void Report(string code, string path, object? attempted, params (string Name, object? Value)[] details) =>
        Context!.AddRuleFailure(ScheduleRules.Get(code), path, attempted, RuleBook.Details(details));

    /// <summary>An instant as people read it: local date and time in a zone, with its label (e.g. 2020-06-15 08:00 WIB).</summary>
    public static string Local(Instant instant, DateTimeZone zone) =>
        $"{instant.InZone(zone).LocalDateTime:yyyy-MM-dd HH:mm} {IndonesianTimeZones.TryLabel(zone)}";
}
