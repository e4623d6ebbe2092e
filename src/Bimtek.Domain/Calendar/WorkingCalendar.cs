using System.Diagnostics.CodeAnalysis;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The working calendar built from holiday lists, working-hours rules and host closures, checked when built.
/// </summary>
/// <remarks>
/// <para>The embedded data (<see cref="FromEmbeddedSeeds"/>): the final list of national holidays, collective leave and
/// polling days of each year from 2020 to 2026 with the decree behind each date, and the civil-service hours of
/// Keppres 68/1995 (until 2023-04-11, sourced) and Perpres 21/2023 (from 2023-04-12, timetable assumed); see
/// <c>seeds/calendars/SOURCES.md</c>; and the Ramadan hours of 2020–2026 (<see cref="WorkingHoursOccasion.Ramadan"/>),
/// which override the regular week while in force. A host adds a province's or kabupaten/kota's own hours as rules with
/// <see cref="WorkingHoursRule.Region"/> set; the most specific rule in force for a region wins (see
/// <see cref="FindHoursRule(LocalDate, RegionCode?)"/>).</para>
/// <para>Immutable and thread-safe; build it once and share it.</para>
/// </remarks>
public sealed class WorkingCalendar : IWorkingCalendar
{
    private static readonly Lazy<(IReadOnlyList<Holiday> Holidays, IReadOnlyList<WorkingHoursRule> Rules)> Embedded =
        new(() => (CalendarSeeds.LoadHolidays(), CalendarSeeds.LoadHoursRules()));

    private readonly Dictionary<LocalDate, Holiday> _holidays;
    private readonly Dictionary<int, IReadOnlyList<Holiday>> _holidaysByYear;
    private readonly IReadOnlyList<int> _coveredYears;
    private readonly WorkingHoursRule[] _rules;
    private readonly IReadOnlyList<CalendarClosure> _closures;
    private readonly Dictionary<LocalDate, CalendarClosure[]> _closuresByDate;

    /// <summary>Builds a calendar, checking its data.</summary>
    /// <param name="holidays">The holiday lists: a year is covered when it has at least one entry, and its entries are
    /// taken as its final list. At most one entry per date.</param>
    /// <param name="hoursRules">The working-hours rules: at most one per weekday on any date, and every date of a covered
    /// year in force under at least one (a weekday no rule covers is the weekend).</param>
    /// <param name="closures">The host's closures, or <see langword="null"/> for none.</param>
    /// <param name="lessonHourLength">The length of one JP, a whole number of minutes; <see langword="null"/> for
    /// <see cref="LessonHours.StandardLength"/> (45 minutes).</param>
    /// <exception cref="CalendarConfigurationException">The data is inconsistent; every problem is listed with its code.</exception>
    public WorkingCalendar(
        IEnumerable<Holiday> holidays,
        IEnumerable<WorkingHoursRule> hoursRules,
        IEnumerable<CalendarClosure>? closures = null,
        Duration? lessonHourLength = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(hoursRules);
        var holidayList = holidays.ToList();
        var ruleList = hoursRules.ToList();
        var closureList = (closures ?? []).ToList();
        LessonHourLength = lessonHourLength ?? LessonHours.StandardLength;

        var problems = WorkingCalendarChecks.Find(holidayList, ruleList, closureList, LessonHourLength);
        if (problems.Count > 0)
        {
            throw new CalendarConfigurationException(problems);
        }

        _holidays = holidayList.ToDictionary(h => h.Date);
        _holidaysByYear = holidayList.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => (IReadOnlyList<Holiday>)g.OrderBy(h => h.Date).ToList().AsReadOnly());
        _coveredYears = _holidaysByYear.Keys.Order().ToList().AsReadOnly();
        _rules = [.. ruleList];
        HoursRules = Array.AsReadOnly(_rules);
        _closures = closureList.OrderBy(c => c.Date).ToList().AsReadOnly();
        _closuresByDate = _closures.GroupBy(c => c.Date).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Builds the calendar from the embedded data, with the host's closures and, optionally, its own hours.</summary>
    /// <param name="closures">The host's closures, or <see langword="null"/> for none.</param>
    /// <param name="hoursRules">Rules replacing <see cref="EmbeddedHoursRules"/>, or <see langword="null"/> to keep them.</param>
    /// <param name="lessonHourLength">The length of one JP, or <see langword="null"/> for 45 minutes.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CalendarConfigurationException">The closures, rules or length are inconsistent.</exception>
    public static WorkingCalendar FromEmbeddedSeeds(
        IEnumerable<CalendarClosure>? closures = null,
        IEnumerable<WorkingHoursRule>? hoursRules = null,
        Duration? lessonHourLength = null) =>
        new(Embedded.Value.Holidays, hoursRules ?? Embedded.Value.Rules, closures, lessonHourLength);

    /// <summary>Gets the embedded holiday lists, 2020 to 2026, ordered by date, as a starting point for a host's own.</summary>
    /// <returns>The entries of <c>seeds/calendars/holidays.csv</c> (167).</returns>
    public static IReadOnlyList<Holiday> EmbeddedHolidays() => Embedded.Value.Holidays;

    /// <summary>Gets the embedded working-hours rules (Keppres 68/1995, then Perpres 21/2023), as a starting point for a host's own.</summary>
    /// <returns>The entries of <c>seeds/calendars/working-hours.csv</c>.</returns>
    public static IReadOnlyList<WorkingHoursRule> EmbeddedHoursRules() => Embedded.Value.Rules;

    /// <inheritdoc />
    public IReadOnlyList<int> CoveredYears => _coveredYears;

    /// <inheritdoc />
    public Duration LessonHourLength { get; }

    /// <inheritdoc />
    public IReadOnlyList<WorkingHoursRule> HoursRules { get; }

    /// <inheritdoc />
    public IReadOnlyList<CalendarClosure> Closures => _closures;

    /// <inheritdoc />
    public bool Covers(int year) => _holidaysByYear.ContainsKey(year);

    /// <inheritdoc />
    public IReadOnlyList<Holiday> GetHolidays(int year) =>
        _holidaysByYear.TryGetValue(year, out var list) ? list : throw new CalendarDataMissingException(year, _coveredYears);

    /// <inheritdoc />
    public Holiday? FindHoliday(LocalDate localDate)
    {
        var date = Iso(localDate);
        EnsureCovered(date);
        return _holidays.GetValueOrDefault(date);
    }

    /// <inheritdoc />
    public CalendarDay GetDay(LocalDate localDate, RegionCode? region = null)
    {
        var date = Iso(localDate);
        EnsureCovered(date);
        return Answer(date, region);
    }

    /// <inheritdoc />
    public bool TryGetDay(LocalDate localDate, RegionCode? region, [NotNullWhen(true)] out CalendarDay? day)
    {
        var date = Iso(localDate);
        day = Covers(date.Year) ? Answer(date, region) : null;
        return day is not null;
    }

    /// <inheritdoc />
    public WorkingHoursRule? FindHoursRule(LocalDate localDate) => FindHoursRule(localDate, null);

    /// <inheritdoc />
    public WorkingHoursRule? FindHoursRule(LocalDate localDate, RegionCode? region)
    {
        var date = Iso(localDate);
        WorkingHoursRule? best = null;
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(date) && rule.CoversRegion(region) && (best is null || rule.Specificity > best.Specificity))
            {
                best = rule;
            }
        }

        return best;
    }

    /// <inheritdoc />
    public WorkingWindow GetWorkingWindow(LocalDate localDate, DateTimeZone zone, RegionCode? region = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = GetDay(localDate, region);
        return new WorkingWindow(day, zone, FindHoursRule(day.Date, region), LessonHourLength);
    }

    /// <inheritdoc />
    public CommonWorkingWindow GetCommonWorkingWindow(LocalDate localDate, IEnumerable<DateTimeZone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var list = zones.ToList();
        if (list.Count == 0 || list.Contains(null!))
        {
            throw new ArgumentException("Give at least one zone, and no null.", nameof(zones));
        }

        var windows = list.DistinctBy(z => z.Id).Select(z => GetWorkingWindow(localDate, z)).ToList().AsReadOnly();
        return new CommonWorkingWindow(Iso(localDate), windows, LessonHourLength);
    }

    /// <inheritdoc />
    public CommonWorkingWindow GetCommonWorkingWindow(LocalDate localDate, IEnumerable<Region> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var list = participants.ToList();
        if (list.Count == 0 || list.Contains(null!))
        {
            throw new ArgumentException("Give at least one participating region, and no null.", nameof(participants));
        }

        // Two regions are one window only if they share a zone, a province (closures) and an hours rule: two regencies of
        // one province differ when the host gave one of them its own hours (ScopedTo).
        var windows = list
            .DistinctBy(r => (r.TimeZone.Id, r.Code.Province, FindHoursRule(localDate, r.Code)))
            .Select(r => GetWorkingWindow(localDate, r.TimeZone, r.Code))
            .ToList()
            .AsReadOnly();
        return new CommonWorkingWindow(Iso(localDate), windows, LessonHourLength);
    }

    // A LocalDate in another calendar system would never equal the ISO dates of the data (an ISO date converts to itself).
    private static LocalDate Iso(LocalDate date) => date.WithCalendar(CalendarSystem.Iso);

    private void EnsureCovered(LocalDate date)
    {
        if (!Covers(date.Year))
        {
            throw new CalendarDataMissingException(date.Year, _coveredYears);
        }
    }

    private CalendarDay Answer(LocalDate date, RegionCode? region)
    {
        var reasons = new List<NonWorkingReason>(2);
        if (_holidays.TryGetValue(date, out var holiday))
        {
            reasons.Add(NonWorkingReason.For(holiday));
        }

        if (_closuresByDate.TryGetValue(date, out var closures))
        {
            reasons.AddRange(closures.Where(c => c.AppliesTo(region)).Select(NonWorkingReason.For));
        }

        if (FindHoursRule(date, region) is null)
        {
            // Both decrees set a five-day week, Monday to Friday (seeds/calendars/SOURCES.md [W1][W2]), so the weekend
            // is named by the rules in force. The checks guarantee at least one rule in force on a covered date.
            var inForce = _rules.Where(r => r.IsInForceOn(date)).ToList();
            reasons.Add(NonWorkingReason.Weekend(date.DayOfWeek, string.Join("; ", inForce.Select(r => r.Decree).Distinct()), inForce[0].Provenance));
        }

        return new CalendarDay(date, region, reasons.AsReadOnly());
    }
}
