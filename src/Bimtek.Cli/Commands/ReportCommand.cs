using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Regions;
using FluentValidation;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek report --schedule F --results F [--programme F] [--json] [--lang id|en]</c>: evaluation report per class,
/// centre, province and programme from participants' results (CSV or JSON).
/// </summary>
/// <remarks>Exit codes: 0 every row read, 1 some rows refused (each reported by line; the report covers the others),
/// 2 a file cannot be read at all.</remarks>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.File("--schedule", "The schedule JSON file (as bimtek validate reads it).");
        schedule.Required = true;
        var results = CommonOptions.File("--results", "The participants' results: .csv (header nip,session,region,position,pre_test,post_test,final_score,attendance_percent,completed[,level:<competency>...]) or .json (an array of objects).");
        results.Required = true;
        var programme = CommonOptions.File("--programme", "The programme JSON file the schedule names; default: the embedded programme with that code.");
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("report", "Report participants, coverage, completion, attendance, pre/post means, learning gain, grades and top competency gaps per class, centre, province and programme.")
        {
            schedule, results, programme, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadProgramme(p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var rows = ResultsFile.Read(parsed.GetValue(results)!);
            var reading = CommonOptions.InLanguage(parsed.GetValue(lang), () => ResultReader.Read(rows, loaded));

            var options = ReportOptions.ForScheduledPhases(loaded, context.Get<IRegionDirectory>());
            var report = context.Get<IReportCalculator>().Calculate(loaded, reading.Results, options);
            var bands = context.Get<IGradingPolicy>().Bands;
            var culture = CommonOptions.Culture(parsed.GetValue(lang));
            if (parsed.GetValue(json))
            {
                WriteJson(context.Output, report, reading, culture);
            }
            else
            {
                WriteTables(context.Output, report, reading, bands, culture);
            }

            return reading.Result.Violations.Any(v => v.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, EvaluationReport report, ResultReading reading, System.Globalization.CultureInfo culture) => JsonOutput.Write(output, new
    {
        programme = report.ProgrammeCode,
        passMark = report.PassMark,
        rowsRead = reading.RowsRead,
        rowsRefused = reading.RowsRefused,
        totals = Row(report.Programme),
        classes = report.Classes.Select(Row),
        centres = report.Centres.Select(Row),
        provinces = report.Provinces.Select(Row),
        violations = reading.Result.Violations.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = v.Format(culture), line = v.Details["Line"] }),
    });

    private static object Row(CohortReport r) => new
    {
        scope = r.Scope,
        key = r.Key,
        participants = r.Participants,
        regionsTargeted = r.RegionsTargeted,
        regionsReached = r.RegionsReached,
        coveragePercent = Round(r.CoveragePercent),
        completionKnown = r.CompletionKnown,
        completed = r.Completed,
        completionPercent = Round(r.CompletionPercent),
        attendanceKnown = r.AttendanceKnown,
        meanAttendancePercent = Round(r.MeanAttendancePercent),
        testPairs = r.Gain.Pairs,
        meanPreTest = Round(r.Gain.MeanPre?.Value),
        meanPostTest = Round(r.Gain.MeanPost?.Value),
        gainOfAverages = Round(r.Gain.GainOfAverages.ValueOrNull, 4),
        averageOfGains = Round(r.Gain.AverageOfGains.ValueOrNull, 4),
        undefinedGains = r.Gain.UndefinedGains,
        gainCategories = new { high = r.Gain.High, medium = r.Gain.Medium, low = r.Gain.Low },
        finalScores = r.FinalScores,
        meanFinalScore = Round(r.MeanFinal?.Value),
        passed = r.Passed,
        grades = r.Grades.Select(g => new { band = g.Band.Code, name = g.Band.Name, count = g.Count }),
        topNeeds = r.TopNeeds.Select(n => new
        {
            rank = n.Rank,
            competency = n.Competency.Code,
            name = n.Competency.Name,
            officialsAssessed = n.OfficialsAssessed,
            officialsShort = n.OfficialsShort,
            meanShortfall = Round(n.MeanShortfall, 4),
            addressedBy = n.AddressedBy.Select(o => $"{o.ModuleCode}/{o.ObjectiveCode}"),
        }),
    };

    private static void WriteTables(TextWriter output, EvaluationReport report, ResultReading reading, IReadOnlyList<GradeBand> bands, System.Globalization.CultureInfo culture)
    {
        output.WriteLine($"Programme {report.ProgrammeCode}: {reading.RowsRead} row(s) read, {reading.RowsRefused} refused; pass mark {report.PassMark} (inclusive).");
        output.WriteLine("g of means: Hake's class gain from the mean pre- and post-test; mean g: the average of participants' own gains (n/a: pre-test already 100).");
        var grades = string.Join('/', bands.Select(b => string.Concat(b.Name.Split(' ').Select(w => w[0]))));
        foreach (var (title, rows) in new[] { ("Classes", report.Classes), ("Centres", report.Centres), ("Provinces", report.Provinces), ("Programme", [report.Programme]) })
        {
            var table = TableOutput.Table(title, "key", "n", "regions reached", "completed", "attended", "pre", "post", "g of means", "mean g", "passed", grades, "top gaps");
            foreach (var r in rows)
            {
                table.AddRow(
                    r.Key,
                    r.Participants.ToString(CultureInfo.InvariantCulture),
                    $"{r.RegionsReached}/{r.RegionsTargeted} {Percent(r.CoveragePercent)}",
                    $"{r.Completed}/{r.CompletionKnown} {Percent(r.CompletionPercent)}",
                    Percent(r.MeanAttendancePercent),
                    Number(r.Gain.MeanPre?.Value),
                    Number(r.Gain.MeanPost?.Value),
                    Number(r.Gain.GainOfAverages.ValueOrNull, "0.000"),
                    Number(r.Gain.AverageOfGains.ValueOrNull, "0.000") + (r.Gain.UndefinedGains > 0 ? $" ({r.Gain.UndefinedGains} n/a)" : string.Empty),
                    $"{r.Passed}/{r.FinalScores}",
                    string.Join('/', r.Grades.Select(g => g.Count)),
                    string.Join(", ", r.TopNeeds.Select(n => $"{n.Competency.Code} ({n.OfficialsShort}/{n.OfficialsAssessed})")));
            }

            TableOutput.Write(output, table);
        }

        foreach (var v in reading.Result.Violations)
        {
            output.WriteLine($"{v.Severity.ToString().ToLowerInvariant()} {v.Code}: {v.Format(culture)}");
        }
    }

    private static decimal? Round(decimal? value, int digits = 2) => value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";

    private static string Number(decimal? value, string format = "0.##") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
