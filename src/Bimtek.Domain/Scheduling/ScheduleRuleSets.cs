namespace Bimtek.Domain.Scheduling;

/// <summary>
/// The families of scheduling rules, as FluentValidation rule sets of <see cref="ScheduleValidator"/>: a host's test runs
/// one alone with <c>validator.Validate(schedule, o => o.IncludeRuleSets(ScheduleRuleSets.Conflicts))</c>, so a test of
/// double bookings is not drowned by coverage or curriculum findings. <c>Validate(schedule)</c> runs every family.
/// </summary>
public static class ScheduleRuleSets
{
    /// <summary>Each session on its own: centre, phase and its window, prerequisite, curriculum JP, pre/post tests,
    /// agenda overlaps, daily JP, capacity (rules 4–5 and the session's shape).</summary>
    public const string Sessions = "Sessions";

    /// <summary>Working days, working hours and the Friday prayer break in every participant's zone (rules 1–3).</summary>
    public const string WorkingTime = "WorkingTime";

    /// <summary>Double bookings and limits across sessions: instructors, rooms, platform rooms, participants, regions (rules 6–8).</summary>
    public const string Conflicts = "Conflicts";

    /// <summary>Which regions attend where: targets, serving centres, regions invited twice or not at all (rules 9–12).</summary>
    public const string Coverage = "Coverage";
}
