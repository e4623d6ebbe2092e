using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;
using Bimtek.Domain.Tests.Planning;

namespace Bimtek.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Every reader of outside data, fed mutations of its valid seed (fixed seed, <see cref="Cases"/> each; <c>eng/fuzz</c>
/// runs more): only the documented exception escapes, it names the path or line, no message prints a NIP or NIK whole,
/// and what parses is validated (and a programme planned) without a crash.
/// </summary>
public partial class ReaderFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("BIMTEK_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2_000;

    // eng/fuzz may also give each reader a time budget (BIMTEK_FUZZ_SECONDS): it stops at the cases or the time, whichever
    // comes first, and reports the cases it ran. The suite sets none: its runs are the same on every machine.
    private static readonly TimeSpan? Budget = int.TryParse(Environment.GetEnvironmentVariable("BIMTEK_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
        ? TimeSpan.FromSeconds(s) : null;

    private static bool More(int i, long started) => i < Cases && (Budget is not { } budget || System.Diagnostics.Stopwatch.GetElapsedTime(started) < budget);

    private static readonly string ProgrammeSeed = File.ReadAllText(Repository.File("seeds", "programmes", "kemenperin-2020-new-normal.json"));
    private static readonly string ScheduleSeed = File.ReadAllText(Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json"));
    private static readonly string ResultsJsonSeed = File.ReadAllText(Repository.File("samples", "results", "kemenperin-2020-synthetic-results.json"));
    private static readonly string ResultsCsvSeed = File.ReadAllText(Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv"));
    private static readonly string AttendanceSeed = File.ReadAllText(Repository.File("seeds", "attendance", "synthetic-attendance-log.csv"));
    private static readonly Schedule AsRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);

    [Fact]
    public void ProgrammeJson_AnyMutation_IsReadOrRefusedWithAPath_AndWhatReadsIsValidatedAndPlanned()
    {
        var mutator = new Mutator(1701);
        var planned = 0;
        Run("programme JSON", mutator, ProgrammeSeed, bytes =>
        {
            var programme = BimtekJson.DeserializeProgramme(new MemoryStream(bytes), "p.json");
            var errors = new ProgrammeValidator().Validate(programme).Errors;
            CheckMessages(errors.Select(e => e.ErrorMessage));
            if (errors.Count == 0 && planned++ < 5 && PlanningRequest.FindDefaultPhase(programme) is { } phase)
            {
                var request = new PlanningRequest(programme, phase.Id, 500);
                request = phase.Delivery == PhaseDelivery.Central ? request.WithDeliveringCentre(Bimtek.Domain.Centres.CentreCode.Parse("BDI-JKT")) : request;
                CheckMessages(PlannerReference.Planner.Plan(request).Shortfalls.Select(v => v.Format(RuleLanguage.English)));
            }
        });
    }

    [Fact]
    public void ScheduleJson_AnyMutation_IsReadOrRefusedWithAPath_AndWhatReadsIsValidated()
    {
        var validated = 0;
        Run("schedule JSON", new Mutator(1702), ScheduleSeed, bytes =>
        {
            var schedule = BimtekJson.ReadSchedule(new MemoryStream(bytes), "s.json", code => EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code) : null, null, null);
            if (validated++ < 200)
            {
                CheckMessages(ScheduleBuilder.Validator.Validate(schedule).Errors.Select(e => e.ErrorMessage));
            }
        });
    }

    [Fact]
    public void ResultsJson_AnyMutation_IsReadOrRefusedWithAPath_AndItsRowsAreChecked()
    {
        Run("results JSON", new Mutator(1703), ResultsJsonSeed, bytes =>
            CheckMessages(ResultReader.Read(ResultsFile.ReadJson(new MemoryStream(bytes), "r.json"), AsRun).Result.Violations.Select(v => v.Format(RuleLanguage.Indonesian))));
    }

    [Fact]
    public void ResultsCsv_AnyMutation_IsReadOrRefusedWithALine_AndItsRowsAreChecked()
    {
        RunCsv("results CSV", new Mutator(1704), ResultsCsvSeed, (header, records) =>
            CheckMessages(ResultReader.Read(ResultsFile.ReadCsv(header, records, "r.csv"), AsRun).Result.Violations.Select(v => v.Format(RuleLanguage.English))));
    }

    [Fact]
    public void AttendanceCsv_AnyMutation_IsReadOrRefusedWithALine_AndItsRowsAreChecked()
    {
        RunCsv("attendance CSV", new Mutator(1705), AttendanceSeed, (header, records) =>
        {
            var builder = AttendanceLogFile.ReadCsv(header, records, "log.csv");
            var log = builder.Build();
            CheckMessages(builder.Rejected.Concat(log.FindUnknownSessions(AsRun.Sessions.Select(s => s.Id))).Select(v => v.Format(RuleLanguage.Indonesian)));
        });
    }

    private static void Run(string reader, Mutator mutator, string seed, Action<byte[]> read)
    {
        var tally = new FuzzTally(reader);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var i = 0;
        for (; More(i, started); i++)
        {
            var bytes = mutator.Mutate(seed);
            try
            {
                read(bytes);
                tally.Parsed++;
            }
            catch (BimtekJsonException ex)
            {
                ex.JsonPath.Should().StartWith("$", "case {0}", i);
                CheckMessages([ex.Message]);
                tally.Refused++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                tally.Escape(i, ex);
            }
        }

        tally.Finish(i);
    }

    // CSV is tokenised by the host: here lines and commas (the CLI's fuzz runs Sep); the bytes go through the package's
    // decoder first, as a host's reader would read them.
    private static void RunCsv(string reader, Mutator mutator, string seed, Action<IReadOnlyList<string>, IEnumerable<CsvRecord>> read)
    {
        var tally = new FuzzTally(reader);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var i = 0;
        for (; More(i, started); i++)
        {
            var text = mutator.MutateText(seed);
            var bytes = Encoding.UTF8.GetBytes(text);
            if (i % 7 == 0 && bytes.Length > 0)
            {
                bytes = [.. bytes[..(i % bytes.Length)], (byte)(i % 2 == 0 ? 0xFF : 0xC3), .. bytes[(i % bytes.Length)..]];
            }

            try
            {
                var decoded = new Utf8CsvReader(new MemoryStream(bytes), "f.csv", new ReadLimits(maxCsvLineLength: 65_536)).ReadToEnd();
                var lines = decoded.Split('\n');
                var records = lines.Skip(1).Select((line, n) => new CsvRecord(n + 2, line.TrimEnd('\r').Split(','))).ToList();
                read(lines[0].TrimEnd('\r').Split(','), records);
                tally.Parsed++;
            }
            catch (BimtekCsvException ex)
            {
                ex.Line.Should().BePositive("case {0}", i);
                CheckMessages([ex.Message]);
                tally.Refused++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                tally.Escape(i, ex);
            }
        }

        tally.Finish(i);
    }

    private static void CheckMessages(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            LongDigitRun().IsMatch(message).Should().BeFalse("a message must not print a NIP or NIK whole: {0}", message.Length > 300 ? message[..300] : message);
            message.Should().NotContain("x@example.go.id");
        }
    }

    [GeneratedRegex(@"\d{10,}")]
    private static partial Regex LongDigitRun();
}
