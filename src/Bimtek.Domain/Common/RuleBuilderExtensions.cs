using FluentValidation;
using FluentValidation.Results;

namespace Bimtek.Domain.Common;

/// <summary>Ties FluentValidation rules to the catalogue: code, severity, localised message and the violation behind it.</summary>
/// <remarks>
/// The message follows FluentValidation's own convention: it is written when the validator runs, in the current UI
/// culture (as FluentValidation's <c>LanguageManager</c> does), so a host sets the language the way it already does.
/// The <see cref="RuleViolation"/> travels as <see cref="ValidationFailure.CustomState"/>; hosts read it with
/// <see cref="ValidationFailureExtensions.GetViolation"/> and can write the message again in another language.
/// </remarks>
internal static class RuleBuilderExtensions
{
    /// <summary>Reports a failure of <paramref name="rule"/> with its details.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithRule<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> builder,
        RuleDescriptor rule,
        Func<T, TProperty, IReadOnlyDictionary<string, object?>> details) =>
        builder
            .WithErrorCode(rule.Code)
            .WithSeverity(rule.Severity)
            .WithMessage((item, value) => rule.Violation(details(item, value)).Message)
            .WithState((item, value) => rule.Violation(details(item, value)));

    /// <summary>Adds a failure of <paramref name="rule"/> on <paramref name="property"/> from a custom rule.</summary>
    public static void AddRuleFailure<T>(
        this ValidationContext<T> context,
        RuleDescriptor rule,
        string property,
        object? attemptedValue,
        IReadOnlyDictionary<string, object?> details)
    {
        var violation = rule.Violation(details);
        context.AddFailure(new ValidationFailure(property, violation.Message, attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity,
            CustomState = violation,
        });
    }
}
