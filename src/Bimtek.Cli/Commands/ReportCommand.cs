using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Regions;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek report --schedule F --results F [--programme F] [--include-empty] [--json] [--lang id|en]</c>: evaluation report per class,
/// centre, province and programme from participants' results (CSV or JSON).
/// </summary>
/// <remarks>Exit codes: 0 every row read, 1 some rows refused (each reported by line; the report covers the others),
/// 2 a file cannot be read at all.</remarks>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var results = CommonOptions.File("--results", "The participants' results: .csv (header nip,session,region,position,pre_test,post_test,final_score,attendance_percent,completed[,level:<competency>...]) or .json (an array of objects).", required: true);
        var programme = CommonOptions.Programme();
        var includeEmpty = new Option<bool>("--include-empty") { Description = "Also list classes, centres and provinces without any participant (left out by default)." };
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("report", "Report participants, coverage, completion, attendance, pre/post means, learning gain, grades and top competency gaps per class, centre, province and programme.")
        {
            schedule, results, programme, includeEmpty, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadValidProgramme(context, p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var rows = InputFile.ReadResults(parsed.GetValue(results)!);
            var reading = ResultReader.Read(rows, loaded);

            var options = ReportOptions.ForScheduledPhases(loaded, context.Get<IRegionDirectory>());
            var report = context.Get<IReportCalculator>().Calculate(loaded, reading.Results, options);
            ReportOutput.Write(context.Output, report, reading, context.Get<IGradingPolicy>().Bands, new ReportOutput.Options(parsed.GetValue(json), parsed.GetValue(includeEmpty)), parsed.GetValue(lang)!);

            return reading.Result.Violations.Any(v => v.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }
}
