using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Programmes;
using Spectre.Console;
using ValidationResult = FluentValidation.Results.ValidationResult;

namespace Bimtek.Cli.Rendering;

/// <summary>A programme and what its validator says, for people; pipelines get the package's JSON form.</summary>
internal static class ProgrammeOutput
{
    public static void Write(TextWriter output, Programme programme, ValidationResult validation, CliText text)
    {
        // Every text comes from the file: shown masked (an e-mail or a NIP written into a title never comes back whole).
        string M(string? value) => MaskedText.Of(value, text);
        output.WriteLine($"{M(programme.Code)}: {M(programme.Title)}");
        output.WriteLine(text.Organiser(M(programme.Organiser.ToString())));
        output.WriteLine(text.ProgrammeSummary(programme.FiscalYear, text.Name(programme.DeliveryMode), programme.TotalJp.Value, text.Name(programme.Status)));

        var modules = TableOutput.Table(text.CurriculumTitle, text.CurriculumHeaders);
        foreach (var module in programme.Curriculum)
        {
            modules.AddRow(
                Markup.Escape(M(module.Code)),
                Markup.Escape(M(module.Title)),
                module.Jp.Value.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(M(string.Join(", ", module.Objectives.SelectMany(o => o.CompetencyCodes).Distinct()))));
        }

        TableOutput.Write(output, modules);

        foreach (var phase in programme.Phases)
        {
            output.WriteLine(text.PhaseLine(M(phase.Id), M(phase.Name)));
            output.WriteLine(text.PhaseDetail(text.Name(phase.TargetLevel), phase.Start, phase.End, text.Name(phase.Delivery), phase.PrerequisitePhaseId is { } before ? M(before) : null, phase.Opening?.Date, phase.Opening?.Official is { } official ? M(official) : null));
            output.WriteLine(text.PerRegion(phase.ParticipantsPerRegion, string.Join("; ", phase.Audience.Select(a => $"{a.PerRegion} × {M(a.Title)} ({text.Name(a.Kind)})"))));
        }

        var policy = programme.CompletionPolicy;
        output.WriteLine(text.Completion(policy.MinimumAttendancePercent, policy.PassMark, string.Join(", ", policy.RequiredEvaluations.Select(e => text.Name(e)))));
        if (programme.Assumptions.Count > 0)
        {
            // The sources' own words (seed data, recorded in English): shown as written, in both languages.
            output.WriteLine(text.AssumptionsHeading(programme.Assumptions.Count));
            foreach (var assumption in programme.Assumptions)
            {
                output.WriteLine($"  - {M(assumption)}");
            }
        }

        output.WriteLine(text.ValidationVerdict(validation.Errors.Count));
        foreach (var failure in validation.Errors)
        {
            output.WriteLine($"  {text.Severity(failure.Severity)} {failure.ErrorCode} {text.At} {M(failure.PropertyName)}: {RuleMessages.Of(failure, text)}");
        }
    }
}
