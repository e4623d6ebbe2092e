using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>Maps IANA zones to Indonesia's legal zone labels.</summary>
internal static class IndonesianTimeZones
{
    // Keppres 41/1987: WIB/WITA/WIT are UTC+7/+8/+9 with no daylight saving since 1988, so the offset names the label.
    private static readonly Instant Reference = Instant.FromUtc(2020, 1, 1, 0, 0);

    /// <summary>The label (WIB, WITA, WIT) of an Indonesian zone, or its IANA id for any other.</summary>
    public static string TryLabel(DateTimeZone zone) =>
        (zone.GetUtcOffset(Reference).Seconds / 3600) switch
        {
            7 => nameof(IndonesianTimeZone.WIB),
            8 => nameof(IndonesianTimeZone.WITA),
            9 => nameof(IndonesianTimeZone.WIT),
            _ => zone.Id,
        };

    /// <summary>The zone's whole-hour UTC offset today (Asia/Pontianak read UTC+8 before 1988, WIB since).</summary>
    public static int OffsetHours(DateTimeZone zone) => zone.GetUtcOffset(Reference).Seconds / 3600;

    public static IndonesianTimeZone LabelOf(DateTimeZone zone)
    {
        var hours = zone.GetUtcOffset(Reference).Seconds / 3600;
        return hours switch
        {
            7 => IndonesianTimeZone.WIB,
            8 => IndonesianTimeZone.WITA,
            9 => IndonesianTimeZone.WIT,
            _ => throw new ArgumentException($"Time zone '{zone.Id}' is not one of Indonesia's (UTC+7, +8 or +9).", nameof(zone)),
        };
    }
}
