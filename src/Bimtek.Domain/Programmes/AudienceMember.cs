using Bimtek.Domain.Participants;

namespace Bimtek.Domain.Programmes;

/// <summary>One kind of official a phase invites from each target region, and how many.</summary>
/// <param name="Kind">The position kind, e.g. <see cref="PositionKind.JptPratama"/> for a kepala dinas.</param>
/// <param name="Title">The position as the invitation names it, e.g. <c>Kepala Dinas Perindustrian</c>.</param>
/// <param name="PerRegion">How many such officials each target region sends (at least 1).</param>
public sealed record AudienceMember(PositionKind Kind, string Title, int PerRegion);
