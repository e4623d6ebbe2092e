using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Scheduling;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek validate --schedule F [--programme F] [--json] [--lang id|en]</c>: checks a schedule against the rule catalogue.
/// </summary>
/// <remarks>Exit codes: 0 no error-severity violation, 1 at least one, 2 the input cannot be read.</remarks>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.File("--schedule", "The schedule JSON file to check.");
        schedule.Required = true;
        var programme = CommonOptions.File("--programme", "The programme JSON file the schedule names; default: the embedded programme with that code.");
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("validate", "Check a schedule against every scheduling rule and list every violation with the entities involved.")
        {
            schedule, programme, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadValidProgramme(context, p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var result = context.Get<IScheduleValidator>().Validate(loaded);
            ViolationOutput.Write(context.Output, result, parsed.GetValue(json), parsed.GetValue(lang)!);
            return result.Errors.Any(e => e.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }
}
