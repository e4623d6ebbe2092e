using FluentValidation;
using FluentValidation.Results;

namespace Bimtek.Domain.Common;

/// <summary>Ties FluentValidation rules to the catalogue: code, severity, localised message and structured details.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>Reports a failure of <paramref name="rule"/> with its details as <c>CustomState</c>.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithRule<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> builder,
        RuleDescriptor rule,
        Func<T, TProperty, IReadOnlyDictionary<string, object?>> details) =>
        builder
            .WithErrorCode(rule.Code)
            .WithSeverity(rule.Severity)
            .WithMessage((item, value) => rule.Format(null, details(item, value)))
            .WithState((item, value) => details(item, value));

    /// <summary>Adds a failure of <paramref name="rule"/> on <paramref name="property"/> from a custom rule.</summary>
    public static void AddRuleFailure<T>(
        this ValidationContext<T> context,
        RuleDescriptor rule,
        string property,
        object? attemptedValue,
        IReadOnlyDictionary<string, object?> details) =>
        context.AddFailure(new ValidationFailure(property, rule.Format(null, details), attemptedValue)
        {
            ErrorCode = rule.Code,
            Severity = rule.Severity,
            CustomState = details,
        });

    /// <summary>Builds a details dictionary from name/value pairs (dates as ISO text).</summary>
    public static IReadOnlyDictionary<string, object?> Details(params (string Name, object? Value)[] pairs)
    {
        var details = new Dictionary<string, object?>(pairs.Length, StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            details[name] = value is NodaTime.LocalDate date ? date.ToString("yyyy-MM-dd", null) : value;
        }

        return details.AsReadOnly();
    }
}
