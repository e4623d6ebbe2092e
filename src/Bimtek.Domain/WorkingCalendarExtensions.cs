using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain;

/// <summary>Questions over ranges of dates, built on <see cref="IWorkingCalendar"/>.</summary>
public static class WorkingCalendarExtensions
{
    /// <summary>Gets whether a local date is a working day.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The local date.</param>
    /// <param name="region">A province or kabupaten/kota whose closures also apply, or <see langword="null"/>.</param>
    /// <returns>Whether civil servants work that day.</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no holiday list for the date's year.</exception>
    public static bool IsWorkingDay(this IWorkingCalendar calendar, LocalDate date, RegionCode? region = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.GetDay(date, region).IsWorkingDay;
    }

    /// <summary>Gets the answer for every date of a range.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="dates">The dates (both ends inclusive).</param>
    /// <param name="region">A province or kabupaten/kota whose closures also apply, or <see langword="null"/>.</param>
    /// <returns>One answer per date, in order.</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no holiday list for a year of the range.</exception>
    public static IReadOnlyList<CalendarDay> GetDays(this IWorkingCalendar calendar, DateInterval dates, RegionCode? region = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(dates);
        for (var year = dates.Start.Year; year <= dates.End.Year; year++)
        {
            // Fail before any work, naming the first uncovered year.
            if (!calendar.Covers(year))
            {
                throw new CalendarDataMissingException(year, calendar.CoveredYears);
            }
        }

        return [.. dates.Select(d => calendar.GetDay(d, region))];
    }

    /// <summary>Gets the working days of a range.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="dates">The dates (both ends inclusive).</param>
    /// <param name="region">A province or kabupaten/kota whose closures also apply, or <see langword="null"/>.</param>
    /// <returns>The working days, in order (17 from 8 to 30 June 2020).</returns>
    /// <exception cref="CalendarDataMissingException">The calendar has no holiday list for a year of the range.</exception>
    public static IReadOnlyList<LocalDate> GetWorkingDays(this IWorkingCalendar calendar, DateInterval dates, RegionCode? region = null) =>
        [.. calendar.GetDays(dates, region).Where(d => d.IsWorkingDay).Select(d => d.Date)];
}
