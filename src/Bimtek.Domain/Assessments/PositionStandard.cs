using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>The level a position kind requires of one competency, or of every managerial and socio-cultural one.</summary>
/// <param name="Position">The position kind.</param>
/// <param name="CompetencyCode">The competency, or <see langword="null"/> for every managerial and socio-cultural
/// competency (the usual reading of Permenpan RB 38/2017: one level for all nine per structural position).</param>
/// <param name="Level">The required level.</param>
/// <param name="Provenance">Whether the level is sourced, assumed or the host's.</param>
public sealed record PositionStandard(PositionKind Position, string? CompetencyCode, ProficiencyLevel Level, Provenance Provenance);
