namespace Bimtek.Domain.Planning;

/// <summary>Turns a phase into a schedule for every target region, across centres, zones and the working calendar.</summary>
/// <remarks>Implementations are thread-safe and deterministic: the same request gives the same plan.</remarks>
public interface ISchedulePlanner
{
    /// <summary>Plans a request.</summary>
    /// <param name="request">What to plan.</param>
    /// <returns>The schedule of what fits, its costs, and what did not fit and why.</returns>
    PlanResult Plan(PlanningRequest request);

    /// <summary>Plans a request, unless the caller cancels first.</summary>
    /// <param name="request">What to plan.</param>
    /// <param name="cancellationToken">Cancels the call; a planner checks it as it places classes.</param>
    /// <returns>The schedule of what fits, its costs, and what did not fit and why.</returns>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    /// <remarks>An implementation written before this overload existed checks the token once, before planning.</remarks>
    PlanResult Plan(PlanningRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Plan(request);
    }
}
