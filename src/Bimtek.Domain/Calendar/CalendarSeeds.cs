using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Calendar;

/// <summary>Reads the embedded <c>seeds/calendars/holidays.csv</c> and <c>seeds/calendars/working-hours.csv</c>.</summary>
internal static class CalendarSeeds
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["Mon"] = IsoDayOfWeek.Monday,
        ["Tue"] = IsoDayOfWeek.Tuesday,
        ["Wed"] = IsoDayOfWeek.Wednesday,
        ["Thu"] = IsoDayOfWeek.Thursday,
        ["Fri"] = IsoDayOfWeek.Friday,
        ["Sat"] = IsoDayOfWeek.Saturday,
        ["Sun"] = IsoDayOfWeek.Sunday,
    };

    internal static readonly string[] HolidayColumns = ["date", "kind", "name_id", "name_en", "decree", "status"];

    internal static readonly string[] HoursColumns =
        ["effective_from", "effective_until", "days", "start", "end", "break_start", "break_end", "decree", "status", "occasion", "regional_status"];

    public static List<Holiday> LoadHolidays() => ReadHolidays(EmbeddedSeed.ReadCsv("calendars.holidays.csv", HolidayColumns));

    public static List<WorkingHoursRule> LoadHoursRules() => ReadHoursRules(EmbeddedSeed.ReadCsv("calendars.working-hours.csv", HoursColumns));

    // The rows are passed in so that tests can read them afresh (the calendar keeps the embedded result once per process)
    // and feed a malformed row to see the error name its column.
    internal static List<Holiday> ReadHolidays(IEnumerable<SeedRow> rows) =>
    [
        .. rows
            .Select(row => new Holiday(
                Date(row, "date") ?? throw row.Error("date", "a holiday needs a date"),
                row["kind"] switch
                {
                    "holiday" => NonWorkingDayKind.NationalHoliday,
                    "collective_leave" => NonWorkingDayKind.CollectiveLeave,
                    "election" => NonWorkingDayKind.ElectionDay,
                    _ => throw row.Error("kind", "expected holiday, collective_leave or election"),
                },
                row["name_id"],
                row["decree"],
                row["name_en"],
                Status(row))),
    ];

    internal static List<WorkingHoursRule> ReadHoursRules(IEnumerable<SeedRow> rows) =>
    [
        .. rows
            .Select(row =>
            {
                var days = row["days"].Split(';').Select(d => Weekdays.TryGetValue(d, out var day) ? day : throw row.Error("days", "expected Mon;Tue;… (three-letter English weekdays)"));
                var hours = new LocalTimeRange(TimeOf(row, "start"), TimeOf(row, "end"));
                LocalTimeRange? pause = row["break_start"].Length == 0 && row["break_end"].Length == 0
                    ? null
                    : new LocalTimeRange(TimeOf(row, "break_start"), TimeOf(row, "break_end"));
                var occasion = row["occasion"] switch
                {
                    "regular" => WorkingHoursOccasion.Regular,
                    "ramadan" => WorkingHoursOccasion.Ramadan,
                    _ => throw row.Error("occasion", "expected regular or ramadan"),
                };
                return new WorkingHoursRule(days, hours, pause, row["decree"], Status(row), Date(row, "effective_from"), Date(row, "effective_until"), null, occasion, Status(row, "regional_status"));
            }),
    ];

    private static Provenance Status(SeedRow row, string column = "status") => row[column] switch
    {
        "sourced" => Provenance.Sourced,
        "assumed" => Provenance.Assumed,
        _ => throw row.Error(column, "expected sourced or assumed"),
    };

    private static LocalDate? Date(SeedRow row, string column)
    {
        if (row[column].Length == 0)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(row[column]);
        return parsed.Success ? parsed.Value : throw row.Error(column, "not an ISO date (YYYY-MM-DD)");
    }

    private static LocalTime TimeOf(SeedRow row, string column)
    {
        var parsed = Time.Parse(row[column]);
        return parsed.Success ? parsed.Value : throw row.Error(column, "not a time (HH:mm)");
    }
}
