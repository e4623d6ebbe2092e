using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace Bimtek.Domain.Testing;

/// <summary>
/// The assertions every rule-checked value shares: <see cref="BreakRule"/>, <see cref="BreakNoRule"/> and
/// <see cref="BreakOnly"/>. A failure lists every finding in plain words (code, severity, where, message, entities), so a
/// red test explains itself.
/// </summary>
/// <typeparam name="TSubject">The value checked.</typeparam>
/// <typeparam name="TAssertions">The concrete assertions, for chaining.</typeparam>
/// <remarks>The rules run once per assertion object, on first use.</remarks>
public abstract class RuleAssertions<TSubject, TAssertions> : ObjectAssertions<TSubject, TAssertions>
    where TSubject : class
    where TAssertions : RuleAssertions<TSubject, TAssertions>
{
    private IReadOnlyList<RuleFinding>? _findings;

    /// <summary>Creates the assertions.</summary>
    /// <param name="subject">The value checked.</param>
    protected RuleAssertions(TSubject subject)
        : base(subject)
    {
    }

    /// <summary>Gets every finding on the subject, computed once.</summary>
    public IReadOnlyList<RuleFinding> Findings => _findings ??= Subject is null ? [] : Find(Subject);

    /// <summary>Asserts that the subject breaks the rule <paramref name="code"/> at least once; narrow with
    /// <see cref="RuleBreach{TAssertions}.Involving(string?, string?, string?, string?, string?, string?, string?, string?)"/>.</summary>
    /// <param name="code">The rule's code, e.g. <c>ScheduleRuleCodes.InstructorDoubleBooked</c>.</param>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The breach, to narrow or chain.</returns>
    public RuleBreach<TAssertions> BreakRule(string code, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        NotBeNullFirst();
        var matching = Findings.Where(f => f.Code == code).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matching.Count > 0)
            .FailWith(FindingReport.Escape($"Expected {Described} to break rule {code}") + "{reason}" + FindingReport.Escape(
                Findings.Count == 0 ? ", but it broke no rule." : $", but it broke only other rules:{FindingReport.List(Findings)}"));
        return new((TAssertions)this, Described, code, matching);
    }

    /// <summary>Asserts that the subject breaks no rule at all (errors and warnings).</summary>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<TAssertions> BreakNoRule(string because = "", params object[] becauseArgs)
    {
        NotBeNullFirst();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Findings.Count == 0)
            .FailWith(FindingReport.Escape($"Expected {Described} to break no rule") + "{reason}" + FindingReport.Escape(
                $", but it broke {Findings.Count}:{FindingReport.List(Findings)}"));
        return new((TAssertions)this);
    }

    /// <summary>Asserts that the subject breaks each of <paramref name="codes"/> and no other rule.</summary>
    /// <param name="codes">The codes expected.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<TAssertions> BreakOnly(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        NotBeNullFirst();
        var others = Findings.Where(f => !codes.Contains(f.Code)).ToList();
        var missing = codes.Where(c => Findings.All(f => f.Code != c)).ToList();
        Execute.Assertion
            .ForCondition(others.Count == 0 && missing.Count == 0)
            .FailWith(FindingReport.Escape(
                $"Expected {Described} to break only {string.Join(", ", codes)}, but "
                + string.Join(" and ", new[]
                {
                    missing.Count == 0 ? null : $"it did not break {string.Join(", ", missing)}",
                    others.Count == 0 ? null : $"it also broke other rules",
                }.OfType<string>())
                + $"; it broke:{FindingReport.List(Findings)}"));
        return new((TAssertions)this);
    }

    /// <summary>Finds every broken rule of <paramref name="subject"/>.</summary>
    /// <param name="subject">The value checked (never <see langword="null"/>).</param>
    /// <returns>The findings.</returns>
    protected abstract IReadOnlyList<RuleFinding> Find(TSubject subject);

    /// <summary>Gets how failures name the subject (e.g. <c>schedule</c>, or <c>schedule (rule family Conflicts)</c>).</summary>
    protected virtual string Described => Identifier;

    private void NotBeNullFirst() =>
        Execute.Assertion.ForCondition(Subject is not null).FailWith(FindingReport.Escape($"Expected {Identifier} to be checked against the rules, but it is <null>."));
}
