using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// A date the host application closes, nationwide or in some provinces only: a regional holiday, an office closure,
/// a local polling day. Supplied through <c>BimtekOptions.CalendarClosures</c> or the <see cref="WorkingCalendar"/> constructor.
/// </summary>
/// <remarks>Immutable; compared by reference.</remarks>
public sealed class CalendarClosure
{
    private readonly RegionCode[] _provinces;

    /// <summary>Creates a closure.</summary>
    /// <param name="date">The closed date.</param>
    /// <param name="reason">Why it is closed, as the host wants it shown.</param>
    /// <param name="provinces">The province codes it applies to; <see langword="null"/> or empty for the whole country.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank, or a code is not a province code.</exception>
    public CalendarClosure(LocalDate date, string reason, IEnumerable<RegionCode>? provinces = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _provinces = [.. (provinces ?? []).Distinct().Order()];
        foreach (var province in _provinces)
        {
            if (province.IsDefault || province.Level != RegionLevel.Province)
            {
                throw new ArgumentException($"Closure '{reason}' on {date:yyyy-MM-dd}: '{province}' is not a province code.", nameof(provinces));
            }
        }

        Date = date;
        Reason = reason;
        Provinces = Array.AsReadOnly(_provinces);
    }

    /// <summary>Gets the closed date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets why it is closed.</summary>
    public string Reason { get; }

    /// <summary>Gets the provinces it applies to, ordered by code; empty when it applies to the whole country.</summary>
    public IReadOnlyList<RegionCode> Provinces { get; }

    /// <summary>Gets whether the closure applies to the whole country.</summary>
    public bool IsNationwide => _provinces.Length == 0;

    /// <summary>Gets whether the closure applies to a region.</summary>
    /// <param name="region">A province or kabupaten/kota code (its province is used), or <see langword="null"/> when no
    /// region is named: then only a nationwide closure applies.</param>
    /// <returns>Whether the region is closed on <see cref="Date"/>.</returns>
    public bool AppliesTo(RegionCode? region) =>
        IsNationwide || (region is { IsDefault: false } code && Array.BinarySearch(_provinces, code.Province) >= 0);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Date:yyyy-MM-dd} {Reason}" + (IsNationwide ? string.Empty : $" ({string.Join(", ", _provinces)})");
}
