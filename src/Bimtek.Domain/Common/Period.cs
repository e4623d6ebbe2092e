using NodaTime;

namespace Bimtek.Domain.Common;

/// <summary>
/// The one rule for effective-dated facts (region versions, service areas, working-hours rules): a period runs from its
/// first date (inclusive) to its end date (exclusive); a missing end is open.
/// </summary>
internal static class Period
{
    public static bool Contains(LocalDate? from, LocalDate? until, LocalDate date) =>
        (from is not { } start || start <= date) && (until is not { } end || date < end);

    /// <summary>Refuses a period that holds no date, naming what it belongs to.</summary>
    public static void ThrowIfEmpty(LocalDate? from, LocalDate? until, string owner, string paramName)
    {
        if (from is { } start && until is { } end && start >= end)
        {
            throw new ArgumentException($"{owner}: the period {start:yyyy-MM-dd} to {end:yyyy-MM-dd} is empty.", paramName);
        }
    }
}
