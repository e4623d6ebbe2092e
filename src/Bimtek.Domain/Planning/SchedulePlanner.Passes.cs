namespace Bimtek.Domain.Planning;

// The timetabling passes and the bound that stops them (SchedulePlanner.Timetable runs them).
public sealed partial class SchedulePlanner
{
    // Timetabling in passes. The first takes the classes longest first; a pass that leaves classes out puts them first
    // in the next (they are the ones that need the scarce days or speakers), a complete one is shuffled with a fixed
    // seed. The best pass is kept (the classes are left as it placed them): fewest regions left out, then the lowest
    // class-days and makespan. Passes stop at a proven bound (every class at its fewest days, the makespan at its lower
    // bound) or when the work budget is spent: PassBudget class placements in all, at least MinRepairPasses passes while
    // regions are left out, MaxImprovingPasses once none are.
    private static (int Unplanned, Dictionary<int, Packing?> Failures) Passes(PlanningProblem problem, List<PlannedClass> classes, Timetable timetable)
    {
        timetable.CountDemand(classes);
        var fewest = classes.Select(k => Fewest(timetable, k)).ToList();
        var order = Enumerable.Range(0, classes.Count)
            .OrderByDescending(i => fewest[i].Days == 0 ? int.MaxValue : fewest[i].Days).ThenBy(i => i).ToList();
        var bound = Bound(problem, classes, timetable, fewest);
        var random = new Random(18);
        (int Unplanned, long Cost, List<int> Order, Dictionary<int, Packing?> Failures)? best = null;
        var used = 0;
        for (var pass = 0; ; pass++)
        {
            var (failures, failed) = Pass(timetable, classes, order, problem.Budget);
            used += classes.Count;
            var unplanned = failed.Sum(i => classes[i].Units.Count);
            var cost = Cost(classes);
            if (best is null || unplanned < best.Value.Unplanned || (unplanned == best.Value.Unplanned && cost < best.Value.Cost))
            {
                best = (unplanned, cost, [.. order], failures);
            }

            var done = best.Value.Unplanned == 0 && (best.Value.Cost <= bound || pass + 1 >= MaxImprovingPasses);
            var spent = used + classes.Count > PassBudget && (best.Value.Unplanned == 0 || pass + 1 >= MinRepairPasses);
            if (done || spent || pass + 1 >= MaxPasses || problem.Budget.IsSpent)
            {
                break;
            }

            if (failed.Count > 0)
            {
                order = [.. failed, .. order.Where(i => !failed.Contains(i))];
            }
            else
            {
                order = [.. order.OrderBy(_ => random.Next())];
            }
        }

        if (!best.Value.Order.SequenceEqual(order))
        {
            Pass(timetable, classes, best.Value.Order, budget: null); // the best pass again, whole, even when time ran out
        }

        return (best.Value.Unplanned, best.Value.Failures);
    }

    private const int PassBudget = 2_000;
    private const int MinRepairPasses = 8;
    private const int MaxImprovingPasses = 24;
    private const int MaxPasses = 24;

    // A pass stops placing when the budget is spent: the classes it did not reach fail, blaming no centre (the solve
    // reports them once, as TimeBudgetExhausted).
    private static (Dictionary<int, Packing?> Failures, List<int> Failed) Pass(Timetable timetable, List<PlannedClass> classes, List<int> order, PlanningBudget? budget)
    {
        timetable.Clear();
        foreach (var planned in classes)
        {
            (planned.FirstDay, planned.DayCount, planned.Room, planned.Days) = (-1, 0, 0, []);
        }

        var failures = new Dictionary<int, Packing?>();
        var failed = new List<int>();
        foreach (var i in order)
        {
            if (budget?.Spend() == true)
            {
                failed.Add(i);
                continue;
            }

            if (!timetable.TryPlace(classes[i], out var failure))
            {
                failures.TryAdd(classes[i].Centre, failure);
                failed.Add(i);
            }
        }

        return (failures, failed);
    }

    // The terms a pass can change: class-days and makespan of the classes it placed.
    private static long Cost(List<PlannedClass> classes)
    {
        long days = 0;
        var makespan = 0;
        foreach (var planned in classes.Where(k => k.IsScheduled))
        {
            days += planned.DayCount;
            makespan = Math.Max(makespan, planned.FirstDay + planned.DayCount);
        }

        return (days * PlanCost.ClassDayWeight) + makespan;
    }

    // No pass can do better than every class at its fewest days, finishing no earlier than the latest earliest finish,
    // a centre's classes sharing its rooms, and the classes that need one same person (the only competent instructor
    // of a module there, or the opening official) one after another.
    private static long Bound(PlanningProblem problem, List<PlannedClass> classes, Timetable timetable, List<(int Days, int Finish)> fewest)
    {
        long days = fewest.Sum(f => (long)f.Days);
        var makespan = fewest.Count == 0 ? 0 : fewest.Max(f => f.Finish);
        var perCentre = new int[problem.Centres.Count];
        for (var i = 0; i < classes.Count; i++)
        {
            perCentre[classes[i].Centre] += fewest[i].Days;
        }

        foreach (var total in perCentre)
        {
            makespan = Math.Max(makespan, (total + problem.Request.ParallelClassesPerCentre - 1) / problem.Request.ParallelClassesPerCentre);
        }

        // Each sole person's classes, one after another: the days of every class that needs them, each class once (the
        // opening official's entry already counts them all).
        var sole = new Dictionary<string, (int LastClass, int Days)>(StringComparer.Ordinal);
        var request = problem.Request;
        if (request.OpeningOfficial is { } opener && (request.Agenda.Opening > NodaTime.Duration.Zero || request.Agenda.Closing > NodaTime.Duration.Zero))
        {
            sole[opener] = (int.MaxValue, fewest.Sum(f => f.Days));
        }

        if (request.Instructors.Count > 0)
        {
            for (var i = 0; i < classes.Count; i++)
            {
                foreach (var module in request.Programme.Curriculum)
                {
                    if (timetable.Competent(module.Code, classes[i].Centre) is [var only]
                        && sole.GetValueOrDefault(only, (-1, 0)) is var (last, total) && last < i)
                    {
                        sole[only] = (i, total + fewest[i].Days);
                    }
                }
            }
        }

        foreach (var (_, total) in sole.Values)
        {
            makespan = Math.Max(makespan, total);
        }

        return (days * PlanCost.ClassDayWeight) + makespan;
    }

    private static (int Days, int Finish) Fewest(Timetable timetable, PlannedClass planned)
    {
        var (clocks, zones, _, ownHours) = timetable.Places(planned);
        return timetable.Fewest(planned.Centre, clocks, zones, ownHours);
    }
}
