using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// A synthetic year of training for the scheduling benchmarks: <c>n</c> one-day sessions of 10 JP on the Monday–Thursday
/// working days of 2024, each inviting one kabupaten/kota at the centre serving it (virtual when they share a zone, in
/// person otherwise), one instructor per item out of <c>n / 5</c> (2,000 for 10,000 sessions), 10 items a session.
/// Built to be nearly clean, so the figures measure checking, not the formatting of thousands of findings.
/// </summary>
internal static class SyntheticYear
{
    private static readonly LocalTime[] Slots =
    [
        new(7, 30), new(8, 15), new(9, 0), new(9, 45), new(10, 30), new(11, 15), // 07:30–12:00
        new(13, 0), new(13, 45), new(14, 30), new(15, 15),                      // 13:00–16:00 (Keppres 68/1995, Mon–Thu)
    ];

    public static readonly RegionDirectory Regions = RegionDirectory.FromEmbeddedSeeds();
    public static readonly CentreDirectory Centres = CentreDirectory.FromEmbeddedSeeds(Regions);
    public static readonly WorkingCalendar Calendar = WorkingCalendar.FromEmbeddedSeeds();
    public static readonly ScheduleLimits Limits = new(MaxJpPerDay: 10, MaxInstructorJpPerDay: 10, DefaultPlatformRooms: 1_000);

    public static ScheduleValidator Validator() => new(Regions, Centres, Calendar, Limits);

    public static Schedule Create(int sessions)
    {
        var year = new LocalDate(2024, 1, 1);
        var days = Calendar.GetWorkingDays(new DateInterval(year, new LocalDate(2024, 12, 31)))
            .Where(d => d.DayOfWeek <= IsoDayOfWeek.Thursday).ToArray();
        var regencies = Regions.GetRegencies(year).Where(r => r.IsAutonomous).ToArray();
        var modules = Enumerable.Range(1, Slots.Length)
            .Select(m => new Module($"M{m}", $"Module {m}", LessonHours.FromJp(1), [new LearningObjective($"O{m}", "Objective", [$"TK.{m:00}"])]))
            .ToList();

        // One phase per round of the regions, so that each region is invited once per phase.
        var phaseCount = (sessions + regencies.Length - 1) / regencies.Length;
        var phases = Enumerable.Range(0, phaseCount)
            .Select(p => new Phase($"round-{p}", $"Round {p}", RegionLevel.Regency, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 3)], year, new LocalDate(2024, 12, 31), PhaseDelivery.ThroughServingCentres))
            .ToList();
        var programme = new Programme("SYNTHETIC-2024", "Synthetic year", new Organiser("Pusdiklat"), 2024, DeliveryMode.Blended, LessonHours.FromJp(Slots.Length), modules, phases);

        var instructorCount = Math.Max(sessions / 5, 20);
        var instructors = Enumerable.Range(0, instructorCount).Select(i => new Instructor($"I{i}", $"Instructor {i}")).ToList();
        var perDay = (sessions + days.Length - 1) / days.Length;
        var list = new List<TrainingSession>(sessions);
        for (var s = 0; s < sessions; s++)
        {
            var region = regencies[s % regencies.Length];
            var centre = Centres.GetCentreServing(region.Code, year);
            var day = days[s / perDay % days.Length];
            var slotInDay = s % perDay;
            var items = Slots.Select((time, k) =>
                AgendaItem.Teaching(modules[k].Code, time, LessonHours.FromJp(1), [instructors[((slotInDay * Slots.Length) + k) % instructorCount].Id]));
            var online = region.TimeZone.Id == centre.TimeZone.Id || region.ZoneLabel == centre.ZoneLabel;
            list.Add(new TrainingSession(
                $"S{s}",
                phases[s / regencies.Length].Id,
                centre.Code,
                online ? SessionMode.Virtual : SessionMode.InPerson,
                [new SessionDay(day, items)],
                [region.Code],
                platformRoom: online ? "zoom" : null,
                seatLimit: online ? 500 : null,
                venue: online ? null : centre.Name,
                room: online ? null : $"Room {s}",
                roomCapacity: online ? null : 40));
        }

        return new Schedule(programme, list, instructors);
    }
}
