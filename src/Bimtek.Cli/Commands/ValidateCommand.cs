using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Cli.Rendering.Html;
using Bimtek.Domain.Scheduling;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek validate --schedule F [--programme F] [--html F] [--json] [--lang id|en]</c>: checks a schedule against the rule catalogue.
/// </summary>
/// <remarks>Exit codes: 0 no error-severity violation, 1 at least one, 2 the input cannot be read.</remarks>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var programme = CommonOptions.Programme();
        var html = CommonOptions.Html();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("validate", "Check a schedule against every scheduling rule and list every violation with the entities involved.")
        {
            schedule, programme, html, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadValidProgramme(context, p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var result = context.Get<IScheduleValidator>().Validate(loaded);
            var text = parsed.GetValue(lang)!;
            var page = parsed.GetValue(html);
            if (page is not null)
            {
                var phases = loaded.Sessions.Select(s => s.PhaseId).Distinct().ToList();
                OutputFile.Write(page, TimetablePage.Render(context, new TimetablePage.Input(loaded, string.Join(", ", phases), PlanSummary.Of(loaded), [], result), text));
            }

            ViolationOutput.Write(context.Output, result, parsed.GetValue(json), text);
            if (page is not null && !parsed.GetValue(json))
            {
                context.Output.WriteLine(text.PageWritten(page));
            }

            return result.Errors.Any(e => e.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }
}
