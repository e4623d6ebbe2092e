using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentValidation;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a planner's <see cref="PlanResult"/>: <c>plan.Should().CoverEveryRegion()</c>, <c>.BeComplete()</c>,
/// and the rule assertions, whose findings are the plan's shortfalls (<see cref="PlanningRuleCodes"/>) and what the
/// scheduling rule catalogue finds in its schedule (<see cref="ScheduleBuilder.Validator"/> unless <see cref="Using"/>).
/// </summary>
public sealed class PlanAssertions : RuleAssertions<PlanResult, PlanAssertions>
{
    private readonly IValidator<Schedule> _validator;

    /// <summary>Creates the assertions.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="validator">The schedule validator; <see langword="null"/>: <see cref="ScheduleBuilder.Validator"/>.</param>
    public PlanAssertions(PlanResult plan, IValidator<Schedule>? validator = null)
        : base(plan) => _validator = validator ?? ScheduleBuilder.Validator;

    /// <summary>Checks the plan's schedule with another validator (the planner's own directories and calendar).</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>New assertions on the same plan.</returns>
    public PlanAssertions Using(IValidator<Schedule> validator) => new(Subject, validator);

    /// <summary>Asserts that every target region of the phase is in a class (<see cref="PlanResult.UnplannedRegions"/> is empty).</summary>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<PlanAssertions> CoverEveryRegion(string because = "", params object[] becauseArgs)
    {
        var unplanned = Subject.UnplannedRegions;
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(unplanned.Count == 0)
            .FailWith("Expected plan to cover every region{reason}" + FindingReport.Escape(
                $", but {unplanned.Count} region(s) are in no class: {string.Join(", ", unplanned.Take(20))}{(unplanned.Count > 20 ? ", …" : string.Empty)}; the planner reports:{FindingReport.List(Shortfalls())}"));
        return new(this);
    }

    /// <summary>Asserts that the plan is complete: every region in a class and nothing fell short.</summary>
    /// <param name="because">Why, as FluentAssertions phrases it.</param>
    /// <param name="becauseArgs">Values for <paramref name="because"/>.</param>
    /// <returns>The assertions, to chain.</returns>
    public AndConstraint<PlanAssertions> BeComplete(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.IsComplete)
            .FailWith("Expected plan to be complete{reason}" + FindingReport.Escape(
                $", but {Subject.UnplannedRegions.Count} region(s) are unplanned and the planner reports:{FindingReport.List(Shortfalls())}"));
        return new(this);
    }

    /// <inheritdoc />
    protected override string Identifier => "plan";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(PlanResult subject) =>
        [.. subject.Shortfalls.Select(s => RuleFinding.From(s)), .. Validation.Run(_validator, subject.Schedule, [])];

    private List<RuleFinding> Shortfalls() => [.. Subject.Shortfalls.Select(s => RuleFinding.From(s))];
}
