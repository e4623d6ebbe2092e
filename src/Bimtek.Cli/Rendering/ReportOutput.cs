using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Assessments;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>The evaluation report per class, centre, province and programme, for people (tables) or pipelines (JSON).</summary>
internal static class ReportOutput
{
    public static void Write(TextWriter output, EvaluationReport report, ResultReading reading, IReadOnlyList<GradeBand> bands, bool json, CliText text)
    {
        if (json)
        {
            WriteJson(output, report, reading, text);
        }
        else
        {
            WriteTables(output, report, reading, bands, text);
        }
    }

    private static void WriteJson(TextWriter output, EvaluationReport report, ResultReading reading, CliText text) => JsonOutput.Write(output, new
    {
        programme = report.ProgrammeCode,
        passMark = report.PassMark,
        rowsRead = reading.RowsRead,
        rowsRefused = reading.RowsRefused,
        totals = Row(report.Programme),
        classes = report.Classes.Select(Row),
        centres = report.Centres.Select(Row),
        provinces = report.Provinces.Select(Row),
        violations = reading.Result.Violations.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = RuleMessages.Of(v, text), line = v.Details["Line"] }),
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

    private static void WriteTables(TextWriter output, EvaluationReport report, ResultReading reading, IReadOnlyList<GradeBand> bands, CliText text)
    {
        output.WriteLine(text.ReportSummary(report.ProgrammeCode, reading.RowsRead, reading.RowsRefused, report.PassMark));
        output.WriteLine(text.ReportLegend);
        var grades = string.Join('/', bands.Select(b => string.Concat(b.Name.Split(' ').Select(w => w[0]))));
        foreach (var (title, rows) in text.ReportScopes.Zip(new IReadOnlyList<CohortReport>[] { report.Classes, report.Centres, report.Provinces, [report.Programme] }))
        {
            var table = TableOutput.Table(title, text.ReportHeaders(grades));
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
                    Number(r.Gain.AverageOfGains.ValueOrNull, "0.000") + (r.Gain.UndefinedGains > 0 ? " " + text.NotApplicable(r.Gain.UndefinedGains) : string.Empty),
                    $"{r.Passed}/{r.FinalScores}",
                    string.Join('/', r.Grades.Select(g => g.Count)),
                    string.Join(", ", r.TopNeeds.Select(n => $"{n.Competency.Code} ({n.OfficialsShort}/{n.OfficialsAssessed})")));
            }

            TableOutput.Write(output, table);
        }

        foreach (var v in reading.Result.Violations)
        {
            output.WriteLine($"{text.Severity(v.Severity)} {v.Code}: {RuleMessages.Of(v, text)}");
        }
    }

    private static decimal? Round(decimal? value, int digits = 2) => value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";

    private static string Number(decimal? value, string format = "0.##") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
