using Bimtek.Domain.Calendar;
using NodaTime;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>The embedded working calendar (built once), a zone of each kind, and the dates the facts are stated for.</summary>
internal static class CalendarReference
{
    public static readonly WorkingCalendar Embedded = WorkingCalendar.FromEmbeddedSeeds();

    /// <summary>WIB (UTC+7): the ministry's zone.</summary>
    public static readonly DateTimeZone Jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    /// <summary>WIB (UTC+7), West and Central Kalimantan.</summary>
    public static readonly DateTimeZone Pontianak = DateTimeZoneProviders.Tzdb["Asia/Pontianak"];

    /// <summary>WITA (UTC+8).</summary>
    public static readonly DateTimeZone Makassar = DateTimeZoneProviders.Tzdb["Asia/Makassar"];

    /// <summary>WIT (UTC+9).</summary>
    public static readonly DateTimeZone Jayapura = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];

    public static readonly DateTimeZone[] IndonesianZones = [Jakarta, Pontianak, Makassar, Jayapura];

    /// <summary>Monday 8 June 2020: first day of the kabupaten/kota round.</summary>
    public static readonly LocalDate Monday = new(2020, 6, 8);

    /// <summary>Friday 12 June 2020.</summary>
    public static readonly LocalDate Friday = new(2020, 6, 12);

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    public static LocalTime Time(int hour, int minute) => new(hour, minute);

    public static LocalTimeRange Range(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

    /// <summary>An interval given in a zone's local times on a date.</summary>
    public static Interval Local(DateTimeZone zone, LocalDate date, int startHour, int startMinute, int endHour, int endMinute) =>
        new(date.At(new LocalTime(startHour, startMinute)).InZoneStrictly(zone).ToInstant(),
            date.At(new LocalTime(endHour, endMinute)).InZoneStrictly(zone).ToInstant());

    public static Instant At(DateTimeZone zone, LocalDate date, int hour, int minute) =>
        date.At(new LocalTime(hour, minute)).InZoneStrictly(zone).ToInstant();
}
