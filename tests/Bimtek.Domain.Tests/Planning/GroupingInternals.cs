using System.Reflection;
using System.Runtime.ExceptionServices;
using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Tests.Planning;

// ClassGrouping's private steps, reached by reflection so each can be pinned on its own: the grouping's result only
// shows the step that won, and a step that loses on every instance a test builds would go unchecked.
internal static class GroupingInternals
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    private static readonly Type Fill = typeof(ClassGrouping).GetNestedType("Fill", BindingFlags.NonPublic)!;

    // The plan's own weights (classes, splits, class-days) and the repair's (class-days before splits).
    public static object Objective => typeof(ClassGrouping).GetField("Objective", Private)!.GetValue(null)!;

    public static object DaysFirst => typeof(ClassGrouping).GetField("DaysFirst", Private)!.GetValue(null)!;

    public static List<List<int>> Provinces(IReadOnlyList<PlanningUnit> units, IReadOnlyList<int> members) =>
        Call<List<List<int>>>("Provinces", units, members);

    public static List<List<int>> InRegionOrder(IReadOnlyList<PlanningUnit> units, List<List<int>> classes) =>
        Call<List<List<int>>>("InRegionOrder", units, classes);

    public static List<List<int>>? WholeProvinces(IReadOnlyList<PlanningUnit> units, List<List<int>> provinces, int capacity) =>
        Call<List<List<int>>?>("WholeProvinces", units, provinces, capacity);

    public static List<List<int>> Merge(IReadOnlyList<PlanningUnit> units, List<List<int>> provinces) =>
        Call<List<List<int>>>("Merge", units, provinces);

    public static List<List<int>> InOrder(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity, int count, bool evenly) =>
        Call<List<List<int>>>("InOrder", units, ordered, capacity, count, evenly);

    public static List<List<int>> Tight(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity) =>
        Call<List<List<int>>>("Tight", units, ordered, capacity);

    public static List<List<int>> FirstFitDecreasing(IReadOnlyList<PlanningUnit> units, List<int> ordered, int capacity) =>
        Call<List<List<int>>>("FirstFitDecreasing", units, ordered, capacity);

    public static long Cost(IReadOnlyList<PlanningUnit> units, List<List<int>> classes, int centreClocks, bool online, Func<int, int> daysOf, object weights) =>
        Call<long>("Cost", units, classes, centreClocks, online, daysOf, weights);

    public static (long Cost, List<List<int>> Classes) BestFill(IReadOnlyList<PlanningUnit> units, List<int> regions, int capacity, int centreClocks, bool online, Func<int, int> daysOf, object weights) =>
        Call<(long, List<List<int>>)>("BestFill", units, regions, capacity, centreClocks, online, daysOf, weights);

    // The array form of a part's cost, for each part (a mask over the items) of one centre.
    public static Func<int, long> FillCost(IReadOnlyList<PlanningUnit> units, List<List<int>> items, int capacity, int centreClocks, bool online, Func<int, int> daysOf, object weights)
    {
        var fill = Activator.CreateInstance(Fill, BindingFlags.Public | BindingFlags.Instance, null, [units, items, capacity, centreClocks, online, daysOf, weights], null)!;
        var cost = Fill.GetMethod("Cost", [typeof(int)])!;
        return mask => (long)cost.Invoke(fill, [mask])!;
    }

    private static T Call<T>(string name, params object?[] arguments)
    {
        var method = typeof(ClassGrouping).GetMethod(name, Private) ?? throw new MissingMethodException(nameof(ClassGrouping), name);
        try
        {
            return (T)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
