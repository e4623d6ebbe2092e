using Bimtek.Domain.Planning;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>What CP-SAT found: status, objective and its terms, the proven bound, and when.</summary>
/// <remarks>
/// <see cref="Bound"/> is the best objective bound proven when the run ended; <see cref="SecondsToBest"/> the solver's
/// wall time at its last improving solution; <see cref="StartDependentDays"/> whether some clock set's day count
/// depended on the start day; <see cref="Plan"/> each class's centre, start index, days and regions per clock;
/// <see cref="PlannedClasses"/> the same plan as the planner's classes, placed with CP-SAT's days and instructors, for
/// <see cref="PlanReport"/> and the validator.
/// </remarks>
internal sealed record CpSatResult(
    string Status,
    long? Objective,
    long Bound,
    int Classes,
    int ProvinceSplits,
    int ClassDays,
    int MakespanDays,
    double WallSeconds,
    double? SecondsToBest,
    double BuildSeconds,
    IReadOnlyList<(long Objective, double Seconds)> Improvements,
    bool StartDependentDays,
    IReadOnlyList<CpSatClass> Plan,
    IReadOnlyList<PlannedClass> PlannedClasses);

/// <summary>One class of CP-SAT's plan: its centre, start (index into the working days), days, and regions per UTC offset.</summary>
internal sealed record CpSatClass(int Centre, int Start, int Days, IReadOnlyList<(int Offset, int Regions)> RegionsPerClock);
