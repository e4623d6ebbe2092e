using NodaTime;

namespace Bimtek.Domain.Programmes;

/// <summary>The opening of a phase: when, and by which official (a public office, named as the sources name it).</summary>
/// <remarks>Immutable; equal when date and official are equal.</remarks>
public sealed record OpeningEvent
{
    /// <summary>Creates an opening event.</summary>
    /// <param name="date">The date of the opening.</param>
    /// <param name="official">The office of the official who opened it, e.g. <c>Menteri Perindustrian</c>.</param>
    public OpeningEvent(LocalDate date, string official)
    {
        ArgumentNullException.ThrowIfNull(official);
        Date = date;
        Official = official;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the official's office.</summary>
    public string Official { get; }
}
