namespace Bimtek.Domain.Planning;

/// <summary>The soft costs of a plan, term by term, and the single objective that orders plans.</summary>
/// <remarks>
/// <see cref="Objective"/> weighs the terms so that each outranks all the terms after it on any instance of up to 99
/// working days: fewer classes first, then fewer split provinces, then fewer class-days (a virtual class mixing zones
/// whose shared window cannot hold the agenda in as many days costs days), then the earlier finish.
/// </remarks>
/// <param name="Classes">Classes planned.</param>
/// <param name="ClassLowerBound">The fewest classes possible: per centre, participants ÷ capacity, rounded up, summed.</param>
/// <param name="ProvinceSplits">For each province, the classes beyond the first that hold some of its regions.</param>
/// <param name="MixedZoneClasses">Virtual classes whose people are on more than one clock (WIB, WITA, WIT).</param>
/// <param name="ClassDays">The days of all classes, summed.</param>
/// <param name="MakespanDays">Working days from the first day the phase allows to the last class day, inclusive.</param>
/// <param name="PeakClassesPerDay">The most classes running on one day, over all centres.</param>
/// <param name="LargestClass">The participants of the largest class.</param>
public sealed record PlanCost(int Classes, int ClassLowerBound, int ProvinceSplits, int MixedZoneClasses, int ClassDays, int MakespanDays, int PeakClassesPerDay, int LargestClass)
{
    /// <summary>The weight of one class in <see cref="Objective"/>.</summary>
    public const long ClassWeight = 1_000_000;

    /// <summary>The weight of one split province in <see cref="Objective"/>.</summary>
    public const long SplitWeight = 10_000;

    /// <summary>The weight of one class-day in <see cref="Objective"/>.</summary>
    public const long ClassDayWeight = 100;

    /// <summary>Gets the objective: lower is better; the weighted sum of classes, splits, class-days and makespan.</summary>
    public long Objective => (Classes * ClassWeight) + (ProvinceSplits * SplitWeight) + (ClassDays * ClassDayWeight) + MakespanDays;
}
