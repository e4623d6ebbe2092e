using Bimtek.Domain.Common;
using FluentAssertions;
using FluentAssertions.Execution;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="RuleResult"/>: what an eligibility policy, a lifecycle transition, a completion decision or
/// a certificate issue returns, e.g. <c>policy.Check(nomination, context).Should().BreakRule(ParticipantRuleCodes.PositionNotInAudience)</c>.
/// </summary>
public sealed class RuleResultAssertions : RuleAssertions<RuleResult, RuleResultAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="result">The result.</param>
    public RuleResultAssertions(RuleResult result)
        : base(result)
    {
    }

    /// <summary>Asserts that the result succeeded (no error; warnings allowed).</summary>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<RuleResultAssertions> Succeed(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is { Succeeded: true })
            .FailWith("Expected result to succeed{reason}" + FindingReport.Escape($", but it broke:{FindingReport.List(Findings)}"));
        return new(this);
    }

    /// <inheritdoc />
    protected override string Identifier => "result";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(RuleResult subject) => [.. subject.Violations.Select(v => RuleFinding.From(v))];
}
