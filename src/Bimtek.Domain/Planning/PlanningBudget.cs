namespace Bimtek.Domain.Planning;

/// <summary>
/// The time a planning call may take (<see cref="PlanningRequest.TimeBudget"/>) and the caller's cancellation, checked
/// at the planner's steps: a centre grouped, a class placed. The clock is read every <see cref="ClockEvery"/> steps, so
/// checking costs a counter and a volatile read, not a clock read per placement. Once spent it stays spent.
/// </summary>
internal sealed class PlanningBudget
{
    /// <summary>Steps between two clock reads: a placement takes microseconds, so the budget is overrun by well under a millisecond.</summary>
    public const int ClockEvery = 16;

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly TimeSpan _budget;
    private readonly CancellationToken _cancellation;
    private int _steps;

    public PlanningBudget(TimeSpan budget, TimeProvider time, CancellationToken cancellation)
    {
        _time = time;
        _start = time.GetTimestamp();
        _budget = budget;
        _cancellation = cancellation;
    }

    /// <summary>Gets whether the budget ran out: the planner stops placing and reports <see cref="PlanningRuleCodes.TimeBudgetExhausted"/>.</summary>
    public bool IsSpent { get; private set; }

    /// <summary>Gets the budget, for the shortfall's details.</summary>
    public TimeSpan Budget => _budget;

    /// <summary>Counts a step; answers whether the budget is spent.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public bool Spend()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (!IsSpent && ++_steps % ClockEvery == 0)
        {
            IsSpent = _time.GetElapsedTime(_start) >= _budget;
        }

        return IsSpent;
    }
}
