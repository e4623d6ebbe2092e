using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using FluentValidation;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek programme [--programme F] [--json] [--lang id|en]</c>: shows a programme (the embedded 2020 one by default) and its validation.</summary>
/// <remarks>Exit codes: 0 valid, 1 the definition has errors, 2 the file cannot be read.</remarks>
internal static class ProgrammeCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.Programme();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("programme", "Show a programme: curriculum, phases, completion policy, assumptions and what its validator says.")
        {
            file, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programme = parsed.GetValue(file) is { } path
                ? InputFile.ReadProgramme(path)
                : EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
            var validation = context.Get<IValidator<Programme>>().Validate(programme);
            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(MaskedText.Json(BimtekJson.SerializeProgramme(programme), parsed.GetValue(lang)!));
            }
            else
            {
                ProgrammeOutput.Write(context.Output, programme, validation, parsed.GetValue(lang)!);
            }

            return validation.Errors.Any(e => e.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }
}
