using System.Diagnostics.CodeAnalysis;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The civil-service working calendar: which local dates are working days (national holidays, collective leave and
/// polling days by year, weekends, host closures), and the working hours of a date in each zone's local time.
/// </summary>
/// <remarks>
/// <para>Every question about a date needs that year's holiday list. A year without one (before 2020 or after 2026 in
/// the embedded data) is never treated as free of holidays: the question throws <see cref="CalendarDataMissingException"/>.
/// Ask <see cref="Covers(int)"/> first or use <see cref="TryGetDay"/>. Only <see cref="FindHoursRule(LocalDate)"/> needs no
/// holiday list.</para>
/// <para>The hours of a date are those of the most specific rule in force (<see cref="FindHoursRule(LocalDate, RegionCode?)"/>):
/// Ramadan's while in force, and a province's or kabupaten/kota's own hours (<see cref="WorkingHoursRule.ScopedTo"/>)
/// for that region. The schedule validator and the planner both judge each place by its own rule.</para>
/// <para>Implementations are immutable and thread-safe. <see cref="WorkingCalendar"/> is the embedded one.</para>
/// </remarks>
public interface IWorkingCalendar
{
    /// <summary>Gets the years with a holiday list, in order (2020 to 2026 in the embedded data).</summary>
    IReadOnlyList<int> CoveredYears { get; }

    /// <summary>Gets the length of one lesson hour (JP) used to count <see cref="WorkingWindow.LessonHours"/>.</summary>
    Duration LessonHourLength { get; }

    /// <summary>Gets the working-hours rules, in the order given.</summary>
    IReadOnlyList<WorkingHoursRule> HoursRules { get; }

    /// <summary>Gets the host's closures, ordered by date.</summary>
    IReadOnlyList<CalendarClosure> Closures { get; }

    /// <summary>Gets whether the calendar has the holiday list of <paramref name="year"/>.</summary>
    /// <param name="year">The ISO year.</param>
    /// <returns>Whether questions about dates of that year can be answered.</returns>
    bool Covers(int year);

    /// <summary>Gets the national holidays, collective-leave days and polling days of a year: its final list.</summary>
    /// <param name="year">The ISO year.</param>
    /// <returns>The entries, ordered by date (22 in 2020).</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for <paramref name="year"/>.</exception>
    IReadOnlyList<Holiday> GetHolidays(int year);

    /// <summary>Finds the national holiday, collective-leave day or polling day on a date, with its decree.</summary>
    /// <param name="localDate">The date.</param>
    /// <returns>The entry, or <see langword="null"/> when the date is none of these.</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for the date's year.</exception>
    Holiday? FindHoliday(LocalDate localDate);

    /// <summary>Tells whether a local date is a working day, and if not, every reason why.</summary>
    /// <param name="localDate">The local date (the same answer in every zone).</param>
    /// <param name="region">A province or kabupaten/kota whose province's closures also apply; <see langword="null"/>
    /// for the national answer (only nationwide closures).</param>
    /// <returns>The answer.</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for the date's year.</exception>
    CalendarDay GetDay(LocalDate localDate, RegionCode? region = null);

    /// <summary>Tells whether a local date is a working day, without throwing for a year without data.</summary>
    /// <param name="localDate">The local date.</param>
    /// <param name="region">A province or kabupaten/kota, or <see langword="null"/> for the national answer.</param>
    /// <param name="day">The answer, when the year is covered.</param>
    /// <returns>Whether the calendar has the holiday list of the date's year.</returns>
    bool TryGetDay(LocalDate localDate, RegionCode? region, [NotNullWhen(true)] out CalendarDay? day);

    /// <summary>Finds the working-hours rule for a date's weekday, whether or not the date is a holiday.</summary>
    /// <param name="localDate">The date.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule in force covers the weekday (the weekend).</returns>
    WorkingHoursRule? FindHoursRule(LocalDate localDate);

    /// <summary>Finds the working-hours rule for a date's weekday in a region: the most specific rule in force that covers
    /// the weekday (the kabupaten/kota's own, then its province's, then the national one; within one scope a Ramadan rule
    /// before the regular one).</summary>
    /// <param name="localDate">The date.</param>
    /// <param name="region">A province or kabupaten/kota, or <see langword="null"/> for the national rule.</param>
    /// <returns>The rule, or <see langword="null"/> when none covers the weekday (the weekend).</returns>
    /// <remarks>The default implementation ignores <paramref name="region"/>, for calendars written before regional rules.</remarks>
    WorkingHoursRule? FindHoursRule(LocalDate localDate, RegionCode? region) => FindHoursRule(localDate);

    /// <summary>Gets the working time of a local date in a zone: local ranges and instants, with the rule's decree.</summary>
    /// <param name="localDate">The local date.</param>
    /// <param name="zone">The zone whose local time the hours are read in (e.g. <c>Asia/Jayapura</c> for WIT).</param>
    /// <param name="region">A province or kabupaten/kota whose closures also apply, or <see langword="null"/>.</param>
    /// <returns>The window; empty on a non-working day.</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for the date's year.</exception>
    WorkingWindow GetWorkingWindow(LocalDate localDate, DateTimeZone zone, RegionCode? region = null);

    /// <summary>Gets the instants of a local date that are working time in every one of several zones.</summary>
    /// <param name="localDate">The local date, read in each zone.</param>
    /// <param name="zones">The participants' zones; at least one.</param>
    /// <returns>The common window (only nationwide closures apply).</returns>
    /// <exception cref="ArgumentException"><paramref name="zones"/> is empty or holds <see langword="null"/>.</exception>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for the date's year.</exception>
    CommonWorkingWindow GetCommonWorkingWindow(LocalDate localDate, IEnumerable<DateTimeZone> zones);

    /// <summary>Gets the instants of a local date that are working time for every participating region, each read in
    /// its own zone with its province's closures.</summary>
    /// <param name="localDate">The local date, read in each region's zone.</param>
    /// <param name="participants">The participants' provinces or kabupaten/kota; at least one.</param>
    /// <returns>The common window.</returns>
    /// <exception cref="ArgumentException"><paramref name="participants"/> is empty or holds <see langword="null"/>.</exception>
    /// <exception cref="CalendarDataMissingException">The calendar has no list for the date's year.</exception>
    CommonWorkingWindow GetCommonWorkingWindow(LocalDate localDate, IEnumerable<Region> participants);
}
