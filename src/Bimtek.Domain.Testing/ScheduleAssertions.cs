using Bimtek.Domain.Scheduling;
using FluentValidation;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="Schedule"/>, checked by the scheduling rule catalogue over the embedded reference data
/// (<see cref="ScheduleBuilder.Validator"/>) unless <see cref="Using"/> gives another validator:
/// <c>schedule.Should().BreakRule(ScheduleRuleCodes.InstructorDoubleBooked).Involving(session: "YOG-1", instructor: "x")</c>.
/// </summary>
/// <remarks><see cref="Within"/> checks one family of rules alone (<see cref="ScheduleRuleSets"/>), so a test of double
/// bookings is not drowned by coverage findings.</remarks>
public sealed class ScheduleAssertions : RuleAssertions<Schedule, ScheduleAssertions>
{
    private readonly IValidator<Schedule> _validator;
    private readonly string[] _ruleSets;

    /// <summary>Creates the assertions.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="validator">The validator; <see langword="null"/>: <see cref="ScheduleBuilder.Validator"/>.</param>
    /// <param name="ruleSets">The rule families to run; none: all.</param>
    public ScheduleAssertions(Schedule schedule, IValidator<Schedule>? validator = null, params string[] ruleSets)
        : base(schedule)
    {
        _validator = validator ?? ScheduleBuilder.Validator;
        _ruleSets = ruleSets ?? [];
    }

    /// <summary>Checks only the rule families given, e.g. <see cref="ScheduleRuleSets.Conflicts"/>.</summary>
    /// <param name="ruleSets">The families.</param>
    /// <returns>New assertions on the same schedule.</returns>
    public ScheduleAssertions Within(params string[] ruleSets) => new(Subject, _validator, ruleSets);

    /// <summary>Checks with another validator (a host's limits, calendar or directories).</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>New assertions on the same schedule.</returns>
    public ScheduleAssertions Using(IValidator<Schedule> validator) => new(Subject, validator, _ruleSets);

    /// <inheritdoc />
    protected override string Identifier => "schedule";

    /// <inheritdoc />
    protected override string Described => _ruleSets.Length == 0 ? Identifier : $"{Identifier} (rule family {string.Join(", ", _ruleSets)})";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(Schedule subject) => Validation.Run(_validator, subject, _ruleSets);
}
