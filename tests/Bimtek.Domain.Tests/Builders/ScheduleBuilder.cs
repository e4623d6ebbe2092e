using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>
/// A schedule of the small valid programme (<see cref="ProgrammeBuilder"/>: p1 in May 2020, p2 in June 2020 after p1,
/// both kabupaten/kota through the serving centres; M1 2 JP + M2 2 JP) with the sessions a test gives, and the
/// validator every scheduling test uses.
/// </summary>
/// <remarks>A phase targets all 508 autonomous kabupaten/kota, so a schedule of a few sessions also reports
/// <see cref="ScheduleRuleCodes.RegionNotCovered"/>. <see cref="CoveringTheRest"/> adds one session per centre for the
/// regions no session invites, on <see cref="FillerDate"/>, so a test can ask for no failure at all.</remarks>
internal sealed class ScheduleBuilder
{
    /// <summary>The validator over the embedded regions, centres and working calendar, with the default limits.</summary>
    public static readonly ScheduleValidator Validator = new(Reference.Map, Reference.Bdi, CalendarReference.Embedded);

    /// <summary>Tuesday 16 June 2020: the day of the sessions added by <see cref="CoveringTheRest"/>; no test uses it.</summary>
    public static readonly LocalDate FillerDate = new(2020, 6, 16);

    private readonly List<TrainingSession> _sessions = [];
    private readonly List<Instructor> _instructors = [];
    private readonly List<RegionReassignment> _reassignments = [];
    private readonly List<PlatformCapacity> _platformRooms = [];
    private Programme _programme = new ProgrammeBuilder().Build();
    private string? _coveredPhase;
    private HashSet<RegionCode> _leftOut = [];

    public ScheduleBuilder WithProgramme(Programme programme) => Set(() => _programme = programme);

    public ScheduleBuilder WithSessions(params SessionBuilder[] sessions) => Set(() => _sessions.AddRange(sessions.Select(s => s.Build())));

    public ScheduleBuilder WithSessions(params TrainingSession[] sessions) => Set(() => _sessions.AddRange(sessions));

    public ScheduleBuilder WithInstructors(params Instructor[] instructors) => Set(() => _instructors.AddRange(instructors));

    public ScheduleBuilder WithReassignment(string region, string centre) =>
        Set(() => _reassignments.Add(new RegionReassignment(Reference.Code(region), Reference.Centre(centre), "Memo 1/2020")));

    public ScheduleBuilder WithPlatformRooms(string centre, int rooms) => Set(() => _platformRooms.Add(new PlatformCapacity(Reference.Centre(centre), rooms)));

    /// <summary>Adds, at build time, one session per centre inviting the autonomous kabupaten/kota it serves that no
    /// session of <paramref name="phaseId"/> invites, on <see cref="FillerDate"/> with the standard agenda, except
    /// <paramref name="leftOut"/>.</summary>
    public ScheduleBuilder CoveringTheRest(string phaseId = "p2", params string[] leftOut) => Set(() =>
    {
        _coveredPhase = phaseId;
        _leftOut = [.. leftOut.Select(Reference.Code)];
    });

    public Schedule Build() => new(_programme, [.. _sessions, .. Fillers()], _instructors, _reassignments, _platformRooms);

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
                    .At(centre.Code.Value)
                    .WithAgenda(SessionBuilder.StandardAgenda(null, null))
                    .On(FillerDate)
                    .WithRegions((IEnumerable<RegionCode>)rest)
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
