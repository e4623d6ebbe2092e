using Bimtek.Domain.Programmes;
using FluentValidation;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a <see cref="Programme"/>, checked by <see cref="ProgrammeValidator"/> unless <see cref="Using"/> gives
/// another: <c>programme.Should().BreakRule(ProgrammeRuleCodes.PhaseWindowReversed).Involving(phase: "p2")</c>.
/// </summary>
/// <remarks><see cref="Within"/> checks one family of rules alone (<see cref="ProgrammeRuleSets"/>).</remarks>
public sealed class ProgrammeAssertions : RuleAssertions<Programme, ProgrammeAssertions>
{
    private static readonly ProgrammeValidator DefaultValidator = new();
    private readonly IValidator<Programme> _validator;
    private readonly string[] _ruleSets;

    /// <summary>Creates the assertions.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="validator">The validator; <see langword="null"/>: a <see cref="ProgrammeValidator"/>.</param>
    /// <param name="ruleSets">The rule families to run; none: all.</param>
    public ProgrammeAssertions(Programme programme, IValidator<Programme>? validator = null, params string[] ruleSets)
        : base(programme)
    {
        _validator = validator ?? DefaultValidator;
        _ruleSets = ruleSets ?? [];
    }

    /// <summary>Checks only the rule families given, e.g. <see cref="ProgrammeRuleSets.Phases"/>.</summary>
    /// <param name="ruleSets">The families.</param>
    /// <returns>New assertions on the same programme.</returns>
    public ProgrammeAssertions Within(params string[] ruleSets) => new(Subject, _validator, ruleSets);

    /// <summary>Checks with another validator.</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>New assertions on the same programme.</returns>
    public ProgrammeAssertions Using(IValidator<Programme> validator) => new(Subject, validator, _ruleSets);

    /// <inheritdoc />
    protected override string Identifier => "programme";

    /// <inheritdoc />
    protected override string Described => _ruleSets.Length == 0 ? Identifier : $"{Identifier} (rule family {string.Join(", ", _ruleSets)})";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(Programme subject) => Validation.Run(_validator, subject, _ruleSets);
}
