using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A schedule of <see cref="ProgrammeBuilder"/>'s programme (p1 in May 2020, p2 in June 2020 after p1; M1 2 JP + M2 2 JP)
/// with the sessions a test gives, and the validator over the embedded reference data.
/// </summary>
/// <remarks>A phase targets all 508 autonomous kabupaten/kota, so a schedule of a few sessions also breaks
/// <see cref="ScheduleRuleCodes.RegionNotCovered"/>. <see cref="CoveringTheRest"/> adds one session per centre for the
/// regions no session invites, on <see cref="FillerDate"/>, so the schedule can break no rule at all; an assertion that
/// looks at one rule family (<c>schedule.Should().Within(ScheduleRuleSets.Conflicts)</c>) does not need them.</remarks>
public sealed class ScheduleBuilder
{
    /// <summary>The validator over the embedded regions, centres and working calendar, with the default limits.</summary>
    public static readonly ScheduleValidator Validator = new(Reference.Map, Reference.Bdi, CalendarReference.Embedded);

    /// <summary>Tuesday 16 June 2020: the day of the sessions <see cref="CoveringTheRest"/> adds.</summary>
    public static readonly LocalDate FillerDate = new(2020, 6, 16);

    private readonly List<TrainingSession> _sessions = [];
    private readonly List<Instructor> _instructors = [];
    private readonly List<RegionReassignment> _reassignments = [];
    private readonly List<PlatformCapacity> _platformRooms = [];
    private Programme _programme = new ProgrammeBuilder().Build();
    private string? _coveredPhase;
    private HashSet<RegionCode> _leftOut = [];

    /// <summary>Sets the programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithProgramme(Programme programme) => Set(() => _programme = programme);

    /// <summary>Adds sessions, built now.</summary>
    /// <param name="sessions">The session builders.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithSessions(params SessionBuilder[] sessions) => Set(() => _sessions.AddRange(sessions.Select(s => s.Build())));

    /// <summary>Adds sessions.</summary>
    /// <param name="sessions">The sessions.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithSessions(params TrainingSession[] sessions) => Set(() => _sessions.AddRange(sessions));

    /// <summary>Adds one session, built now.</summary>
    /// <param name="session">The session builder.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder With(SessionBuilder session) => WithSessions(session);

    /// <summary>Lists instructors (an agenda may name only listed instructors once any is listed).</summary>
    /// <param name="instructors">The instructors.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithInstructors(params Instructor[] instructors) => Set(() => _instructors.AddRange(instructors));

    /// <summary>Reassigns a region to another centre for this schedule, by a memo.</summary>
    /// <param name="region">The region code.</param>
    /// <param name="centre">The centre code.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithReassignment(string region, string centre) =>
        Set(() => _reassignments.Add(new RegionReassignment(Reference.Code(region), Reference.Centre(centre), "Memo 1/2020")));

    /// <summary>Sets a centre's number of platform rooms.</summary>
    /// <param name="centre">The centre code.</param>
    /// <param name="rooms">Its platform rooms.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder WithPlatformRooms(string centre, int rooms) => Set(() => _platformRooms.Add(new PlatformCapacity(Reference.Centre(centre), rooms)));

    /// <summary>Adds, at build time, one session per centre inviting the autonomous kabupaten/kota it serves that no
    /// session of <paramref name="phaseId"/> invites, on <see cref="FillerDate"/> with the standard agenda, except
    /// <paramref name="leftOut"/>. Their ids are <c>{centre}-REST</c>.</summary>
    /// <param name="phaseId">The phase to cover.</param>
    /// <param name="leftOut">Regions to leave uncovered.</param>
    /// <returns>This builder.</returns>
    public ScheduleBuilder CoveringTheRest(string phaseId = "p2", params string[] leftOut) => Set(() =>
    {
        _coveredPhase = phaseId;
        _leftOut = [.. leftOut.Select(Reference.Code)];
    });

    /// <summary>Builds the schedule.</summary>
    /// <returns>A new schedule.</returns>
    public Schedule Build() => new(_programme, [.. _sessions, .. Fillers()], _instructors, _reassignments, _platformRooms);

    /// <summary>Builds the schedule.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator Schedule(ScheduleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }

    private IEnumerable<TrainingSession> Fillers()
    {
        if (_coveredPhase is not { } phaseId)
        {
            yield break;
        }

        var invited = _sessions.Where(s => s.PhaseId == phaseId).SelectMany(s => s.Regions).ToHashSet();
        foreach (var centre in Reference.Bdi.Centres)
        {
            var rest = Reference.Bdi.GetRegenciesServed(centre.Code, FillerDate)
                .Where(r => r.IsAutonomous && !invited.Contains(r.Code) && !_leftOut.Contains(r.Code))
                .Select(r => r.Code)
                .ToList();
            if (rest.Count > 0)
            {
                yield return new SessionBuilder()
                    .WithId($"{centre.Code}-REST")
                    .InPhase(phaseId)
                    .At(centre.Code)
                    .WithAgenda(SessionBuilder.StandardAgenda(null, null))
                    .On(FillerDate)
                    .WithRegions(rest)
                    .Build();
            }
        }
    }

    private ScheduleBuilder Set(Action change)
    {
        change();
        return this;
    }
}
