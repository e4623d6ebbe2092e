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
/// validator holds only immutable services. The rules come in families (<see cref="ScheduleRuleSets"/>), FluentValidation
/// rule sets a host's test can run alone: <c>validator.Validate(schedule, o => o.IncludeRuleSets(ScheduleRuleSets.Conflicts))</c>.
/// </remarks>
public sealed class ScheduleValidator : AbstractValidator<Schedule>, IScheduleValidator
{
    private const string FactsKey = "Bimtek.Domain.Scheduling.ScheduleFacts";

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
        // Each family is also in the default set, so Validate(schedule) runs them all; a host's test names one family
        // (IncludeRuleSets) to see only its findings. The schedule is placed in time once per validation, whichever run.
        RuleSet($"default,{ScheduleRuleSets.Sessions}", () => Check(SessionChecks.Run));
        RuleSet($"default,{ScheduleRuleSets.WorkingTime}", () => Check(ZoneChecks.Run));
        RuleSet($"default,{ScheduleRuleSets.Conflicts}", () => Check(ConflictChecks.Run));
        RuleSet($"default,{ScheduleRuleSets.Coverage}", () => Check(CoverageChecks.Run));

        void Check(Action<ScheduleFacts> run) => RuleFor(schedule => schedule).Custom((schedule, context) =>
        {
            if (!context.RootContextData.TryGetValue(FactsKey, out var cached) || cached is not ScheduleFacts facts || facts.Schedule != schedule)
            {
                facts = new ScheduleFacts(schedule, regions, centres, calendar, settings);
                context.RootContextData[FactsKey] = facts;
            }

            facts.Context = context;
            run(facts);
        });
    }
}
