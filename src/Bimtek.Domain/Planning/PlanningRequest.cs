using Bimtek.Domain.Centres;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using NodaTime;

namespace Bimtek.Domain.Planning;

/// <summary>What to plan: one phase of a programme, the class shape, and who may teach.</summary>
/// <remarks>
/// The regions, centres, service areas and working calendar come from the planner's directories (the host's, through
/// <c>AddBimtekDomain</c>). Everything else a planning office decides is here. Immutable once built.
/// </remarks>
public sealed class PlanningRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="phaseId">The phase to plan; it must be one of the programme's.</param>
    /// <param name="classCapacity">Participants one class holds (platform seats online, room seats in person).</param>
    /// <param name="mode">How classes are held: virtual (the default), in person or hybrid.</param>
    /// <param name="parallelClassesPerCentre">Classes one centre can run at once (platform rooms or rooms), 1 to 32; default 1.</param>
    /// <exception cref="ArgumentException">The phase is not in the programme, or a number is out of range (the class
    /// capacity is 1 to <see cref="MaxClassCapacity"/>).</exception>
    public PlanningRequest(Programme programme, string phaseId, int classCapacity, SessionMode mode = SessionMode.Virtual, int parallelClassesPerCentre = 1)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentException.ThrowIfNullOrWhiteSpace(phaseId);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCapacity, MaxClassCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelClassesPerCentre, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parallelClassesPerCentre, 32);
        Programme = programme;
        Phase = programme.Phases.FirstOrDefault(p => p.Id == phaseId)
            ?? throw new ArgumentException($"Programme {programme.Code} has no phase '{phaseId}'; its phases are {string.Join(", ", programme.Phases.Select(p => p.Id))}.", nameof(phaseId));
        ClassCapacity = classCapacity;
        Mode = Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a SessionMode value.");
        ParallelClassesPerCentre = parallelClassesPerCentre;
    }

    /// <summary>
    /// The class capacity a host uses when it has none of its own: 500 participants, the platform seat limit the embedded
    /// 2020 scenario ran with (assumed, see <c>seeds/programmes/SOURCES.md</c>: BDI Yogyakarta held 480 in one virtual room).
    /// </summary>
    public const int DefaultClassCapacity = 500;

    /// <summary>
    /// The largest class capacity a request takes: 100,000 participants (assumed: far above any room or meeting
    /// platform a class meets in). It keeps every sum of a centre's participants inside 32 bits.
    /// </summary>
    public const int MaxClassCapacity = 100_000;

    /// <summary>
    /// The time budget of a planning call when the request sets none: 60 seconds (assumed: generous; the national round of
    /// 508 kabupaten/kota plans in tens of milliseconds and the benchmarks' synthetic 50,800-region instance in under a
    /// second on two loaded cores, so a genuine request never reaches it, while a runaway one still ends with a report).
    /// </summary>
    public static readonly Duration DefaultTimeBudget = Duration.FromSeconds(60);

    /// <summary>The largest time budget a request takes: one day.</summary>
    public static readonly Duration MaxTimeBudget = Duration.FromDays(1);

    /// <summary>
    /// Finds the phase a host plans when none is named: the first phase delivered through serving centres (the one a
    /// planner has most to decide for), else the first phase. For the embedded 2020 scenario
    /// (<see cref="EmbeddedProgrammes.NewNormal2020"/>) it is <c>kabupaten-kota</c>, the June round through seven BDI.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The phase, or <see langword="null"/> when the programme has none.</returns>
    public static Phase? FindDefaultPhase(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.Phases.FirstOrDefault(p => p.Delivery == PhaseDelivery.ThroughServingCentres)
            ?? (programme.Phases.Count > 0 ? programme.Phases[0] : null);
    }

    /// <summary>
    /// Creates a request that plans a phase again the way a past schedule ran it: the same programme, mode and class
    /// capacity (the largest seat limit or room capacity of its sessions), its instructors shared by all centres, and the
    /// official who opened its sessions opening every class.
    /// </summary>
    /// <param name="schedule">The past schedule, for instance <see cref="EmbeddedProgrammes.LoadAsRunSchedule"/>.</param>
    /// <param name="phaseId">The phase to plan.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The schedule has no session of that phase with a capacity, or the phase is unknown.</exception>
    public static PlanningRequest FromSchedule(Schedule schedule, string phaseId)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var sessions = schedule.Sessions.Where(s => s.PhaseId == phaseId).ToList();
        var capacity = sessions.Select(s => s.Mode == SessionMode.InPerson ? s.RoomCapacity : s.SeatLimit).Max()
            ?? throw new ArgumentException($"The schedule has no session of phase '{phaseId}' with a seat limit or room capacity to plan with.", nameof(schedule));
        var opener = sessions.SelectMany(s => s.Days).SelectMany(d => d.Items)
            .Where(i => i.Kind == AgendaItemKind.Opening).SelectMany(i => i.Instructors).FirstOrDefault();
        return new PlanningRequest(schedule.Programme, phaseId, capacity, sessions[0].Mode)
            .WithInstructors(schedule.Instructors, openingOfficial: opener);
    }

    /// <summary>Gets the programme.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the phase to plan.</summary>
    public Phase Phase { get; private set; }

    /// <summary>Gets the participants one class holds.</summary>
    public int ClassCapacity { get; private set; }

    /// <summary>Gets how classes are held.</summary>
    public SessionMode Mode { get; private set; }

    /// <summary>Gets how many classes one centre can run at once.</summary>
    public int ParallelClassesPerCentre { get; private set; }

    /// <summary>Gets the agenda frame around the curriculum; <see cref="PlanningAgenda.Default"/> unless set.</summary>
    public PlanningAgenda Agenda { get; private set; } = PlanningAgenda.Default;

    /// <summary>Gets the instructors the planner may book; empty: classes are planned without named instructors.</summary>
    public IReadOnlyList<Instructor> Instructors { get; private set; } = [];

    /// <summary>
    /// Gets the centres each centre-bound instructor teaches at (a widyaiswara of one BDI, or of a few). Instructors not
    /// listed here are shared by every centre: the ministry's own speakers, who present in all centres' classes. Either
    /// way two classes that book one instructor never run on the same day, anywhere in Indonesia.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<CentreCode>> InstructorCentres { get; private set; } = new Dictionary<string, IReadOnlySet<CentreCode>>();

    /// <summary>Gets the instructor who opens and closes every class (for instance the training centre's head), or <see langword="null"/>.</summary>
    public string? OpeningOfficial { get; private set; }

    /// <summary>Gets the regions to plan, or <see langword="null"/> for every target region of the phase.</summary>
    public IReadOnlyList<RegionCode>? Regions { get; private set; }

    /// <summary>
    /// Gets the centre that runs a centrally delivered phase (<see cref="PhaseDelivery.Central"/>), or
    /// <see langword="null"/>; a phase delivered through serving centres ignores it.
    /// </summary>
    public CentreCode? DeliveringCentre { get; private set; }

    /// <summary>
    /// Gets how long one planning call may take; <see cref="DefaultTimeBudget"/> unless set. When it runs out the planner
    /// stops placing classes and returns what it placed, the rest unplanned, with
    /// <see cref="PlanningRuleCodes.TimeBudgetExhausted"/>: never a hang. The budget is read every few placements, so a
    /// call may overrun it by well under a millisecond. A plan cut by the budget depends on the machine's speed; any plan
    /// that ends within it is the same on every machine and thread.
    /// </summary>
    public Duration TimeBudget { get; private set; } = DefaultTimeBudget;

    /// <summary>Returns a copy with another time budget for each planning call.</summary>
    /// <param name="budget">The budget: positive, at most <see cref="MaxTimeBudget"/>.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The budget is zero, negative or over a day.</exception>
    public PlanningRequest WithTimeBudget(Duration budget)
    {
        if (budget <= Duration.Zero || budget > MaxTimeBudget)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A planning time budget is positive and at most one day.");
        }

        return Copy(r => r.TimeBudget = budget);
    }

    /// <summary>Returns a copy with another phase or class shape; what is not given is kept, as are the instructors,
    /// the agenda frame, the regions and the delivering centre.</summary>
    /// <param name="phaseId">The phase to plan, or <see langword="null"/> to keep <see cref="Phase"/>.</param>
    /// <param name="classCapacity">Participants one class holds, or <see langword="null"/> to keep <see cref="ClassCapacity"/>.</param>
    /// <param name="mode">How classes are held, or <see langword="null"/> to keep <see cref="Mode"/>.</param>
    /// <param name="parallelClassesPerCentre">Classes one centre runs at once (1 to 32), or <see langword="null"/> to keep it.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException">The phase is not in the programme, or a number is out of range.</exception>
    public PlanningRequest With(string? phaseId = null, int? classCapacity = null, SessionMode? mode = null, int? parallelClassesPerCentre = null)
    {
        var checkedShape = new PlanningRequest(Programme, phaseId ?? Phase.Id, classCapacity ?? ClassCapacity, mode ?? Mode, parallelClassesPerCentre ?? ParallelClassesPerCentre);
        return Copy(r => (r.Phase, r.ClassCapacity, r.Mode, r.ParallelClassesPerCentre) =
            (checkedShape.Phase, checkedShape.ClassCapacity, checkedShape.Mode, checkedShape.ParallelClassesPerCentre));
    }

    /// <summary>Returns a copy whose classes a centrally delivered phase runs from one centre.</summary>
    /// <param name="centre">The centre that runs every class of a central phase.</param>
    /// <returns>The new request.</returns>
    public PlanningRequest WithDeliveringCentre(CentreCode centre) => Copy(r => r.DeliveringCentre = centre);

    /// <summary>Returns a copy with another agenda frame.</summary>
    /// <param name="agenda">The agenda frame.</param>
    /// <returns>The new request.</returns>
    public PlanningRequest WithAgenda(PlanningAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return Copy(r => r.Agenda = agenda);
    }

    /// <summary>Returns a copy with instructors to book.</summary>
    /// <param name="instructors">The instructors; their modules say what they may teach, their availability when.</param>
    /// <param name="centres">The centres of each centre-bound instructor; the others are shared by all centres.</param>
    /// <param name="openingOfficial">The instructor who opens and closes every class, or <see langword="null"/>.</param>
    /// <returns>The new request.</returns>
    /// <exception cref="ArgumentException">An id is listed twice, or a centre or the opening official names no listed instructor.</exception>
    public PlanningRequest WithInstructors(IEnumerable<Instructor> instructors, IReadOnlyDictionary<string, IEnumerable<CentreCode>>? centres = null, string? openingOfficial = null)
    {
        ArgumentNullException.ThrowIfNull(instructors);
        var list = instructors.Select(i => i ?? throw new ArgumentException("An instructor is null.", nameof(instructors))).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instructor in list)
        {
            if (!ids.Add(instructor.Id))
            {
                throw new ArgumentException($"Instructor '{instructor.Id}' is listed twice; list each instructor once.", nameof(instructors));
            }
        }

        var bound = (centres ?? new Dictionary<string, IEnumerable<CentreCode>>())
            .ToDictionary(c => c.Key, c => (IReadOnlySet<CentreCode>)(c.Value ?? []).ToHashSet(), StringComparer.Ordinal);
        if (bound.FirstOrDefault(b => b.Value.Count == 0) is { Key: { } idle })
        {
            throw new ArgumentException($"Instructor '{idle}' is bound to no centre; leave them out of the centres to share them with all.", nameof(centres));
        }

        if (bound.Keys.FirstOrDefault(id => !ids.Contains(id)) is { } stranger)
        {
            throw new ArgumentException($"Instructor '{stranger}' has a centre but is not in the instructor list.", nameof(centres));
        }

        if (openingOfficial is not null && !ids.Contains(openingOfficial))
        {
            throw new ArgumentException($"The opening official '{openingOfficial}' is not in the instructor list.", nameof(openingOfficial));
        }

        return Copy(r => (r.Instructors, r.InstructorCentres, r.OpeningOfficial) = (list.AsReadOnly(), bound, openingOfficial));
    }

    /// <summary>Returns a copy that plans only some of the phase's target regions.</summary>
    /// <param name="regions">The region codes, at the phase's level.</param>
    /// <returns>The new request.</returns>
    public PlanningRequest ForRegions(IEnumerable<RegionCode> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return Copy(r => r.Regions = regions.Distinct().ToList().AsReadOnly());
    }

    private PlanningRequest Copy(Action<PlanningRequest> change)
    {
        var copy = (PlanningRequest)MemberwiseClone();
        change(copy);
        return copy;
    }
}
