using Bimtek.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using static Bimtek.Domain.Common.RuleBook;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;

namespace Bimtek.Domain.Programmes;

/// <summary>
/// Checks a programme definition and reports every broken rule, each with its code from <see cref="ProgrammeRuleCodes"/>,
/// its severity, a message in the current UI culture (Indonesian for <c>id</c>, else English) and its details as
/// <see cref="ValidationFailure.CustomState"/>.
/// </summary>
/// <remarks>
/// Property names follow the object path (<c>Phases[1].End</c>, <c>Curriculum[0].Jp</c>), so a host test can write
/// <c>validator.TestValidate(programme).ShouldHaveValidationErrorFor("Phases[1].End").WithErrorCode(ProgrammeRuleCodes.PhaseWindowReversed)</c>.
/// Stateless and thread-safe.
/// </remarks>
public sealed class ProgrammeValidator : AbstractValidator<Programme>
{
    /// <summary>The instance <see cref="Programme.Publish"/> uses when given none; internal, so no caller can reconfigure it.</summary>
    internal static readonly ProgrammeValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ProgrammeValidator()
    {
        // Every family is also in the default set; a host's test may run one alone (IncludeRuleSets).
        RuleSet($"default,{ProgrammeRuleSets.Identity}", () =>
        {
            RuleFor(p => p.Code).NotEmpty().WithRule(ProgrammeRules.Get(CodeMissing), (p, _) => Details());
            RuleFor(p => p.Title).NotEmpty().WithRule(ProgrammeRules.Get(TitleMissing), (p, _) => Details(("Programme", p.Code)));
            RuleFor(p => p.Organiser.Unit).NotEmpty().OverridePropertyName("Organiser.Unit")
                .WithRule(ProgrammeRules.Get(OrganiserMissing), (p, _) => Details(("Programme", p.Code)));
        });
        RuleSet($"default,{ProgrammeRuleSets.Curriculum}", () =>
        {
            RuleFor(p => p.Curriculum).NotEmpty().WithRule(ProgrammeRules.Get(CurriculumEmpty), (p, _) => Details(("Programme", p.Code)));
            RuleFor(p => p).Custom(CheckCurriculum);
        });
        RuleSet($"default,{ProgrammeRuleSets.Phases}", () =>
        {
            RuleFor(p => p.Phases).NotEmpty().WithRule(ProgrammeRules.Get(PhasesEmpty), (p, _) => Details(("Programme", p.Code)));
            RuleFor(p => p).Custom(CheckPhases);
            RuleFor(p => p).Custom(PhaseGraph.CheckPrerequisites);
        });
        RuleSet($"default,{ProgrammeRuleSets.Completion}", () => RuleFor(p => p.CompletionPolicy).Custom(CheckCompletionPolicy));
    }

    /// <summary>Turns a validation failure into a <see cref="RuleViolation"/>; a host validator's own codes keep their message.</summary>
    internal static RuleViolation ToViolation(ValidationFailure failure)
    {
        if (failure.CustomState is RuleViolation violation)
        {
            return violation;
        }

        var rule = new RuleDescriptor(
                string.IsNullOrWhiteSpace(failure.ErrorCode) ? "Host.ValidationFailure" : failure.ErrorCode,
                failure.Severity,
                string.IsNullOrWhiteSpace(failure.ErrorMessage) ? failure.PropertyName : failure.ErrorMessage,
                string.IsNullOrWhiteSpace(failure.ErrorMessage) ? failure.PropertyName : failure.ErrorMessage);
        // A host's message is kept as written: each brace it holds reads as itself.
        return new RuleViolation(rule, rule.Placeholders.ToDictionary(p => p, p => (object?)$"{{{p}}}", StringComparer.Ordinal).AsReadOnly());
    }

    private static void CheckCurriculum(Programme programme, ValidationContext<Programme> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < programme.Curriculum.Count; i++)
        {
            var module = programme.Curriculum[i];
            RequireText(context, module.Code, $"Curriculum[{i}].Code");
            RequireText(context, module.Title, $"Curriculum[{i}].Title");
            if (module.Jp.Value == 0)
            {
                context.AddRuleFailure(ProgrammeRules.Get(ModuleJpZero), $"Curriculum[{i}].Jp", module.Jp, Details(("Module", module.Code)));
            }

            if (!seen.Add(module.Code))
            {
                context.AddRuleFailure(ProgrammeRules.Get(ModuleCodeDuplicate), $"Curriculum[{i}].Code", module.Code, Details(("Module", module.Code)));
            }

            for (var j = 0; j < module.Objectives.Count; j++)
            {
                if (module.Objectives[j].CompetencyCodes.Count == 0)
                {
                    context.AddRuleFailure(
                        ProgrammeRules.Get(ObjectiveWithoutCompetency),
                        $"Curriculum[{i}].Objectives[{j}].CompetencyCodes",
                        null,
                        Details(("Module", module.Code), ("Objective", module.Objectives[j].Code)));
                }
            }
        }

        // Added in 64 bits: modules read from a file may add up to more JP than an int holds, and that is a mismatch too.
        var sum = programme.Curriculum.Sum(m => (long)m.Jp.Value);
        if (programme.Curriculum.Count > 0 && sum != programme.TotalJp.Value)
        {
            context.AddRuleFailure(
                ProgrammeRules.Get(CurriculumJpMismatch),
                nameof(Programme.TotalJp),
                programme.TotalJp,
                Details(("Programme", programme.Code), ("Sum", sum), ("Declared", programme.TotalJp.Value)));
        }
    }

    private static void CheckPhases(Programme programme, ValidationContext<Programme> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < programme.Phases.Count; i++)
        {
            var phase = programme.Phases[i];
            var at = $"Phases[{i}]";
            if (!seen.Add(phase.Id))
            {
                context.AddRuleFailure(ProgrammeRules.Get(PhaseIdDuplicate), $"{at}.Id", phase.Id, Details(("Phase", phase.Id)));
            }

            var window = Details(("Phase", phase.Id), ("Start", phase.Start), ("End", phase.End), ("FiscalYear", programme.FiscalYear));
            if (phase.End < phase.Start)
            {
                context.AddRuleFailure(ProgrammeRules.Get(PhaseWindowReversed), $"{at}.End", phase.End, window);
            }

            // UU 17/2003 Pasal 4: the fiscal year runs from 1 January to 31 December. Each end outside is reported at its path.
            if (phase.Start.Year != programme.FiscalYear)
            {
                context.AddRuleFailure(ProgrammeRules.Get(PhaseOutsideFiscalYear), $"{at}.Start", phase.Start, window);
            }

            if (phase.End.Year != programme.FiscalYear && phase.End.Year != phase.Start.Year)
            {
                context.AddRuleFailure(ProgrammeRules.Get(PhaseOutsideFiscalYear), $"{at}.End", phase.End, window);
            }

            RequireText(context, phase.Id, $"{at}.Id");
            RequireText(context, phase.Name, $"{at}.Name");
            if (phase.Opening is { } opened)
            {
                RequireText(context, opened.Official, $"{at}.Opening.Official");
            }

            if (phase.Audience.Count == 0)
            {
                context.AddRuleFailure(ProgrammeRules.Get(AudienceEmpty), $"{at}.Audience", null, Details(("Phase", phase.Id)));
            }

            for (var j = 0; j < phase.Audience.Count; j++)
            {
                var member = phase.Audience[j];
                RequireText(context, member.Title, $"{at}.Audience[{j}].Title");
                if (member.PerRegion < 1)
                {
                    context.AddRuleFailure(
                        ProgrammeRules.Get(AudienceCountNotPositive),
                        $"{at}.Audience[{j}].PerRegion",
                        member.PerRegion,
                        Details(("Phase", phase.Id), ("Position", member.Title), ("PerRegion", member.PerRegion)));
                }
            }

            if (phase.Opening is { } opening && (opening.Date < phase.Start || opening.Date > phase.End))
            {
                context.AddRuleFailure(
                    ProgrammeRules.Get(OpeningOutsidePhase),
                    $"{at}.Opening.Date",
                    opening.Date,
                    Details(("Phase", phase.Id), ("Opening", opening.Date), ("Start", phase.Start), ("End", phase.End)));
            }
        }
    }

    // Codes, ids, titles and names are how people and other records refer to an entity: blank ones are refused.
    private static void RequireText(ValidationContext<Programme> context, string text, string property)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            context.AddRuleFailure(ProgrammeRules.Get(TextMissing), property, text, Details(("Field", property)));
        }
    }

    private static void CheckCompletionPolicy(CompletionPolicy policy, ValidationContext<Programme> context)
    {
        void Check(string name, decimal value)
        {
            if (!Percentage.IsOnScale(value))
            {
                context.AddRuleFailure(
                    ProgrammeRules.Get(CompletionThresholdOutOfRange),
                    $"{nameof(Programme.CompletionPolicy)}.{name}",
                    value,
                    Details(("Threshold", name), ("Value", value)));
            }
        }

        Check(nameof(CompletionPolicy.MinimumAttendancePercent), policy.MinimumAttendancePercent);
        Check(nameof(CompletionPolicy.PassMark), policy.PassMark);
    }
}
