using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The answer to "is this local date a working day?": yes, or no with every reason (a date can be a Sunday and
/// Idul Fitri at once, and a host closure as well).
/// </summary>
/// <remarks>
/// <see cref="Reasons"/> lists the national holiday first (with its decree), then host closures, then the weekend.
/// Immutable; compared by reference.
/// </remarks>
public sealed class CalendarDay
{
    internal CalendarDay(LocalDate date, RegionCode? region, IReadOnlyList<NonWorkingReason> reasons)
    {
        Date = date;
        Region = region;
        Reasons = reasons;
    }

    /// <summary>Gets the local date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the region asked about (whose province's closures apply), or <see langword="null"/> for the national answer.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets whether civil servants work on this date.</summary>
    public bool IsWorkingDay => Reasons.Count == 0;

    /// <summary>Gets every reason the date is not a working day; empty for a working day.</summary>
    public IReadOnlyList<NonWorkingReason> Reasons { get; }

    /// <summary>Gets the kind of the first reason (the holiday's, when there is one), or <see langword="null"/> for a working day.</summary>
    public NonWorkingDayKind? Kind => Reasons.Count == 0 ? null : Reasons[0].Kind;

    /// <summary>Gets the national holiday, collective-leave day or polling day on this date, or <see langword="null"/>.</summary>
    public Holiday? Holiday => Reasons.Count > 0 ? Reasons[0].Holiday : null;

    /// <summary>Gets whether the date falls on a weekday the working-hours rules leave free (Saturday, Sunday).</summary>
    public bool IsWeekend => Reasons.Any(r => r.Kind == NonWorkingDayKind.Weekend);

    /// <inheritdoc />
    public override string ToString() =>
        IsWorkingDay ? $"{Date:yyyy-MM-dd} working day" : $"{Date:yyyy-MM-dd} not a working day: {string.Join("; ", Reasons)}";
}
