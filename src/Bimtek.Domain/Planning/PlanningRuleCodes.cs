namespace Bimtek.Domain.Planning;

/// <summary>
/// The stable codes of what can keep the planner from planning a region or a class. Each is a contract: renaming a
/// class never changes a code. Messages in Indonesian and English are in <see cref="PlanningRules"/>.
/// </summary>
public static class PlanningRuleCodes
{
    /// <summary>No centre serves the region on the phase's start date.</summary>
    public const string NoServingCentre = "Planning.NoServingCentre";

    /// <summary>One region sends more participants than a class holds.</summary>
    public const string RegionLargerThanClass = "Planning.RegionLargerThanClass";

    /// <summary>The phase window, after any prerequisite phase, has no working day.</summary>
    public const string NoWorkingDays = "Planning.NoWorkingDays";

    /// <summary>The working calendar has no data for a year of the phase window.</summary>
    public const string CalendarDataMissing = "Planning.CalendarDataMissing";

    /// <summary>A block of the agenda is longer than any working interval the class's zones share, cut to the own hours of
    /// any of its regions (details: <c>Zones</c> lists the clocks, then the regions with their own hours).</summary>
    public const string AgendaDoesNotFit = "Planning.AgendaDoesNotFit";

    /// <summary>No listed instructor may teach a module at a centre.</summary>
    public const string NoCompetentInstructor = "Planning.NoCompetentInstructor";

    /// <summary>A centre's classes need more class-days than the window still offers it.</summary>
    public const string NotEnoughDays = "Planning.NotEnoughDays";

    /// <summary>A requested region is not a target of the phase on its start date.</summary>
    public const string NotATarget = "Planning.NotATarget";

    /// <summary>The curriculum needs more working days, at the daily JP limit, than the phase window has: nothing is planned.</summary>
    public const string CurriculumLongerThanWindow = "Planning.CurriculumLongerThanWindow";
}
