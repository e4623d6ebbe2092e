using Bimtek.Domain.Calendar;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>The embedded working calendar (built once), a zone of each kind, the reference days, and short ways to write
/// dates, times and instants in a test.</summary>
/// <remarks>Thread-safe: every member is immutable. Nothing here reads the clock.</remarks>
public static class CalendarReference
{
    /// <summary>The working calendar from the embedded seeds (2020–2026), with no host closure.</summary>
    public static readonly WorkingCalendar Embedded = WorkingCalendar.FromEmbeddedSeeds();

    /// <summary>WIB (UTC+7): the ministry's zone.</summary>
    public static readonly DateTimeZone Jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    /// <summary>WIB (UTC+7), West and Central Kalimantan.</summary>
    public static readonly DateTimeZone Pontianak = DateTimeZoneProviders.Tzdb["Asia/Pontianak"];

    /// <summary>WITA (UTC+8).</summary>
    public static readonly DateTimeZone Makassar = DateTimeZoneProviders.Tzdb["Asia/Makassar"];

    /// <summary>WIT (UTC+9).</summary>
    public static readonly DateTimeZone Jayapura = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];

    /// <summary>The four IANA zones Indonesia's regions use.</summary>
    public static readonly IReadOnlyList<DateTimeZone> IndonesianZones = [Jakarta, Pontianak, Makassar, Jayapura];

    /// <summary>Monday 8 June 2020: first day of the kabupaten/kota round, a working day in every zone.</summary>
    public static readonly LocalDate Monday = new(2020, 6, 8);

    /// <summary>Friday 12 June 2020: a working day with the Friday prayer break.</summary>
    public static readonly LocalDate Friday = new(2020, 6, 12);

    /// <summary>A date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The date.</returns>
    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>A time of day.</summary>
    /// <param name="hour">The hour, 0–23.</param>
    /// <param name="minute">The minute, 0–59.</param>
    /// <returns>The time.</returns>
    public static LocalTime Time(int hour, int minute) => new(hour, minute);

    /// <summary>A range of local times, start inclusive, end exclusive.</summary>
    /// <param name="startHour">The start hour.</param>
    /// <param name="startMinute">The start minute.</param>
    /// <param name="endHour">The end hour.</param>
    /// <param name="endMinute">The end minute.</param>
    /// <returns>The range.</returns>
    public static LocalTimeRange Range(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

    /// <summary>An interval of instants, given in a zone's local times on a date (start inclusive, end exclusive).</summary>
    /// <param name="zone">The zone the times are read in.</param>
    /// <param name="date">The date.</param>
    /// <param name="startHour">The start hour.</param>
    /// <param name="startMinute">The start minute.</param>
    /// <param name="endHour">The end hour.</param>
    /// <param name="endMinute">The end minute.</param>
    /// <returns>The interval.</returns>
    public static Interval Local(DateTimeZone zone, LocalDate date, int startHour, int startMinute, int endHour, int endMinute) =>
        new(At(zone, date, startHour, startMinute), At(zone, date, endHour, endMinute));

    /// <summary>The instant of a local time on a date in a zone (Indonesian zones have no daylight saving).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The date.</param>
    /// <param name="hour">The hour.</param>
    /// <param name="minute">The minute.</param>
    /// <returns>The instant.</returns>
    public static Instant At(DateTimeZone zone, LocalDate date, int hour, int minute)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return date.At(new LocalTime(hour, minute)).InZoneStrictly(zone).ToInstant();
    }
}
