using Bimtek.Domain.Planning;
using Google.OrTools.Sat;

namespace Bimtek.Domain.Benchmarks.Planning;

// CP-SAT's solution back in the planner's terms, so the validator judges it like the planner's own plan.
internal sealed partial class CpSatPlanner
{
    // CP-SAT's plan as the planner's classes: regions taken in code order from each counted group, instructors as
    // booked, rooms numbered in start order per centre (the lowest free on every day), placed through the Timetable.
    private List<PlannedClass> ToClasses(CpSolver solver, List<ClassVars> chosen)
    {
        var result = new List<PlannedClass>();
        var taken = new Dictionary<(int Centre, int Group), int>();
        var rooms = new Dictionary<(int Centre, int Day), int>();
        var timetable = new Timetable(_problem, _calendar, _packer);
        var numbered = 0;
        foreach (var v in chosen.OrderBy(v => v.Centre).ThenBy(v => solver.Value(v.Start)))
        {
            var regions = new List<int>();
            for (var gi = 0; gi < v.Groups.Count; gi++)
            {
                var n = (int)solver.Value(v.Counts[gi]);
                var from = taken.GetValueOrDefault((v.Centre, gi));
                regions.AddRange(v.Groups[gi].Skip(from).Take(n));
                taken[(v.Centre, gi)] = from + n;
            }

            var start = (int)solver.Value(v.Start);
            var length = (int)solver.Value(v.Charged);
            var used = 0;
            for (var d = start; d < start + length; d++)
            {
                used |= rooms.GetValueOrDefault((v.Centre, d));
            }

            var room = 0;
            while ((used & (1 << room)) != 0)
            {
                room++;
            }

            for (var d = start; d < start + length; d++)
            {
                rooms[(v.Centre, d)] = rooms.GetValueOrDefault((v.Centre, d)) | (1 << room);
            }

            var booking = v.Booked.Where(b => b.Key != OpeningKey && solver.BooleanValue(b.Var)).ToDictionary(b => b.Key, b => b.Id, StringComparer.Ordinal);
            var planned = new PlannedClass(v.Centre, [.. regions.Order()]) { Id = $"{_problem.Centres[v.Centre].Code}-{_problem.Phase.Id}-cp{++numbered:00}" };
            timetable.Place(planned, start, booking, room + 1);
            result.Add(planned);
        }

        return result;
    }
}
