using BenchmarkDotNet.Running;
using Bimtek.Domain.Benchmarks;

// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --filter '*PlannerBenchmarks*' --job short
// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --describe-synthetic 10000
//   prints what the synthetic year's validation finds, by code: the benchmark input should be nearly clean.
if (args is ["--describe-synthetic", var size])
{
    var schedule = SyntheticYear.Create(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    var failures = SyntheticYear.Validator().Validate(schedule).Errors;
    Console.WriteLine($"{schedule.Sessions.Count} sessions, {schedule.Sessions.Sum(s => s.Days.Sum(d => d.Items.Count))} items, {schedule.Instructors.Count} instructors");
    foreach (var code in failures.GroupBy(f => f.ErrorCode).OrderBy(g => g.Key))
    {
        Console.WriteLine($"  {code.Key}: {code.Count()}");
    }

    // Where the time goes, check by check (one run; a hint for optimising, not a measurement).
    var context = new FluentValidation.ValidationContext<Bimtek.Domain.Scheduling.Schedule>(schedule);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var facts = new Bimtek.Domain.Scheduling.ScheduleFacts(schedule, SyntheticYear.Regions, SyntheticYear.Centres, SyntheticYear.Calendar, SyntheticYear.Limits) { Context = context };
    Console.WriteLine($"  facts {clock.ElapsedMilliseconds} ms");
    foreach (var (name, run) in new (string, Action<Bimtek.Domain.Scheduling.ScheduleFacts>)[]
    {
        ("sessions", Bimtek.Domain.Scheduling.SessionChecks.Run),
        ("zones", Bimtek.Domain.Scheduling.ZoneChecks.Run),
        ("conflicts", Bimtek.Domain.Scheduling.ConflictChecks.Run),
        ("coverage", Bimtek.Domain.Scheduling.CoverageChecks.Run),
    })
    {
        var times = new List<double>();
        for (var round = 0; round < 10; round++)
        {
            var roundFacts = new Bimtek.Domain.Scheduling.ScheduleFacts(schedule, SyntheticYear.Regions, SyntheticYear.Centres, SyntheticYear.Calendar, SyntheticYear.Limits) { Context = new(schedule) };
            GC.Collect();
            clock.Restart();
            run(roundFacts);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  {name}: min {times.Min():F1} ms, median {times.Order().ElementAt(5):F1} ms");
    }

    return;
}

// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --compare-planners [scales] [CP-SAT seconds]
//   our planner and CP-SAT side by side on the national round and the synthetic instances, e.g. "1,10,100" "10,60,120".
// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --profile-planner [scale]
//   the planner's stages one by one (Stopwatch medians), to see where its time goes.
if (args is ["--describe-random", var describeSeed, var describeIndex])
{
    Bimtek.Domain.Benchmarks.Planning.PlannerProfile.Describe(int.Parse(describeSeed, System.Globalization.CultureInfo.InvariantCulture), int.Parse(describeIndex, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args is ["--profile-random", var profileSeed, var profileIndex])
{
    Bimtek.Domain.Benchmarks.Planning.PlannerProfile.RunRandom(int.Parse(profileSeed, System.Globalization.CultureInfo.InvariantCulture), int.Parse(profileIndex, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args is ["--planner-allocations", var allocationScale])
{
    Bimtek.Domain.Benchmarks.Planning.PlannerProfile.Allocations(int.Parse(allocationScale, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}

if (args is ["--profile-planner", ..])
{
    Bimtek.Domain.Benchmarks.Planning.PlannerProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1, Console.Out);
    return;
}

// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --compare-random N SEED SECONDS [WORKERS [FIRST]]
//   the planner and CP-SAT on N generated tight instances of a seed (Planning/HardInstances.cs), per instance and summed up.
if (args is ["--compare-random", var n, var seed, var seconds, ..])
{
    var invariant = System.Globalization.CultureInfo.InvariantCulture;
    Bimtek.Domain.Benchmarks.Planning.RandomComparison.Run(int.Parse(n, invariant), int.Parse(seed, invariant), double.Parse(seconds, invariant), args.Length > 4 ? int.Parse(args[4], invariant) : 2, Console.Out, args.Length > 5 ? int.Parse(args[5], invariant) : 0);
    return;
}

if (args is ["--compare-planners", ..])
{
    var scales = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [1, 10, 100];
    var limits = args.Length > 2 ? args[2].Split(',').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList() : [10.0, 60.0, 120.0];
    Bimtek.Domain.Benchmarks.Planning.PlannerComparison.Run(scales, limits, Console.Out);
    return;
}

// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --profile-meeting-export
//   the 1,000,000-row Zoom export's stages one by one (decode, rows, stamps, read, resolve, log) beside the own log.
if (args is ["--profile-meeting-export"])
{
    Bimtek.Domain.Benchmarks.Interop.MeetingExportProfile.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
