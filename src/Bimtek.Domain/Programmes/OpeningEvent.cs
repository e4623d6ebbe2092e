using NodaTime;

namespace Bimtek.Domain.Programmes;

/// <summary>The opening of a phase: when, and by which official (a public office holder, named as the sources name them).</summary>
/// <param name="Date">The date of the opening.</param>
/// <param name="Official">The official who opened it, e.g. <c>Menteri Perindustrian</c>.</param>
public sealed record OpeningEvent(LocalDate Date, string Official);
