using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A working calendar a test shapes without touching the embedded data: the embedded holidays and hours (2020–2026),
/// plus the closures and holidays the test adds, and its own lesson-hour length.
/// </summary>
/// <remarks>Each call changes the builder; <see cref="Build"/> makes a new <see cref="WorkingCalendar"/>, checked as a
/// host's would be (<see cref="CalendarConfigurationException"/> on inconsistent data).</remarks>
public sealed class CalendarBuilder
{
    private readonly List<CalendarClosure> _closures = [];
    private readonly Dictionary<LocalDate, Holiday> _holidays = WorkingCalendar.EmbeddedHolidays().ToDictionary(h => h.Date);
    private Duration? _lessonHourLength;

    /// <summary>Closes a day for a host reason, in the provinces given (none: everywhere).</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">Why, e.g. <c>"Hari jadi provinsi"</c>.</param>
    /// <param name="provinces">Province codes, e.g. <c>"32"</c>; none for all of Indonesia.</param>
    /// <returns>This builder.</returns>
    public CalendarBuilder WithClosure(LocalDate date, string reason, params string[] provinces)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        _closures.Add(new CalendarClosure(date, reason, provinces.Length == 0 ? null : provinces.Select(RegionCode.Parse)));
        return this;
    }

    /// <summary>Makes a day a national holiday everywhere (replacing what the embedded list says of that day).</summary>
    /// <param name="date">The day.</param>
    /// <param name="name">Its name.</param>
    /// <param name="decree">The decree behind it.</param>
    /// <returns>This builder.</returns>
    public CalendarBuilder WithHoliday(LocalDate date, string name, string decree = "Test decree")
    {
        _holidays[date] = new Holiday(date, NonWorkingDayKind.NationalHoliday, name, decree);
        return this;
    }

    /// <summary>Makes a day an ordinary working day again (removes an embedded holiday or leave day).</summary>
    /// <param name="date">The day.</param>
    /// <returns>This builder.</returns>
    public CalendarBuilder WithoutHoliday(LocalDate date)
    {
        _holidays.Remove(date);
        return this;
    }

    /// <summary>Sets the length of one JP.</summary>
    /// <param name="minutes">Whole minutes (45 by default).</param>
    /// <returns>This builder.</returns>
    public CalendarBuilder WithLessonHour(int minutes)
    {
        _lessonHourLength = Duration.FromMinutes(minutes);
        return this;
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>A new calendar.</returns>
    /// <exception cref="CalendarConfigurationException">The shaped data is inconsistent.</exception>
    public WorkingCalendar Build() => new(_holidays.Values, WorkingCalendar.EmbeddedHoursRules(), _closures, _lessonHourLength);
}
