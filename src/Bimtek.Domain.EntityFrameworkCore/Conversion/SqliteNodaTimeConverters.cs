using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// NodaTime on SQLite, which has no date/time types: dates and times as ISO text (they sort and compare as text, so
/// a range query still works in SQL), instants and durations as integer ticks (exact, and sortable).
/// PostgreSQL maps NodaTime natively through Npgsql's plugin and needs none of these.
/// </summary>
internal static class SqliteNodaTimeConverters
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.ExtendedIso;

    /// <summary>Registers the conversions for every NodaTime property of the model.</summary>
    public static void Apply(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<LocalDate>().HaveConversion<LocalDateToString>();
        configuration.Properties<LocalTime>().HaveConversion<LocalTimeToString>();
        configuration.Properties<Instant>().HaveConversion<InstantToTicks>();
        configuration.Properties<Duration>().HaveConversion<DurationToTicks>();
    }

    /// <summary>A date's ISO text (<c>2020-06-15</c>), as stored on SQLite.</summary>
    public static string Text(LocalDate date) => DatePattern.Format(date);

    private sealed class LocalDateToString() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<LocalDate, string>(
        v => DatePattern.Format(v), v => DatePattern.Parse(v).Value);

    private sealed class LocalTimeToString() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<LocalTime, string>(
        v => TimePattern.Format(v), v => TimePattern.Parse(v).Value);

    private sealed class InstantToTicks() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Instant, long>(
        v => v.ToUnixTimeTicks(), v => Instant.FromUnixTimeTicks(v));

    private sealed class DurationToTicks() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Duration, long>(
        v => v.BclCompatibleTicks, v => Duration.FromTicks(v));

}
