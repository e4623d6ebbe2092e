using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>One day of a training session: its date (in the centre's zone) and its agenda.</summary>
/// <remarks>Immutable. Items are kept in the order given; the validator checks their order and overlaps.</remarks>
public sealed class SessionDay
{
    /// <summary>Creates a day.</summary>
    /// <param name="date">The date, in the centre's zone.</param>
    /// <param name="items">The agenda.</param>
    public SessionDay(LocalDate date, IEnumerable<AgendaItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Date = date;
        Items = items.Select(i => i ?? throw new ArgumentException("An agenda item is null.", nameof(items))).ToList().AsReadOnly();
    }

    /// <summary>Gets the date, in the centre's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the agenda items.</summary>
    public IReadOnlyList<AgendaItem> Items { get; }
}
