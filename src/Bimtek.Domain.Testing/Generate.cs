using Bimtek.Domain.Attendance;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Seeded random values for property tests, with FsCheck (pass its generated seed) or a plain loop: the same seed always
/// gives the same value, on every machine (the generators use only <see cref="Random(int)"/> and the embedded data).
/// </summary>
public static class Generate
{
    private static readonly int[] Years = [2020, 2021, 2023, 2025];

    /// <summary>The planner over the embedded regions, centres and calendar, with the default limits.</summary>
    public static readonly SchedulePlanner Planner = new(Reference.Map, Reference.Bdi, CalendarReference.Embedded);

    /// <summary>
    /// A planning request: a programme of 1–4 modules of 1–4 JP in 2020, 2021, 2023 or 2025, one kabupaten/kota phase
    /// (<c>p</c>) whose window is 2–60 days, 1–8 participants a region, classes of 20–599, a random mode and 1–3 parallel
    /// classes per centre; in half the requests named speakers (and sometimes a head who opens every class); in a third,
    /// only the regions of four provinces (<see cref="PlanningRequest.Regions"/> is then set).
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The request; some cannot be planned whole (a window too short), which is what property tests want.</returns>
    public static PlanningRequest PlanningRequest(int seed)
    {
        var random = new Random(seed);
        var year = Years[random.Next(Years.Length)];
        var start = new LocalDate(year, 1, 5).PlusDays(random.Next(300));
        var end = LocalDate.Min(start.PlusDays(random.Next(2, 60)), new LocalDate(year, 12, 31));
        var request = Request(random, year, start, end);

        var regencies = Reference.Map.GetRegencies(start).Where(r => r.IsAutonomous).ToList();
        if (random.Next(3) == 0)
        {
            var provinces = regencies.Select(r => r.ProvinceCode).Distinct().OrderBy(_ => random.Next()).Take(4).ToHashSet();
            request = request.ForRegions(regencies.Where(r => provinces.Contains(r.ProvinceCode)).Select(r => r.Code));
        }

        return request;
    }

    /// <summary>
    /// A schedule that breaks no rule of the catalogue (<see cref="ScheduleBuilder.Validator"/>): a random programme's
    /// kabupaten/kota phase (as in <see cref="PlanningRequest"/>, with a window of 40–60 days) planned for every
    /// autonomous kabupaten/kota by <see cref="Planner"/>. Requests the planner cannot complete are drawn again from the
    /// seed's own sequence, so the result is still determined by the seed.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="InvalidOperationException">None of 100 requests drawn could be planned whole (not seen in practice).</exception>
    public static Schedule Schedule(int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var year = Years[random.Next(Years.Length)];
            var start = new LocalDate(year, 1, 5).PlusDays(random.Next(280));
            var end = LocalDate.Min(start.PlusDays(random.Next(40, 61)), new LocalDate(year, 12, 31));
            var plan = Planner.Plan(Request(random, year, start, end));
            if (plan.IsComplete)
            {
                return plan.Schedule;
            }
        }

        throw new InvalidOperationException($"No complete plan in 100 requests drawn from seed {seed}.");
    }

    /// <summary>
    /// A virtual meeting's log of <paramref name="participants"/> synthetic officials (<see cref="People.Nip(int)"/>, 1 to
    /// <paramref name="participants"/>) in <paramref name="session"/>: about six in ten there throughout, the rest late, early,
    /// reconnecting, without a recorded leave, or absent.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="session">The session (its centre must be in the embedded directory).</param>
    /// <param name="participants">How many officials.</param>
    /// <returns>The log.</returns>
    public static AttendanceLog MeetingLog(int seed, TrainingSession session, int participants)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        var random = new Random(seed);
        var log = new MeetingLogBuilder().For(session);
        for (var n = 1; n <= participants; n++)
        {
            var nip = People.Nip(n);
            var pattern = random.Next(100);
            foreach (var day in session.Days)
            {
                var (first, last) = (day.Items.Min(i => i.Start), day.Items.Max(i => i.End));
                var late = first.PlusMinutes(random.Next(10, 90));
                var early = last.PlusMinutes(-random.Next(10, 90));
                _ = pattern switch
                {
                    < 60 => log.Joined(nip, day.Date, first, last),
                    < 70 => log.Joined(nip, day.Date, late, last),
                    < 80 => log.Joined(nip, day.Date, first, early),
                    < 90 => log.Joined(nip, day.Date, first, late).Joined(nip, day.Date, late.PlusMinutes(random.Next(5, 30)), last),
                    < 95 => log.Joined(nip, day.Date, first, null),
                    _ => log,
                };
            }
        }

        return log.Build();
    }

    private static PlanningRequest Request(Random random, int year, LocalDate start, LocalDate end)
    {
        var modules = Enumerable.Range(1, random.Next(1, 5)).Select(m => ProgrammeBuilder.Module("M" + m, random.Next(1, 5))).ToArray();
        var perRegion = random.Next(1, 9);
        var programme = new ProgrammeBuilder()
            .WithFiscalYear(year)
            .Teaching(modules)
            .WithPhases(ProgrammeBuilder.Phase("p", start, end, audience: [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", perRegion)]))
            .Build();
        var mode = (SessionMode)random.Next(1, 4);
        var request = new PlanningRequest(programme, "p", random.Next(20, 600), mode, random.Next(1, 4));
        if (random.Next(2) == 0)
        {
            var speakers = modules.Select(m => new Instructor("speaker-" + m.Code, "Speaker", [m.Code])).Append(new Instructor("head", "Head")).ToList();
            request = request.WithInstructors(speakers, openingOfficial: random.Next(2) == 0 ? "head" : null);
        }

        return request;
    }
}
