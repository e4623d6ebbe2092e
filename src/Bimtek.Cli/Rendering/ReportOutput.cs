using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Assessments;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>The evaluation report per class, centre, province and programme, for people (tables) or pipelines (JSON).</summary>
/// <remarks>
/// Rows without any participant (the provinces a phase aims at but no result names) are left out unless asked for,
/// and counted in a line. For people each scope is two narrow tables (participation, then learning) with whole keys,
/// so the report fits an 80-column terminal instead of truncating headers.
/// </remarks>
internal static class ReportOutput
{
    public static void Write(TextWriter output, EvaluationReport report, ResultReading reading, IReadOnlyList<GradeBand> bands, Options options, CliText text)
    {
        var scopes = new IReadOnlyList<CohortReport>[] { report.Classes, report.Centres, report.Provinces, [report.Programme] };
        var shown = scopes.Select(rows => rows.Where(r => options.IncludeEmpty || r.Participants > 0).ToList()).ToList();
        var omitted = scopes.Sum(rows => rows.Count) - shown.Sum(rows => rows.Count);
        if (options.Json)
        {
            WriteJson(output, report, reading, shown, omitted, text);
        }
        else
        {
            WriteTables(output, report, reading, bands, shown, omitted, text);
        }
    }

    private static void WriteJson(TextWriter output, EvaluationReport report, ResultReading reading, List<List<CohortReport>> shown, int omitted, CliText text) => JsonOutput.Write(output, new
    {
        programme = report.ProgrammeCode,
        passMark = report.PassMark,
        rowsRead = reading.RowsRead,
        rowsRefused = reading.RowsRefused,
        emptyRowsOmitted = omitted,
        totals = Row(report.Programme),
        classes = shown[0].Select(Row),
        centres = shown[1].Select(Row),
        provinces = shown[2].Select(Row),
        violations = reading.Result.Violations.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = RuleMessages.Of(v, text), line = v.Details["Line"] }),
    });

    private static object Row(CohortReport r) => new
    {
        scope = r.Scope,
        key = r.Key,
        participants = r.Participants,
        regionsTargeted = r.RegionsTargeted,
        regionsReached = r.RegionsReached,
        coveragePercent = Percent.Json(r.CoveragePercent),
        completionKnown = r.CompletionKnown,
        completed = r.Completed,
        completionPercent = Percent.Json(r.CompletionPercent),
        attendanceKnown = r.AttendanceKnown,
        meanAttendancePercent = Percent.Json(r.MeanAttendancePercent),
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

    private static void WriteTables(TextWriter output, EvaluationReport report, ResultReading reading, IReadOnlyList<GradeBand> bands, List<List<CohortReport>> shown, int omitted, CliText text)
    {
        output.WriteLine(text.ReportSummary(report.ProgrammeCode, reading.RowsRead, reading.RowsRefused, report.PassMark));
        output.WriteLine(text.ReportLegend);
        var grades = string.Join('/', bands.Select(b => string.Concat(b.Name.Split(' ').Select(w => w[0]))));
        var headers = text.ReportHeaders(grades);
        var shortened = 0;
        foreach (var (title, rows) in text.ReportScopes.Zip(shown))
        {
            if (rows.Count == 0)
            {
                continue;
            }

            var participation = Table(title, headers[..5]);
            var learning = Table(title, [headers[0], .. headers[5..]]);
            foreach (var r in rows)
            {
                var key = TableOutput.Cell(r.Key, ref shortened);
                participation.AddRow(
                    key,
                    r.Participants.ToString(CultureInfo.InvariantCulture),
                    $"{r.RegionsReached}/{r.RegionsTargeted} {Percent.Text(r.CoveragePercent)}",
                    $"{r.Completed}/{r.CompletionKnown} {Percent.Text(r.CompletionPercent)}",
                    Percent.Text(r.MeanAttendancePercent));
                learning.AddRow(
                    key,
                    Number(r.Gain.MeanPre?.Value),
                    Number(r.Gain.MeanPost?.Value),
                    Number(r.Gain.GainOfAverages.ValueOrNull, "0.000"),
                    Number(r.Gain.AverageOfGains.ValueOrNull, "0.000") + (r.Gain.UndefinedGains > 0 ? " " + text.NotApplicable(r.Gain.UndefinedGains) : string.Empty),
                    $"{r.Passed}/{r.FinalScores}",
                    string.Join('/', r.Grades.Select(g => g.Count)),
                    string.Join(", ", r.TopNeeds.Select(n => $"{n.Competency.Code} ({n.OfficialsShort}/{n.OfficialsAssessed})")));
            }

            TableOutput.Write(output, participation);
            TableOutput.Write(output, learning);
        }

        if (omitted > 0)
        {
            output.WriteLine(text.EmptyRowsOmitted(omitted));
        }

        if (shortened > 0)
        {
            output.WriteLine(text.CellsShortened(shortened, TableOutput.MaxCell));
        }

        foreach (var v in reading.Result.Violations)
        {
            output.WriteLine($"{text.Severity(v.Severity)} {v.Code}: {RuleMessages.Of(v, text)}");
        }
    }

    // The key (a session id, a centre or province code) is never wrapped mid-word; the other columns wrap if they must.
    private static Table Table(string title, string[] headers)
    {
        var table = TableOutput.Table(title, headers);
        table.Columns[0].NoWrap();
        return table;
    }

    private static decimal? Round(decimal? value, int digits = 2) => value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;

    private static string Number(decimal? value, string format = "0.##") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>How the report is printed.</summary>
    /// <param name="Json">JSON instead of tables.</param>
    /// <param name="IncludeEmpty">Also the rows without any participant.</param>
    internal sealed record Options(bool Json, bool IncludeEmpty);
}
