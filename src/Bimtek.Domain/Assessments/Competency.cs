using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>A competency of a framework, with a description for each of its levels 1–5.</summary>
/// <remarks>Immutable. Equality is by reference: competencies are compared by <see cref="Code"/> where it matters.</remarks>
public sealed class Competency
{
    /// <summary>Creates a competency.</summary>
    /// <param name="code">The stable code, e.g. <c>M.01</c> or <c>TK.02</c>.</param>
    /// <param name="name">The name, e.g. <c>Integritas</c>.</param>
    /// <param name="kind">Technical, managerial or socio-cultural.</param>
    /// <param name="levels">The level descriptions: none, or one for each level 1–5 in any order.</param>
    /// <param name="definition">The definition, when known.</param>
    /// <param name="provenance">Where the competency's definition comes from.</param>
    /// <exception cref="ArgumentException">A text is blank, or the levels are neither none nor exactly 1–5 once each.</exception>
    public Competency(string code, string name, CompetencyKind kind, IEnumerable<CompetencyLevel> levels, string? definition = null, Provenance provenance = Provenance.HostSupplied)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(levels);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Competency {code}: kind {(int)kind} is not defined.", nameof(kind));
        }

        var list = levels.Select(l => l ?? throw new ArgumentException($"Competency {code}: a level is null.", nameof(levels)))
            .OrderBy(l => l.Level).ToList();
        if (list.Count != 0 && !list.Select(l => l.Level.Value).SequenceEqual(Enumerable.Range(ProficiencyLevel.Minimum, ProficiencyLevel.Maximum)))
        {
            throw new ArgumentException($"Competency {code}: describe every level 1–5 once, or none; got {string.Join(", ", list.Select(l => l.Level.Value))}.", nameof(levels));
        }

        Code = code;
        Name = name;
        Kind = kind;
        Levels = list.AsReadOnly();
        Definition = definition;
        Provenance = provenance;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public CompetencyKind Kind { get; }

    /// <summary>Gets the level descriptions, level 1 first (empty when the framework gives none).</summary>
    public IReadOnlyList<CompetencyLevel> Levels { get; }

    /// <summary>Gets the definition, or <see langword="null"/> when the source gives none.</summary>
    public string? Definition { get; }

    /// <summary>Gets where the definition comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the description of <paramref name="level"/>, or <see langword="null"/> when the framework describes no level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is <see langword="default"/>.</exception>
    public CompetencyLevel? Describe(ProficiencyLevel level)
    {
        if (level.IsDefault)
        {
            throw new ArgumentException("The default level is no level.", nameof(level));
        }

        return Levels.Count == 0 ? null : Levels[level.Value - 1];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
