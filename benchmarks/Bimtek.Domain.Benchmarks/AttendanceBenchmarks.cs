using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// Attendance from 1,000,000 meeting-log rows: 250 two-day virtual sessions of 400 participants (the 2020 sessions had
/// 330–480), each participant with 10 rows (two devices, reconnections, a missing leave, a row outside the meeting).
/// The package's counting sort and sweep beside a LINQ baseline (group, order, merge, intersect).
/// </summary>
[MemoryDiagnoser]
public class AttendanceBenchmarks
{
    private const int Sessions = 250;
    private const int PerSession = 400;
    private const int RowsPerParticipant = 10;
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    private AttendanceLogEntry[] _entries = null!;
    private TrainingSession[] _sessions = null!;
    private AttendanceLog _log = null!;
    private AttendanceCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var centres = CentreDirectory.FromEmbeddedSeeds(RegionDirectory.FromEmbeddedSeeds());
        _calculator = new AttendanceCalculator(centres);
        _sessions = [.. Enumerable.Range(0, Sessions).Select(Session)];
        var random = new Random(2020);
        var entries = new List<AttendanceLogEntry>(Sessions * PerSession * RowsPerParticipant);
        for (var s = 0; s < Sessions; s++)
        {
            var day = new LocalDate(2020, 6, 8).PlusDays(s % 20);
            for (var p = 0; p < PerSession; p++)
            {
                var nip = Nip.Parse($"{new LocalDate(1970, 1, 1).PlusDays(p):yyyyMMdd}2000011{(s % 999) + 1:000}");
                for (var r = 0; r < RowsPerParticipant; r++)
                {
                    var onDay = r < 5 ? day : day.PlusDays(1);
                    var join = onDay.At(new LocalTime(7, 30)).InZoneStrictly(Wib).ToInstant() + Duration.FromMinutes(random.Next(0, 480));
                    Instant? leave = r == 9 ? null : join + Duration.FromMinutes(random.Next(5, 180));
                    entries.Add(new AttendanceLogEntry(nip, _sessions[s].Id, join, leave));
                }
            }
        }

        _entries = [.. entries.OrderBy(_ => random.Next())];
        _log = BuildLog();
    }

    [Benchmark(Baseline = true, Description = "LINQ: group by session and NIP, order, merge, intersect")]
    public int Linq()
    {
        var attended = 0;
        var bySession = _sessions.ToDictionary(s => s.Id);
        foreach (var group in _entries.GroupBy(e => (e.SessionId, e.Nip)))
        {
            var session = bySession[group.Key.SessionId];
            var items = session.Days.SelectMany(d => d.Items.Select(i => (Start: d.Date.At(i.Start).InZoneLeniently(Wib).ToInstant(), i))).ToList();
            var dayEnd = session.Days.ToDictionary(d => d.Date, d => d.Date.At(new LocalTime(15, 0)).InZoneLeniently(Wib).ToInstant());
            var merged = new List<(Instant Start, Instant End)>();
            foreach (var e in group.OrderBy(e => e.Join))
            {
                var end = e.Leave ?? dayEnd.GetValueOrDefault(e.Join.InZone(Wib).Date, e.Join);
                if (merged.Count > 0 && e.Join <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, Instant.Max(end, merged[^1].End));
                }
                else
                {
                    merged.Add((e.Join, end));
                }
            }

            attended += items.Count(x => merged.Sum(m =>
                Math.Max(0, (Instant.Min(m.End, x.Start + x.i.Length) - Instant.Max(m.Start, x.Start)).TotalTicks)) >= x.i.Length.TotalTicks * 0.8);
        }

        return attended;
    }

    [Benchmark(Description = "Package: build the log and calculate every session (1,000,000 rows)")]
    public int BuildAndCalculate()
    {
        var log = BuildLog();
        return CalculateAll(log);
    }

    [Benchmark(Description = "Package: calculate every session from a built log")]
    public int Calculate() => CalculateAll(_log);

    private int CalculateAll(AttendanceLog log)
    {
        var met = 0;
        foreach (var session in _sessions)
        {
            var result = _calculator.Calculate(session, log, CompletionPolicy.Default);
            foreach (var participant in result.Participants)
            {
                met += participant.MeetsMinimum ? 1 : 0;
            }
        }

        return met;
    }

    private AttendanceLog BuildLog()
    {
        var builder = new AttendanceLogBuilder();
        for (var i = 0; i < _entries.Length; i++)
        {
            builder.Add(_entries[i], i + 2);
        }

        return builder.Build();
    }

    private static TrainingSession Session(int index)
    {
        var day = new LocalDate(2020, 6, 8).PlusDays(index % 20);
        AgendaItem[] Agenda() =>
        [
            AgendaItem.Block(AgendaItemKind.Opening, new LocalTime(8, 0), Duration.FromMinutes(30)),
            AgendaItem.Teaching("M1", new LocalTime(8, 30), LessonHours.FromJp(2), ["W1"]),
            AgendaItem.Teaching("M2", new LocalTime(10, 0), LessonHours.FromJp(2), ["W2"]),
            AgendaItem.Block(AgendaItemKind.Ishoma, new LocalTime(12, 0), Duration.FromMinutes(60)),
            AgendaItem.Teaching("M3", new LocalTime(13, 0), LessonHours.FromJp(2), ["W3"]),
            AgendaItem.Block(AgendaItemKind.PostTest, new LocalTime(14, 30), Duration.FromMinutes(30)),
        ];

        return new TrainingSession(
            $"S{index:000}", "p2", CentreCode.Parse("BDI-YOG"), SessionMode.Virtual, [new SessionDay(day, Agenda()), new SessionDay(day.PlusDays(1), Agenda())], []);
    }
}
