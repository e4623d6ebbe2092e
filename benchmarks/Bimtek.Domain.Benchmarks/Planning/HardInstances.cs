using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>One generated instance: the problem, the planner and validator for its calendar, and the regions in scope.</summary>
internal sealed record HardInstance(
    string Name,
    string Family,
    PlanningProblem Problem,
    SchedulePlanner Planner,
    IWorkingCalendar Calendar,
    ScheduleValidator Validator,
    IReadOnlySet<RegionCode> Scope,
    double Load);

/// <summary>
/// Tight planning instances from a seed (issue 18): 5–15 working days in 2020–2025; virtual 45 % / in person 45 % /
/// hybrid 10 %; 1–3 rooms per centre; 2–6 modules of 2–20 JP; 1–5 participants per region; scope national, the areas of
/// 1–3 centres (virtual scopes favouring the mixed-zone centres BDI Makassar and BDI Surabaya) or 3–12 provinces, some
/// thinned; each centre's own instructors (1–3 per module) and 0–2 shared speakers (a module they teach sometimes has
/// no centre's own instructor); the class capacity (20–120) chosen so the estimated load is 0.8–1.1 of what the window
/// holds. Families: plain, closures (provinces closed on some days), availability (instructors available on part of
/// the window) and opener (one official opens and closes every class).
/// </summary>
/// <remarks>
/// Instance <c>i</c> of seed <c>s</c> depends only on (s, i): <see cref="Random"/> with a seed is the same sequence on
/// every run and platform. The participants per region are the generator's (1–5), set on the problem's units; the
/// phase's audience is one per region, so the validator's capacity rule counts regions, and the comparison checks the
/// real class sizes itself.
/// </remarks>
internal static class HardInstances
{
    private static readonly Lazy<(RegionDirectory Regions, CentreDirectory Centres)> Directories = new(() =>
    {
        var regions = RegionDirectory.FromEmbeddedSeeds();
        return (regions, CentreDirectory.FromEmbeddedSeeds(regions));
    });

    // The regular week only: the instances and their CP-SAT optima were fixed before Ramadan hours were modelled (issue
    // 15), and a random window may fall in Ramadan; leaving those rules out keeps every instance what it was.
    private static readonly Lazy<WorkingCalendar> Plain = new(() => WorkingCalendar.FromEmbeddedSeeds(
        hoursRules: WorkingCalendar.EmbeddedHoursRules().Where(r => r.Occasion == WorkingHoursOccasion.Regular)));

    public static IEnumerable<HardInstance> Generate(int count, int seed)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Create(seed, i);
        }
    }

    // Drawn again, from the same sequence, until some capacity of 20–120 makes it tight (load 0.8–1.1).
    public static HardInstance Create(int seed, int index)
    {
        var random = new Random((seed * 7919) + index);
        while (true)
        {
            if (TryCreate(random, seed, index) is { } instance)
            {
                return instance;
            }
        }
    }

    private static HardInstance? TryCreate(Random random, int seed, int index)
    {
        var (regions, centres) = Directories.Value;
        var roll = random.NextDouble();
        var mode = roll < 0.45 ? SessionMode.Virtual : roll < 0.9 ? SessionMode.InPerson : SessionMode.Hybrid;
        var familyRoll = random.NextDouble();
        var family = familyRoll < 0.55 ? "plain" : familyRoll < 0.7 ? "closures" : familyRoll < 0.85 ? "availability" : "opener";

        // The window: 5–15 national working days from a random date of 2020–2025.
        var wanted = random.Next(5, 16);
        var first = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, (6 * 365) - 40));
        var days = new List<LocalDate>();
        for (var d = first; days.Count < wanted; d = d.PlusDays(1))
        {
            if (Plain.Value.GetDay(d).IsWorkingDay)
            {
                days.Add(d);
            }
        }

        var modules = Enumerable.Range(1, random.Next(2, 7))
            .Select(m => new Module($"M{m}", $"Modul {m}", LessonHours.FromJp(random.Next(2, 21)), [new LearningObjective($"M{m}.O1", "Tujuan", ["TK.01"])]))
            .ToList();
        var phase = new Phase("p1", "Tahap 1", RegionLevel.Regency, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)], days[0], days[^1], PhaseDelivery.ThroughServingCentres);
        var programme = new Programme(
            $"HARD-{seed}-{index}",
            "Generated instance",
            new Organiser("Pusdiklat Industri", "BPSDMI", "Kemenperin"),
            days[0].Year,
            mode switch { SessionMode.InPerson => DeliveryMode.Classical, SessionMode.Hybrid => DeliveryMode.Blended, _ => DeliveryMode.Virtual },
            LessonHours.FromJp(modules.Sum(m => m.Jp.Value)),
            modules,
            [phase]);

        var scope = Scope(random, regions, centres, mode, days[0]);
        var rooms = random.Next(1, 4);

        // Closures: 1–3 provinces of the scope (or a centre's home province) closed on 1–2 working days each.
        var closures = new List<CalendarClosure>();
        if (family == "closures")
        {
            var provinces = scope.Select(r => r.Province).Distinct().Order().ToList();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var province = provinces[random.Next(provinces.Count)];
                for (var n = random.Next(1, 3); n > 0; n--)
                {
                    var date = days[random.Next(days.Count)];
                    if (!closures.Any(c => c.Date == date && c.Provinces.Contains(province)))
                    {
                        closures.Add(new CalendarClosure(date, "Cuti bersama daerah", [province]));
                    }
                }
            }
        }

        var calendar = closures.Count == 0 ? Plain.Value : WorkingCalendar.FromEmbeddedSeeds(closures);
        var planner = new SchedulePlanner(regions, centres, calendar);
        var bare = new PlanningRequest(programme, phase.Id, 1000, mode, rooms).ForRegions(scope);
        var resolved = planner.Prepare(bare);
        var units = resolved.Units.Select(u => u with { Participants = random.Next(1, 6) }).ToList();

        // Instructors: each centre's own, 1–3 per module; 0–2 shared speakers of 1–2 modules, whose first module the
        // centres sometimes lack (then everybody needs the shared speakers).
        var instructors = new List<Instructor>();
        var bound = new Dictionary<string, IEnumerable<CentreCode>>(StringComparer.Ordinal);
        var shared = random.Next(0, 3);
        var sharedModules = Enumerable.Range(0, shared).Select(_ => modules.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(m => m.Code).ToList()).ToList();
        var onlyShared = shared > 0 && random.NextDouble() < 0.5 ? sharedModules[0][0] : null;
        var available = AvailabilityPicker(random, family, days);
        var perCentreModule = new Dictionary<(int, string), int>();
        for (var c = 0; c < resolved.Centres.Count; c++)
        {
            foreach (var module in modules)
            {
                var n = module.Code == onlyShared ? 0 : random.Next(1, 4);
                perCentreModule[(c, module.Code)] = n;
                for (var j = 1; j <= n; j++)
                {
                    var id = $"{resolved.Centres[c].Code}-{module.Code}-{j}";
                    instructors.Add(new Instructor(id, $"Widyaiswara {id}", [module.Code], available()));
                    bound[id] = [resolved.Centres[c].Code];
                }
            }
        }

        for (var s = 0; s < shared; s++)
        {
            instructors.Add(new Instructor($"SHARED-{s + 1}", $"Narasumber {s + 1}", sharedModules[s], available()));
        }

        var opener = family == "opener" ? "OPENER" : null;
        if (opener is not null)
        {
            instructors.Add(new Instructor(opener, "Kepala Pusdiklat", ["-"]));
        }

        var probe = new PlanningRequest(programme, phase.Id, 1000, mode, rooms).WithInstructors(instructors, bound, opener);
        var probeProblem = PlanningProblem.Create(probe, resolved.Centres, units, days);
        var packer = planner.CreatePacker(probeProblem);
        var (capacity, load) = Capacity(random, probeProblem, packer, perCentreModule, modules, sharedModules, onlyShared, opener is not null, rooms);
        if (load is < 0.8 or > 1.1)
        {
            return null;
        }

        var request = new PlanningRequest(programme, phase.Id, capacity, mode, rooms).ForRegions(scope).WithInstructors(instructors, bound, opener);
        var problem = PlanningProblem.Create(request, resolved.Centres, units, days);
        return new HardInstance($"{seed}/{index:00}", $"{family} {mode.ToString().ToLowerInvariant()}", problem, planner, calendar, new ScheduleValidator(regions, centres, calendar), scope.ToHashSet(), load);
    }

    private static List<RegionCode> Scope(Random random, RegionDirectory regions, CentreDirectory centres, SessionMode mode, LocalDate asOf)
    {
        var all = regions.GetRegencies(asOf).Where(r => r.IsAutonomous && centres.FindServiceArea(r.Code, asOf) is not null).ToList();
        var roll = random.NextDouble();
        List<Regency> chosen;
        if (roll < 0.15)
        {
            chosen = all;
        }
        else if (roll < 0.55)
        {
            var codes = centres.GetServiceAreas(asOf).Select(a => a.Centre).Distinct().Order().ToList();
            var count = random.Next(1, 4);
            var picked = new HashSet<CentreCode>();
            if (mode != SessionMode.InPerson && random.NextDouble() < 0.6)
            {
                // Virtual scopes favour the centres whose areas span two clocks.
                picked.Add(random.NextDouble() < 0.5 ? CentreCode.Parse("BDI-MKS") : CentreCode.Parse("BDI-SBY"));
            }

            while (picked.Count < count)
            {
                picked.Add(codes[random.Next(codes.Count)]);
            }

            chosen = [.. all.Where(r => picked.Contains(centres.FindServiceArea(r.Code, asOf)!.Centre))];
        }
        else
        {
            var provinces = all.Select(r => r.ProvinceCode).Distinct().Order().ToList();
            var picked = provinces.OrderBy(_ => random.Next()).Take(random.Next(3, 13)).ToHashSet();
            chosen = [.. all.Where(r => picked.Contains(r.ProvinceCode))];
        }

        if (random.NextDouble() < 0.4)
        {
            // Thinned: each province keeps its own share of its regions, so provinces differ in size.
            var keep = chosen.Select(r => r.ProvinceCode).Distinct().Order().ToDictionary(p => p, _ => 0.3 + (0.7 * random.NextDouble()));
            chosen = [.. chosen.Where(r => random.NextDouble() < keep[r.ProvinceCode])];
        }

        return [.. chosen.Select(r => r.Code).Order()];
    }

    // Availability windows: in that family, each instructor with probability 0.4 is available on a run of the window's
    // days only (whole days, from the earliest zone's midnight to the latest's).
    private static Func<IEnumerable<Interval>?> AvailabilityPicker(Random random, string family, List<LocalDate> days) => () =>
    {
        if (family != "availability" || random.NextDouble() >= 0.4)
        {
            return null;
        }

        var from = random.Next(0, days.Count);
        var to = Math.Min(days.Count - 1, from + random.Next(days.Count / 2, days.Count));
        var start = days[from].AtMidnight().InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Jayapura"]).ToInstant();
        var end = days[to].PlusDays(1).AtMidnight().InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).ToInstant();
        return [new Interval(start, end)];
    };

    // The capacity whose estimated load (the busiest resource's class-days over the days it offers) is 0.8–1.1, picked
    // at random among those; else the one nearest 0.95. Class-days per class from the centre's own clock, start 0.
    private static (int Capacity, double Load) Capacity(
        Random random, PlanningProblem problem, AgendaPacker packer, Dictionary<(int, string), int> perCentreModule, List<Module> modules,
        List<List<string>> sharedModules, string? onlyShared, bool opener, int rooms)
    {
        var window = problem.WorkingDays.Count;
        var days = new int[problem.Centres.Count];
        for (var c = 0; c < problem.Centres.Count; c++)
        {
            var centre = problem.Centres[c];
            var packing = packer.Pack(centre, PlanningUnit.ClockBit(IndonesianTimeZones.OffsetHours(centre.TimeZone)), [centre.TimeZone], 0);
            days[c] = packing.Fits ? packing.DayCount : window + 1;
        }

        var participants = Enumerable.Range(0, problem.Centres.Count).Select(c => problem.UnitsByCentre[c].Sum(u => problem.Units[u].Participants)).ToArray();
        double LoadAt(int capacity)
        {
            var load = 0.0;
            var total = 0.0;
            for (var c = 0; c < problem.Centres.Count; c++)
            {
                var classDays = (double)((participants[c] + capacity - 1) / capacity) * days[c];
                total += classDays;
                var parallel = Math.Min(rooms, modules.Where(m => m.Code != onlyShared).Select(m => perCentreModule[(c, m.Code)]).DefaultIfEmpty(rooms).Min());
                load = Math.Max(load, classDays / (parallel * (double)window));
            }

            if (onlyShared is not null)
            {
                var speakers = sharedModules.Count(m => m.Contains(onlyShared));
                load = Math.Max(load, total / (speakers * (double)window));
            }

            if (opener)
            {
                load = Math.Max(load, total / window);
            }

            return load;
        }

        var fitting = Enumerable.Range(20, 101).Select(c => (Capacity: c, Load: LoadAt(c))).ToList();
        var tight = fitting.Where(x => x.Load is >= 0.8 and <= 1.1).ToList();
        return tight.Count > 0 ? tight[random.Next(tight.Count)] : fitting.MinBy(x => Math.Abs(x.Load - 0.95));
    }
}
