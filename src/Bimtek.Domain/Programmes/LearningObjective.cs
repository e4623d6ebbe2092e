namespace Bimtek.Domain.Programmes;

/// <summary>What participants should be able to do after a module, and the competencies it develops.</summary>
/// <remarks>Immutable; equal when code, description and competency codes are equal.</remarks>
public sealed class LearningObjective : IEquatable<LearningObjective>
{
    /// <summary>Creates a learning objective.</summary>
    /// <param name="code">A code unique within its module, e.g. <c>TK.01</c> (modules may share an objective).</param>
    /// <param name="description">The objective.</param>
    /// <param name="competencyCodes">The competencies it develops (e.g. technical competency codes of the programme's framework).</param>
    public LearningObjective(string code, string description, IEnumerable<string> competencyCodes)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(competencyCodes);
        Code = code;
        Description = description;
        CompetencyCodes = competencyCodes.ToList().AsReadOnly();
    }

    /// <summary>Gets the objective's code.</summary>
    public string Code { get; }

    /// <summary>Gets the objective.</summary>
    public string Description { get; }

    /// <summary>Gets the codes of the competencies the objective develops.</summary>
    public IReadOnlyList<string> CompetencyCodes { get; }

    /// <inheritdoc />
    public bool Equals(LearningObjective? other) =>
        other is not null && Code == other.Code && Description == other.Description && CompetencyCodes.SequenceEqual(other.CompetencyCodes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LearningObjective);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var competencies = CompetencyCodes.Count;
        return HashCode.Combine(Code, Description, competencies);
    }
}
