using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>
/// Indonesia's legal time zones (Keppres 41/1987) for any host: the WIB/WITA/WIT label of an IANA zone as of a date, the
/// offset of each label, the zone a label stands for, and reading a label or an IANA id.
/// </summary>
/// <remarks>
/// <para>Keppres 41/1987 fixes WIB, WITA and WIT at UTC+7, +8 and +9 from 1 January 1988, with no daylight saving, so a
/// zone's offset on a date names its label. Before 1988 some zones read otherwise: <c>Asia/Pontianak</c> was UTC+8
/// (WITA) until 1987, and <c>Asia/Jakarta</c> UTC+7:30 before 1964 (no label).</para>
/// <para>The package reads the label of its own regions and centres on 2020-01-01 (the reference data is recorded from
/// 2020). Thread-safe.</para>
/// </remarks>
public static class IndonesianTimeZones
{
    // The date on which the package's regions and centres read their label: any date since 1988 gives the same answer.
    private static readonly LocalDate Reference = new(2020, 1, 1);

    private static readonly Dictionary<string, IndonesianTimeZone> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(IndonesianTimeZone.WIB)] = IndonesianTimeZone.WIB,
        [nameof(IndonesianTimeZone.WITA)] = IndonesianTimeZone.WITA,
        [nameof(IndonesianTimeZone.WIT)] = IndonesianTimeZone.WIT,
    };

    /// <summary>Gets the IANA ids of Indonesia's zones: <c>Asia/Jakarta</c>, <c>Asia/Pontianak</c>, <c>Asia/Makassar</c>, <c>Asia/Jayapura</c>.</summary>
    public static IReadOnlyList<string> ZoneIds { get; } = new[] { "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura" }.AsReadOnly();

    /// <summary>Gets the offset from UTC of a label: +07 for WIB, +08 for WITA, +09 for WIT (Keppres 41/1987).</summary>
    /// <param name="label">The label.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined value.</exception>
    public static Offset GetUtcOffset(this IndonesianTimeZone label) =>
        Enum.IsDefined(label) ? Offset.FromHours((int)label) : throw new ArgumentOutOfRangeException(nameof(label), label, "Not an IndonesianTimeZone value.");

    /// <summary>
    /// Gets the zone a label stands for when no place is named: WIB is Jakarta's (the ministries' zone), WITA Makassar's,
    /// WIT Jayapura's.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns>The TZDB zone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined value.</exception>
    public static DateTimeZone GetZone(this IndonesianTimeZone label) => label switch
    {
        IndonesianTimeZone.WIB => DateTimeZoneProviders.Tzdb["Asia/Jakarta"],
        IndonesianTimeZone.WITA => DateTimeZoneProviders.Tzdb["Asia/Makassar"],
        IndonesianTimeZone.WIT => DateTimeZoneProviders.Tzdb["Asia/Jayapura"],
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not an IndonesianTimeZone value."),
    };

    /// <summary>Gets a zone's offset from UTC at the start of <paramref name="date"/> in that zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The date.</param>
    /// <returns>The offset, e.g. +07 for <c>Asia/Jakarta</c> on any date since 1964.</returns>
    public static Offset GetUtcOffsetOn(this DateTimeZone zone, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetUtcOffset(date.AtStartOfDayInZone(zone).ToInstant());
    }

    /// <summary>Finds the Indonesian label of a zone's offset on a date: WIB, WITA, WIT, or none.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The date the offset is read on.</param>
    /// <returns>The label, or <see langword="null"/> when the offset on that date is not UTC+7, +8 or +9 (a zone outside
    /// Indonesia, or Jakarta's UTC+7:30 before 1964).</returns>
    public static IndonesianTimeZone? FindLabel(this DateTimeZone zone, LocalDate date) =>
        LabelOf(zone.GetUtcOffsetOn(date));

    /// <summary>Gets the Indonesian label of a zone's offset on a date.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The date the offset is read on.</param>
    /// <returns>WIB, WITA or WIT.</returns>
    /// <exception cref="ArgumentException">The offset on that date is not UTC+7, +8 or +9.</exception>
    public static IndonesianTimeZone GetLabel(this DateTimeZone zone, LocalDate date) =>
        zone.FindLabel(date) ?? throw new ArgumentException($"Time zone '{zone.Id}' is not one of Indonesia's (UTC+7, +8 or +9) on {date:yyyy-MM-dd}.", nameof(zone));

    /// <summary>Reads a zone given as a label (<c>WIB</c>, <c>WITA</c>, <c>WIT</c>, any case) or as one of <see cref="ZoneIds"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="zone">The zone: a label gives <see cref="GetZone"/>; an IANA id its own zone.</param>
    /// <returns>Whether <paramref name="text"/> names an Indonesian zone.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DateTimeZone? zone)
    {
        zone = text is null ? null
            : Labels.TryGetValue(text, out var label) ? label.GetZone()
            : ZoneIds.Contains(text, StringComparer.Ordinal) ? DateTimeZoneProviders.Tzdb[text]
            : null;
        return zone is not null;
    }

    /// <summary>The label (WIB, WITA, WIT) of an Indonesian zone, or its IANA id for any other.</summary>
    internal static string TryLabel(DateTimeZone zone) => zone.FindLabel(Reference)?.ToString() ?? zone.Id;

    /// <summary>The zone's whole-hour UTC offset since 1988 (Asia/Pontianak read UTC+8 before 1988, WIB since).</summary>
    internal static int OffsetHours(DateTimeZone zone) => zone.GetUtcOffsetOn(Reference).Seconds / 3600;

    internal static IndonesianTimeZone LabelOf(DateTimeZone zone) => zone.GetLabel(Reference);

    private static IndonesianTimeZone? LabelOf(Offset offset) =>
        offset.Seconds % 3600 == 0 && offset.Seconds / 3600 is var hours && Enum.IsDefined((IndonesianTimeZone)hours)
            ? (IndonesianTimeZone)hours
            : null;
}
