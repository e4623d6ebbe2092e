using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>The level a position kind (and, for a functional position, its tier) requires of one competency, or of every
/// managerial and socio-cultural one.</summary>
/// <param name="Position">The position kind.</param>
/// <param name="CompetencyCode">The competency, or <see langword="null"/> for every managerial and socio-cultural
/// competency (the usual reading of Permenpan RB 38/2017: one level for all nine per position).</param>
/// <param name="Level">The required level.</param>
/// <param name="Provenance">Whether the level is sourced, assumed or the host's.</param>
public sealed record PositionStandard(PositionKind Position, string? CompetencyCode, ProficiencyLevel Level, Provenance Provenance)
{
    /// <summary>Creates the standard of one tier of a functional position (<see cref="PositionKind.Fungsional"/>).</summary>
    /// <param name="position">The position kind: <see cref="PositionKind.Fungsional"/>.</param>
    /// <param name="tier">The functional tier.</param>
    /// <param name="competencyCode">The competency, or <see langword="null"/> for every managerial and socio-cultural one.</param>
    /// <param name="level">The required level.</param>
    /// <param name="provenance">Whether the level is sourced, assumed or the host's.</param>
    public PositionStandard(PositionKind position, FunctionalTier tier, string? competencyCode, ProficiencyLevel level, Provenance provenance)
        : this(position, competencyCode, level, provenance) => Tier = tier;

    /// <summary>Gets the functional tier the standard is for, or <see langword="null"/> for every tier of the position
    /// (and for a structural position, which has none).</summary>
    public FunctionalTier? Tier { get; }
}
