namespace Bimtek.Domain.Common;

/// <summary>The outcome of an operation guarded by rules: success, or every rule it broke.</summary>
public sealed class RuleResult
{
    /// <summary>A success with no violation.</summary>
    public static readonly RuleResult Success = new([]);

    private RuleResult(IReadOnlyList<RuleViolation> violations) => Violations = violations;

    /// <summary>Gets whether the operation happened (no error-severity violation).</summary>
    public bool Succeeded => !Violations.Any(v => v.Severity == FluentValidation.Severity.Error);

    /// <summary>Gets every violation found, errors and warnings.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Creates a result from violations.</summary>
    /// <param name="violations">The violations.</param>
    /// <returns>The result.</returns>
    public static RuleResult From(IEnumerable<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var list = violations.ToList();
        return list.Count == 0 ? Success : new RuleResult(list.AsReadOnly());
    }

    /// <inheritdoc />
    public override string ToString() => Succeeded ? "Succeeded" : string.Join("; ", Violations);
}
