using BenchmarkDotNet.Running;
using Bimtek.Domain.Benchmarks;

// dotnet run -c Release --project benchmarks/Bimtek.Domain.Benchmarks -- --filter '*' [--job short]
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

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
