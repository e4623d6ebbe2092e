using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bimtek.Domain.Common;
using Bimtek.Domain.Tests.Reliability.Fuzzing;

namespace Bimtek.Cli.Tests;

/// <summary>
/// Issue 17 §1: the reader fuzz corpus (the same mutator, fixed seeds) through the CLI's entry point, in process, for
/// every command that reads a file: the exit code is 0, 1 or 2, nothing prints a stack trace or an internal error, and
/// no NIP or NIK of the input (nor the planted e-mail) is printed whole. A programme that reads is also planned and used
/// to validate a schedule. <see cref="Cases"/> per reader here; <c>eng/fuzz</c> runs more.
/// </summary>
public partial class CliFuzzTests : IDisposable
{
    // A CLI run builds the whole tool (container, commands) for each case: a tenth of the package's fuzz cases.
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("BIMTEK_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? Math.Max(1, n / 10) : 200;

    private static readonly string AsRun = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string ProgrammeSeed = File.ReadAllText(Repository.File("seeds", "programmes", "kemenperin-2020-new-normal.json"));
    private static readonly string ScheduleSeed = File.ReadAllText(AsRun);
    private static readonly string ResultsJsonSeed = File.ReadAllText(Repository.File("samples", "results", "kemenperin-2020-synthetic-results.json"));
    private static readonly string ResultsCsvSeed = File.ReadAllText(Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv"));
    private static readonly string AttendanceSeed = File.ReadAllText(Repository.File("seeds", "attendance", "synthetic-attendance-log.csv"));

    private readonly string _folder = Directory.CreateTempSubdirectory("bimtek-cli-fuzz-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void ProgrammeFile_AnyMutation_ExitsCleanly_AndWhatReadsIsPlannedAndUsedToValidate()
    {
        var mutator = new Mutator(2701);
        var survivors = 0;
        for (var i = 0; i < Cases; i++)
        {
            var path = Write("programme.json", mutator.Mutate(ProgrammeSeed));
            var exit = Check(i, ["programme", "--programme", path, .. Json(i)]);
            if (exit != BimtekApp.UsageError)
            {
                survivors++;
                Check(i, ["plan", "--programme", path, .. Json(i + 1)]);
                Check(i, ["validate", "--schedule", AsRun, "--programme", path, .. Json(i)]);
            }
        }

        survivors.Should().BePositive("some mutations leave a readable programme to plan");
    }

    [Fact]
    public void ScheduleFile_AnyMutation_ExitsCleanly()
    {
        var mutator = new Mutator(2702);
        for (var i = 0; i < Cases; i++)
        {
            Check(i, ["validate", "--schedule", Write("schedule.json", mutator.Mutate(ScheduleSeed)), .. Json(i)]);
        }
    }

    [Fact]
    public void ResultsFiles_AnyMutation_ExitCleanly()
    {
        var json = new Mutator(2703);
        var csv = new Mutator(2704);
        for (var i = 0; i < Cases; i++)
        {
            Check(i, ["report", "--schedule", AsRun, "--results", Write("results.json", json.Mutate(ResultsJsonSeed)), .. Json(i)]);
            Check(i, ["report", "--schedule", AsRun, "--results", Write("results.csv", Csv(csv, ResultsCsvSeed, i)), .. Json(i + 1)]);
        }
    }

    [Fact]
    public void AttendanceLog_AnyMutation_ExitsCleanly()
    {
        var mutator = new Mutator(2705);
        for (var i = 0; i < Cases; i++)
        {
            Check(i, ["attendance", "--schedule", AsRun, "--logs", Write("log.csv", Csv(mutator, AttendanceSeed, i)), .. Json(i)]);
        }
    }

    private static string[] Json(int i) => i % 2 == 0 ? ["--json"] : [];

    // A text mutation, with an invalid UTF-8 byte in every seventh case, as the package's fuzz tests do.
    private static byte[] Csv(Mutator mutator, string seed, int i)
    {
        var bytes = Encoding.UTF8.GetBytes(mutator.MutateText(seed));
        return i % 7 == 0 && bytes.Length > 0 ? [.. bytes[..(i % bytes.Length)], (byte)(i % 2 == 0 ? 0xFF : 0xC3), .. bytes[(i % bytes.Length)..]] : bytes;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int Check(int i, string[] args)
    {
        var inputs = args.Where(File.Exists).Where(a => !a.Equals(AsRun, StringComparison.Ordinal)).Select(File.ReadAllBytes).ToList();
        var (exit, output, error) = CliRunner.Run(args);
        var printed = output + error;
        var shown = printed.Length > 400 ? printed[..400] : printed;

        exit.Should().BeOneOf([0, 1, 2], "case {0} ({1}): {2}", i, args[0], shown);
        StackFrame().IsMatch(printed).Should().BeFalse("case {0} ({1}) printed a stack trace: {2}", i, args[0], shown);
        foreach (var identity in inputs.SelectMany(Identities).Append("x@example.go.id").Distinct())
        {
            printed.Should().NotContain(identity, "case {0} ({1}) printed an identity from its input", i, args[0]);
        }

        return exit;
    }

    // Every NIP or NIK-shaped number of an input file (the planted ones, and the seeds' own participants).
    private static IEnumerable<string> Identities(byte[] bytes) =>
        DigitRun().Matches(Encoding.UTF8.GetString(bytes)).Select(m => m.Value)
            .Where(v => v.Length == 16 || (v.Length == 18 && Nip.TryParse(v, out _)));

    [GeneratedRegex(@"(?<!\d)\d{16,18}(?!\d)")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
