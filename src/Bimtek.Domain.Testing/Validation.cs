using FluentValidation;

namespace Bimtek.Domain.Testing;

// Runs a validator, whole or by rule families, and reads its failures as findings.
internal static class Validation
{
    public static IReadOnlyList<RuleFinding> Run<T>(IValidator<T> validator, T subject, string[] ruleSets)
    {
        var result = ruleSets.Length == 0 ? validator.Validate(subject) : validator.Validate(subject, o => o.IncludeRuleSets(ruleSets));
        return result.Errors.Select(RuleFinding.From).ToList().AsReadOnly();
    }
}
