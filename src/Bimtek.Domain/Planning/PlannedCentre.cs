using Bimtek.Domain.Centres;
using NodaTime;

namespace Bimtek.Domain.Planning;

/// <summary>One centre's share of a plan: what it serves and what was planned for it.</summary>
/// <param name="Centre">The centre.</param>
/// <param name="Regions">Regions it serves in this phase.</param>
/// <param name="Participants">Participants those regions send.</param>
/// <param name="ClassLowerBound">Participants ÷ capacity, rounded up.</param>
/// <param name="Classes">Classes planned.</param>
/// <param name="Unplanned">Classes that found no days.</param>
/// <param name="FirstDate">The first class day, or <see langword="null"/> when nothing is planned.</param>
/// <param name="LastDate">The last class day, or <see langword="null"/> when nothing is planned.</param>
public sealed record PlannedCentre(CentreCode Centre, int Regions, int Participants, int ClassLowerBound, int Classes, int Unplanned, LocalDate? FirstDate, LocalDate? LastDate);
