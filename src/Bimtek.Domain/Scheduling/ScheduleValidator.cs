using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using FluentValidation;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// The scheduling rule catalogue as a FluentValidation validator: every violation of every rule in
/// <see cref="ScheduleRules"/> is reported, with the sessions, items, instructors, regions, instants and zones involved.
/// </summary>
/// <remarks>
/// The schedule is placed in time once per validation (each agenda item as an interval of instants); cross-entity
/// rules (double bookings, parallel classes, coverage) sort and sweep those intervals, O(n log n). Thread-safe: the
/// validator holds only immutable services.
/// </remarks>
public sealed class ScheduleValidator : AbstractValidator<Schedule>, IScheduleValidator
{
    /// <summary>Creates the validator.</summary>
    /// <param name="regions">The regions, for participant zones, target regions and codes.</param>
    /// <param name="centres">The centres, for their zones and service areas.</param>
    /// <param name="calendar">The working calendar: working days, hours and the lesson-hour length.</param>
    /// <param name="limits">The limits; <see langword="null"/> for <see cref="ScheduleLimits.Default"/>.</param>
    public ScheduleValidator(IRegionDirectory regions, ICentreDirectory centres, IWorkingCalendar calendar, ScheduleLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(calendar);
        var settings = limits ?? ScheduleLimits.Default;
        RuleFor(schedule => schedule).Custom((schedule, context) =>
        {
            var facts = new ScheduleFacts(schedule, regions, centres, calendar, settings, context);
            SessionChecks.Run(facts);
            ZoneChecks.Run(facts);
            ConflictChecks.Run(facts);
            CoverageChecks.Run(facts);
        });
    }
}
