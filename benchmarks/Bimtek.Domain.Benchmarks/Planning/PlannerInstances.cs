using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Planning;

/// <summary>
/// The planner's benchmark instances. The national round: the 508 autonomous kabupaten/kota of KEMENPERIN-2020-NEW-NORMAL's
/// kabupaten/kota phase at the 7 BDI serving them, June 2020, planned the way the as-run schedule ran it. Synthetic N×:
/// N copies of the 7 centres (codes suffixed with the copy number), each serving its own copy of the 508 regions, with its
/// own copy of the as-run speakers bound to its 7 centres, over the working days of June–July 2020. Deterministic.
/// </summary>
/// <remarks>
/// The synthetic instances have no opening official: <see cref="PlanningRequest.WithInstructors"/> takes one opener for
/// every class, and one person opening N × 10 classes on distinct days cannot fit two months, so the copies would no
/// longer be N national rounds side by side. Within a copy every class already shares the as-run speakers, so the
/// opener adds no conflict there. The national opener (who teaches no module) is not copied either: left in without
/// the opening role, an instructor with no module list is competent for every module and would let two classes of a
/// copy run side by side. The national round keeps its opener, as <see cref="PlanningRequest.FromSchedule"/> gives it.
/// Province codes repeat across copies; <see cref="PlanCost.ProvinceSplits"/> counts per centre and province, so copies
/// never count as splits of one another.
/// </remarks>
internal static class PlannerInstances
{
    public const string ProgrammeCode = "KEMENPERIN-2020-NEW-NORMAL";
    public const string PhaseId = "kabupaten-kota";

    private static readonly Lazy<(SchedulePlanner Planner, PlanningRequest Request, WorkingCalendar Calendar, ScheduleValidator Validator)> Shared = new(() =>
    {
        var regions = RegionDirectory.FromEmbeddedSeeds();
        var centres = CentreDirectory.FromEmbeddedSeeds(regions);
        var calendar = WorkingCalendar.FromEmbeddedSeeds();
        var request = PlanningRequest.FromSchedule(EmbeddedProgrammes.LoadAsRunSchedule(ProgrammeCode), PhaseId);
        return (new SchedulePlanner(regions, centres, calendar), request, calendar, new ScheduleValidator(regions, centres, calendar));
    });

    /// <summary>Gets the planner with the embedded directories and calendar.</summary>
    public static SchedulePlanner Planner => Shared.Value.Planner;

    /// <summary>Gets the embedded working calendar the planner uses.</summary>
    public static WorkingCalendar Calendar => Shared.Value.Calendar;

    /// <summary>Gets a validator with the same directories and calendar, to check the national round's plans.</summary>
    public static ScheduleValidator Validator => Shared.Value.Validator;

    /// <summary>Gets the national round's request.</summary>
    public static PlanningRequest NationalRequest => Shared.Value.Request;

    /// <summary>The national round, resolved: 508 units, 7 centres, June 2020's working days.</summary>
    public static PlanningProblem National() => Planner.Prepare(NationalRequest);

    /// <summary>The instance by scale: 1 is the national round, 10 and 100 synthetic.</summary>
    public static PlanningProblem Create(int scale) => scale == 1 ? National() : Synthetic(scale);

    /// <summary>N national rounds side by side over June–July 2020.</summary>
    public static PlanningProblem Synthetic(int copies)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        var national = National();
        var request = NationalRequest;
        var centres = new List<TrainingCentre>(copies * national.Centres.Count);
        var units = new List<PlanningUnit>(copies * national.Units.Count);
        var instructors = new List<Instructor>(copies * request.Instructors.Count);
        var bindings = new Dictionary<string, IEnumerable<CentreCode>>(StringComparer.Ordinal);
        for (var copy = 1; copy <= copies; copy++)
        {
            var first = centres.Count;
            var codes = new List<CentreCode>(national.Centres.Count);
            foreach (var centre in national.Centres)
            {
                // BDI-YOG → BDI-YOG-7: still 2–16 letters, digits and hyphens.
                var code = CentreCode.Parse($"{centre.Code.Value}-{copy}");
                codes.Add(code);
                centres.Add(new TrainingCentre(code, $"{centre.Name} {copy}", centre.City, centre.HomeProvince, centre.TimeZone));
            }

            units.AddRange(national.Units.Select(u => u with { Centre = first + u.Centre }));
            foreach (var instructor in request.Instructors.Where(i => i.Id != request.OpeningOfficial))
            {
                var id = $"{instructor.Id}#{copy}";
                instructors.Add(new Instructor(id, instructor.Name, instructor.Modules, instructor.Availability));
                bindings[id] = codes;
            }
        }

        var synthetic = new PlanningRequest(request.Programme, request.Phase.Id, request.ClassCapacity, request.Mode, request.ParallelClassesPerCentre)
            .WithAgenda(request.Agenda)
            .WithInstructors(instructors, bindings);
        var calendar = Shared.Value.Calendar;
        var days = calendar.GetWorkingDays(new DateInterval(new LocalDate(2020, 6, 1), new LocalDate(2020, 7, 31)));
        return PlanningProblem.Create(synthetic, centres, units, days);
    }
}
