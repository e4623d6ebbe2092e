using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>Compares assessed levels with position standards. Registered by <c>AddBimtekDomain</c>; a host may replace it.</summary>
public interface IGapAnalyzer
{
    /// <summary>Gets one official's gaps: one per competency of the frameworks that the official was assessed in and
    /// that their position has a standard for, in framework order.</summary>
    /// <param name="position">The official's position kind.</param>
    /// <param name="assessed">The assessed level per competency code.</param>
    /// <param name="frameworks">The frameworks to compare in.</param>
    /// <returns>The gaps, shortfalls and surpluses alike.</returns>
    IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks);

    /// <summary>Gets one official's gaps, for a functional official by the standards of their tier.</summary>
    /// <param name="position">The official's position kind.</param>
    /// <param name="tier">The functional tier (for <see cref="PositionKind.Fungsional"/>), or <see langword="null"/>.</param>
    /// <param name="assessed">The assessed level per competency code.</param>
    /// <param name="frameworks">The frameworks to compare in.</param>
    /// <returns>The gaps, shortfalls and surpluses alike.</returns>
    /// <remarks>The default implementation ignores <paramref name="tier"/>, for analyzers written before tiers.</remarks>
    IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, FunctionalTier? tier, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks) =>
        ForOfficial(position, assessed, frameworks);

    /// <summary>Ranks a group's training needs, with the modules of <paramref name="programmes"/> that address each.</summary>
    /// <param name="officials">The group's officials.</param>
    /// <param name="frameworks">The frameworks to compare in.</param>
    /// <param name="programmes">Programmes whose learning objectives may address the needs; may be empty.</param>
    /// <returns>One need per competency assessed in anyone of the group, ranked (see <see cref="CompetencyNeed"/>).</returns>
    IReadOnlyList<CompetencyNeed> RankNeeds(IEnumerable<OfficialCompetencyProfile> officials, IEnumerable<CompetencyFramework> frameworks, IEnumerable<Programme> programmes);
}
