using FluentValidation.Results;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on what any of the package's FluentValidation validators returns (eligibility, programmes, schedules run
/// by the host): <c>new EligibilityValidator(policy).Validate(request).Should().BreakRule(code).Involving(region: "34.71")</c>.
/// </summary>
public sealed class ValidationResultAssertions : RuleAssertions<ValidationResult, ValidationResultAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="result">The result.</param>
    public ValidationResultAssertions(ValidationResult result)
        : base(result)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "validation";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(ValidationResult subject) => [.. subject.Errors.Select(RuleFinding.From)];
}
