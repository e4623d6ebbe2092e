using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using FluentValidation;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek programme [--file F] [--json]</c>: shows a programme (the embedded 2020 one by default) and its validation.</summary>
/// <remarks>Exit codes: 0 valid, 1 the definition has errors, 2 the file cannot be read.</remarks>
internal static class ProgrammeCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.File("--file", "A programme JSON file (the package's JSON form); default: the embedded 2020 programme.");
        var json = CommonOptions.Json();
        var command = new Command("programme", "Show a programme: curriculum, phases, completion policy, assumptions and what its validator says.")
        {
            file, json,
        };
        command.SetAction(parsed =>
        {
            var programme = parsed.GetValue(file) is { } path
                ? InputFile.ReadProgramme(path)
                : EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
            var validation = context.Get<IValidator<Programme>>().Validate(programme);
            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(BimtekJson.SerializeProgramme(programme));
            }
            else
            {
                Render(context.Output, programme, validation);
            }

            return validation.Errors.Any(e => e.Severity == Severity.Error) ? 1 : 0;
        });
        return command;
    }

    private static void Render(TextWriter output, Programme programme, FluentValidation.Results.ValidationResult validation)
    {
        output.WriteLine($"{programme.Code}: {programme.Title}");
        output.WriteLine($"Organiser: {programme.Organiser}");
        output.WriteLine($"Fiscal year {programme.FiscalYear}, {programme.DeliveryMode.ToString().ToLowerInvariant()}, {programme.TotalJp}, status {programme.Status}");

        var modules = TableOutput.Table("Curriculum", "Code", "Module", "JP", "Competencies");
        foreach (var module in programme.Curriculum)
        {
            modules.AddRow(
                Markup.Escape(module.Code),
                Markup.Escape(module.Title),
                module.Jp.Value.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", module.Objectives.SelectMany(o => o.CompetencyCodes).Distinct())));
        }

        TableOutput.Write(output, modules);

        foreach (var phase in programme.Phases)
        {
            output.WriteLine($"Phase {phase.Id}: {phase.Name}");
            output.WriteLine($"  {phase.TargetLevel} level, {phase.Start:yyyy-MM-dd} to {phase.End:yyyy-MM-dd}, delivery {phase.Delivery}"
                + (phase.PrerequisitePhaseId is { } after ? $", after phase {after}" : string.Empty)
                + (phase.Opening is { } o ? $", opened {o.Date:yyyy-MM-dd} by {o.Official}" : string.Empty));
            output.WriteLine($"  per region ({phase.ParticipantsPerRegion}): {string.Join("; ", phase.Audience.Select(a => $"{a.PerRegion} × {a.Title} ({a.Kind})"))}");
        }

        var policy = programme.CompletionPolicy;
        output.WriteLine($"Completion: attendance ≥ {policy.MinimumAttendancePercent} %, score ≥ {policy.PassMark}, evaluations: {string.Join(", ", policy.RequiredEvaluations)}");
        foreach (var assumption in programme.Assumptions)
        {
            output.WriteLine($"Assumed: {assumption}");
        }

        output.WriteLine(validation.Errors.Count == 0
            ? "Validation: no rule broken."
            : $"Validation: {validation.Errors.Count} finding(s).");
        foreach (var failure in validation.Errors)
        {
            output.WriteLine($"  {failure.Severity.ToString().ToLowerInvariant()} {failure.ErrorCode} at {failure.PropertyName}: {failure.ErrorMessage}");
        }
    }
}
