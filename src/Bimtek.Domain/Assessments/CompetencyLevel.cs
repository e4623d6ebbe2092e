using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>One level of a competency and what an official at that level can do.</summary>
/// <param name="Level">The level, 1–5.</param>
/// <param name="Description">The level's description (Indonesian, as in the dictionary).</param>
/// <param name="Provenance">Whether the description was read in a source or is assumed (see <c>seeds/competencies/SOURCES.md</c>).</param>
public sealed record CompetencyLevel(ProficiencyLevel Level, string Description, Provenance Provenance);
