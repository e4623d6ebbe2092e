using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Planning;

/// <summary>What the planner returns: the schedule of everything that fits, its costs, and what did not fit and why.</summary>
public sealed class PlanResult
{
    internal PlanResult(Schedule schedule, PlanCost cost, IReadOnlyList<PlannedCentre> centres, IReadOnlyList<RuleViolation> shortfalls, IReadOnlyList<RegionCode> unplanned)
    {
        Schedule = schedule;
        Cost = cost;
        Centres = centres;
        Shortfalls = shortfalls;
        UnplannedRegions = unplanned;
    }

    /// <summary>Gets the schedule: every class that could be placed. It passes every error rule of the catalogue except
    /// <see cref="ScheduleRuleCodes.RegionNotCovered"/> for the <see cref="UnplannedRegions"/>.</summary>
    public Schedule Schedule { get; }

    /// <summary>Gets the soft costs, term by term.</summary>
    public PlanCost Cost { get; }

    /// <summary>Gets each centre's share, ordered by centre code.</summary>
    public IReadOnlyList<PlannedCentre> Centres { get; }

    /// <summary>Gets why something was not planned (codes in <see cref="PlanningRuleCodes"/>), with the numbers to act on.</summary>
    public IReadOnlyList<RuleViolation> Shortfalls { get; }

    /// <summary>Gets the target regions in no class, ordered by code.</summary>
    public IReadOnlyList<RegionCode> UnplannedRegions { get; }

    /// <summary>Gets whether every target region is in a class and nothing fell short.</summary>
    public bool IsComplete => UnplannedRegions.Count == 0 && Shortfalls.Count == 0;
}
