using Bimtek.Domain.Certificates;
using FluentAssertions;
using FluentAssertions.Execution;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="CertificateIssue"/>: <c>issue.Should().BeIssued()</c>, or
/// <c>issue.Should().BreakRule(CertificateRuleCodes.AttendanceBelowMinimum)</c> when it was withheld.
/// </summary>
public sealed class CertificateAssertions : RuleAssertions<CertificateIssue, CertificateAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="issue">The issue.</param>
    public CertificateAssertions(CertificateIssue issue)
        : base(issue)
    {
    }

    /// <summary>Asserts that a certificate was issued.</summary>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<CertificateAssertions> BeIssued(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is { Issued: true })
            .FailWith("Expected a certificate to be issued{reason}" + FindingReport.Escape($", but it was withheld:{FindingReport.List(Findings)}"));
        return new(this);
    }

    /// <inheritdoc />
    protected override string Identifier => "certificate issue";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(CertificateIssue subject) => [.. subject.Result.Violations.Select(v => RuleFinding.From(v))];
}
