namespace Bimtek.Domain.Planning;

/// <summary>Turns a phase into a schedule for every target region, across centres, zones and the working calendar.</summary>
/// <remarks>Implementations are thread-safe and deterministic: the same request gives the same plan.</remarks>
public interface ISchedulePlanner
{
    /// <summary>Plans a request.</summary>
    /// <param name="request">What to plan.</param>
    /// <returns>The schedule of what fits, its costs, and what did not fit and why.</returns>
    PlanResult Plan(PlanningRequest request);
}
