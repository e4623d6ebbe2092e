using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Planning;

// Turns timetabled classes into the schedule, the cost breakdown and each centre's share.
internal static class PlanReport
{
    public static PlanResult Build(PlanningProblem problem, List<PlannedClass> classes)
    {
        var request = problem.Request;
        var scheduled = classes.Where(k => k.IsScheduled)
            .OrderBy(k => problem.Centres[k.Centre].Code.Value, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
        var sessions = scheduled.Select(k => Session(problem, k)).ToList();
        var online = request.Mode != SessionMode.InPerson;
        var platform = online ? problem.Centres.OrderBy(c => c.Code.Value, StringComparer.Ordinal).Select(c => new PlatformCapacity(c.Code, request.ParallelClassesPerCentre)) : null;
        var schedule = new Schedule(request.Programme, sessions, request.Instructors, platformCapacity: platform);

        var unplanned = classes.Where(k => !k.IsScheduled).SelectMany(k => k.Units).Select(u => problem.Units[u].Region)
            .Concat(problem.Shortfalls.Where(s => s.Code is PlanningRuleCodes.NoServingCentre or PlanningRuleCodes.RegionLargerThanClass)
                .Select(s => RegionCode.Parse((string)s.Details["Region"]!)))
            .Distinct().Order().ToList();
        return new PlanResult(schedule, Cost(problem, scheduled), Centres(problem, classes), problem.Shortfalls.AsReadOnly(), unplanned.AsReadOnly());
    }

    private static TrainingSession Session(PlanningProblem problem, PlannedClass planned)
    {
        var request = problem.Request;
        var centre = problem.Centres[planned.Centre];
        var regionCodes = planned.Units.Select(u => problem.Units[u].Region).Order();
        return request.Mode switch
        {
            SessionMode.InPerson => new TrainingSession(planned.Id, problem.Phase.Id, centre.Code, request.Mode, planned.Days, regionCodes,
                venue: centre.Name, room: $"Kelas {planned.Room}", roomCapacity: request.ClassCapacity),
            _ => new TrainingSession(planned.Id, problem.Phase.Id, centre.Code, request.Mode, planned.Days, regionCodes,
                platformRoom: $"{centre.Code}-room-{planned.Room}", seatLimit: request.ClassCapacity),
        };
    }

    private static PlanCost Cost(PlanningProblem problem, List<PlannedClass> scheduled)
    {
        var units = problem.Units;
        var perDay = new Dictionary<int, int>();
        foreach (var planned in scheduled)
        {
            for (var d = planned.FirstDay; d < planned.FirstDay + DaySpan(problem, planned); d++)
            {
                perDay[d] = perDay.GetValueOrDefault(d) + 1;
            }
        }

        var online = problem.Request.Mode != SessionMode.InPerson;
        return new PlanCost(
            Classes: scheduled.Count,
            ClassLowerBound: LowerBound(problem),
            ProvinceSplits: ClassGrouping.SplitProvinces(units, scheduled.Select(k => k.Units)),
            MixedZoneClasses: online ? scheduled.Count(k => k.Units.Select(u => units[u].OffsetHours).Append(Offset(problem, k)).Distinct().Count() > 1) : 0,
            ClassDays: scheduled.Sum(k => DaySpan(problem, k)),
            MakespanDays: scheduled.Count == 0 ? 0 : scheduled.Max(k => k.FirstDay + DaySpan(problem, k)),
            PeakClassesPerDay: perDay.Count == 0 ? 0 : perDay.Values.Max(),
            LargestClass: scheduled.Count == 0 ? 0 : scheduled.Max(k => k.Units.Sum(u => units[u].Participants)));
    }

    // Working days a class occupies, from its first to its last (a day between with no item is still held).
    internal static int DaySpan(PlanningProblem problem, PlannedClass planned) => planned.DayCount;

    private static int Offset(PlanningProblem problem, PlannedClass planned) =>
        IndonesianTimeZones.OffsetHours(problem.Centres[planned.Centre].TimeZone);

    internal static int LowerBound(PlanningProblem problem) =>
        Enumerable.Range(0, problem.Centres.Count).Sum(problem.ClassLowerBoundOf);

    private static List<PlannedCentre> Centres(PlanningProblem problem, List<PlannedClass> classes)
    {
        var byCentre = classes.ToLookup(k => k.Centre);
        return
        [
            .. Enumerable.Range(0, problem.Centres.Count)
                .Select(c => (Centre: problem.Centres[c], Participants: problem.ParticipantsOf(c), LowerBound: problem.ClassLowerBoundOf(c), Classes: byCentre[c].ToList()))
                .OrderBy(x => x.Centre.Code.Value, StringComparer.Ordinal)
                .Select(x => new PlannedCentre(
                    x.Centre.Code,
                    x.Classes.Sum(k => k.Units.Count),
                    x.Participants,
                    x.LowerBound,
                    x.Classes.Count(k => k.IsScheduled),
                    x.Classes.Count(k => !k.IsScheduled),
                    x.Classes.Where(k => k.IsScheduled).Select(k => (NodaTime.LocalDate?)k.Days[0].Date).Min(),
                    x.Classes.Where(k => k.IsScheduled).Select(k => (NodaTime.LocalDate?)k.Days[^1].Date).Max())),
        ];
    }
}
