using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Planning;

// Puts classes on days, one after another, each at the cheapest start where its agenda fits, its dates are working days
// wherever its people are, its centre has a free room, and an instructor for each module (and the opening official)
// is free all day (the centre's own first, then the one fewest other classes could use). Booking instructors by whole days keeps sessions that share a speaker apart in time anywhere in
// Indonesia, whatever the zones.
internal sealed partial class Timetable
{
    private readonly PlanningProblem _problem;
    private readonly IWorkingCalendar _calendar;
    private readonly AgendaPacker _packer;
    private readonly Dictionary<(int Centre, int Day), int> _roomsInUse = []; // a bit per room number
    private readonly Dictionary<string, bool[]> _instructorDays = new(StringComparer.Ordinal); // busy by working day
    private Dictionary<string, Instructor>? _instructors; // by id, made when the first class is booked
    private readonly Dictionary<(string Module, int Centre), List<string>> _competent = [];
    private readonly Dictionary<(string? Module, CentreCode? Centre), List<Instructor>> _byScope = [];
    private readonly List<Instructor> _found = []; // FindCompetent's scratch list
    private readonly Dictionary<string, int> _demand = new(StringComparer.Ordinal);
    private readonly Dictionary<Packing, List<(string Key, List<Interval> Intervals)>> _keys = new(ReferenceEqualityComparer.Instance);

    public Timetable(PlanningProblem problem, IWorkingCalendar calendar, AgendaPacker packer)
    {
        _problem = problem;
        _calendar = calendar;
        _packer = packer;
    }

    // The instructors by (module, centre) scope, indexed when first asked: a timetable that only counts days (the
    // grouping's) never books anyone, and on a large instance the index is one of its largest allocations.
    private Dictionary<(string? Module, CentreCode? Centre), List<Instructor>> ByScope()
    {
        if (_byScope.Count > 0 || _problem.Request.Instructors.Count == 0)
        {
            return _byScope;
        }

        var problem = _problem;
        foreach (var instructor in problem.Request.Instructors)
        {
            // A null module: teaches any (no module list); a null centre: shared by every centre.
            IEnumerable<string?> modules = instructor.Modules.Count > 0 ? instructor.Modules.Select(m => (string?)m) : [null];
            IEnumerable<CentreCode?> centres = problem.Request.InstructorCentres.TryGetValue(instructor.Id, out var home) ? home.Select(c => (CentreCode?)c) : [null];
            foreach (var scope in modules.SelectMany(m => centres.Select(c => (m, c))))
            {
                if (!_byScope.TryGetValue(scope, out var list))
                {
                    _byScope[scope] = list = [];
                }

                list.Add(instructor);
            }
        }

        return _byScope;
    }

    // Every start is tried and compared by what it costs the plan: the class-days it takes (a start before a Friday or a
    // holiday can need a day more in a shared window) outrank the finish (the makespan). A later start cannot cost less
    // than the fewest days the class ever needs plus its own finish, so the scan stops once none can do better.
    public bool TryPlace(PlannedClass planned, out Packing? lastFailure)
    {
        lastFailure = null;
        var (clocks, zones, provinces, ownHours) = Places(planned);
        var centre = _problem.Centres[planned.Centre];
        var fewest = Fewest(planned.Centre, clocks, zones, ownHours).Days;
        (long Cost, int Start, Packing Packing, Dictionary<string, string> Booking, int Room)? best = null;
        for (var start = 0; start < _problem.WorkingDays.Count; start++)
        {
            if (best is { } found && found.Cost <= Cost(fewest, start))
            {
                break;
            }

            var packing = _packer.Pack(centre, clocks, zones, start, ownHours);
            if (!packing.Fits)
            {
                lastFailure = packing;
                if (packing.Unplaceable is not null)
                {
                    return false; // too long for any day: no later start helps
                }

                continue;
            }

            // Only a start that beats the best so far is booked: a booking is a dictionary, made for the winner alone.
            var cost = Cost(packing.DayCount, start);
            if ((best is { } leader && cost >= leader.Cost) || !AllWorking(provinces, start, packing.DayCount))
            {
                continue;
            }

            var room = FreeRoom(planned.Centre, start, packing.DayCount);
            if (room is null)
            {
                continue;
            }

            var booking = Book(planned, packing, start);
            if (booking is null)
            {
                continue;
            }

            best = (cost, start, packing, booking, room.Value);
        }

        if (best is not { } chosen)
        {
            return false;
        }

        Commit(planned, chosen.Start, chosen.Packing, chosen.Booking, chosen.Room);
        return true;
    }

    private static long Cost(int days, int start) => (days * PlanCost.ClassDayWeight) + start + days;

    // Puts a class on the given days with the given instructors (module code to instructor id), checking nothing: the
    // benchmarks turn CP-SAT's plans into schedules with it, so the validator judges them like the planner's own.
    public void Place(PlannedClass planned, int start, IReadOnlyDictionary<string, string> instructors, int room)
    {
        var (clocks, zones, _, ownHours) = Places(planned);
        var packing = _packer.Pack(_problem.Centres[planned.Centre], clocks, zones, start, ownHours);
        var booking = new Dictionary<string, string>(instructors, StringComparer.Ordinal);
        if (_problem.Request.OpeningOfficial is { } opener)
        {
            booking[OpeningKey] = opener;
        }

        Commit(planned, start, packing, booking, room - 1);
    }

    // Forgets every booking, to timetable again in another order.
    public void Clear()
    {
        _roomsInUse.Clear();
        foreach (var days in _instructorDays.Values)
        {
            Array.Clear(days); // kept for the next pass: every pass books much the same people
        }
    }

    // The fewest days a class on these clocks (and with these places' own hours) needs at any start, and the earliest
    // day it can finish (exclusive), or (0, 0) when its agenda fits no start.
    public (int Days, int Finish) Fewest(int centre, int clocks, IReadOnlyList<DateTimeZone> zones, int ownHours = 0) =>
        _packer.Fewest(_problem.Centres[centre], clocks, zones, ownHours);

    // How many classes may want each instructor (a class counts once per module the instructor could take there):
    // among free instructors of equal standing, the one fewer classes can use is booked first.
    public void CountDemand(IEnumerable<PlannedClass> classes)
    {
        _demand.Clear();
        var perCentre = new int[_problem.Centres.Count];
        foreach (var planned in classes)
        {
            perCentre[planned.Centre]++;
        }

        for (var centre = 0; centre < perCentre.Length; centre++)
        {
            var count = perCentre[centre];
            foreach (var module in count == 0 ? [] : _problem.Request.Programme.Curriculum)
            {
                foreach (var id in Competent(module.Code, centre))
                {
                    _demand[id] = _demand.GetValueOrDefault(id) + count;
                }
            }
        }
    }

    // The clocks and provinces a class's people are in: the centre's, and for an online class each region's; and the
    // places among them that keep hours of their own (the validator judges the centre by its province's rule and each
    // invited region by its own), as an AgendaPacker id. Kept on the class: its regions do not change, and every start
    // tried, bound and estimate asks again.
    public (int Clocks, IReadOnlyList<DateTimeZone> Zones, IReadOnlyList<RegionCode> Provinces, int OwnHours) Places(PlannedClass planned) =>
        planned.Places ??= FindPlaces(planned);

    private (int Clocks, IReadOnlyList<DateTimeZone> Zones, IReadOnlyList<RegionCode> Provinces, int OwnHours) FindPlaces(PlannedClass planned)
    {
        var centre = _problem.Centres[planned.Centre];
        var zones = new List<DateTimeZone> { centre.TimeZone };
        var provinces = new List<RegionCode> { centre.HomeProvince };
        var clocks = PlanningUnit.ClockBit(IndonesianTimeZones.OffsetHours(centre.TimeZone));
        List<(RegionCode, DateTimeZone)>? own = _packer.HasOwnHours(centre.HomeProvince, centre.HomeProvince) ? [(centre.HomeProvince, centre.TimeZone)] : null;
        if (_problem.Request.Mode != SessionMode.InPerson)
        {
            foreach (var unit in planned.Units.Select(u => _problem.Units[u]))
            {
                if (_packer.HasOwnHours(unit.Region, unit.Province))
                {
                    (own ??= []).Add((unit.Region, unit.Zone));
                }

                if ((clocks & PlanningUnit.ClockBit(unit.OffsetHours)) == 0)
                {
                    clocks |= PlanningUnit.ClockBit(unit.OffsetHours);
                    zones.Add(unit.Zone);
                }

                if (!provinces.Contains(unit.Province))
                {
                    provinces.Add(unit.Province);
                }
            }
        }

        return (clocks, zones, provinces, _packer.OwnHoursId(own));
    }

    // National holidays are already out of the working days; a province's own closure is not.
    private bool AllWorking(IReadOnlyList<RegionCode> provinces, int start, int count)
    {
        if (_calendar.Closures.Count == 0)
        {
            return true;
        }

        for (var d = start; d < start + count; d++)
        {
            foreach (var province in provinces)
            {
                if (!_calendar.GetDay(_problem.WorkingDays[d], province).IsWorkingDay)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The lowest room number free on every day of the class: in-person classes in parallel need distinct rooms.
    private int? FreeRoom(int centre, int start, int count)
    {
        var taken = 0;
        for (var d = start; d < start + count; d++)
        {
            taken |= _roomsInUse.GetValueOrDefault((centre, d));
        }

        for (var room = 0; room < _problem.Request.ParallelClassesPerCentre; room++)
        {
            if ((taken & (1 << room)) == 0)
            {
                return room;
            }
        }

        return null;
    }

    // Days on which a centre still has a free room and a free instructor for every module: what a shortfall can offer.
    public int UsableDays(int centre)
    {
        var usable = 0;
        for (var d = 0; d < _problem.WorkingDays.Count; d++)
        {
            if (FreeRoom(centre, d, 1) is not null
                && _problem.Request.Programme.Curriculum.All(m => Competent(m.Code, centre) is var ids && (ids.Count == 0 || ids.Any(id => IsFree(id, d, 1)))))
            {
                usable++;
            }
        }

        return usable;
    }

    // One instructor per module for the whole class (and the opening official for opening and closing), each free on
    // every day of the class and available for every item they take. Null when some module has no free instructor.
    private Dictionary<string, string>? Book(PlannedClass planned, Packing packing, int start)
    {
        var booking = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_problem.Request.Instructors.Count == 0)
        {
            return booking;
        }

        var instructors = _instructors ??= _problem.Request.Instructors.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var group in Keys(packing))
        {
            var candidates = group.Key == OpeningKey
                ? [_problem.Request.OpeningOfficial!]
                : Competent(group.Key, planned.Centre);
            if (candidates.Count == 0)
            {
                continue; // reported once per centre as NoCompetentInstructor; the module is planned without one
            }

            string? chosen = null;
            var (chosenBound, chosenDemand) = (false, int.MaxValue);
            foreach (var id in candidates)
            {
                var bound = _problem.Request.InstructorCentres.ContainsKey(id);
                if ((chosen is not null && ((chosenBound && !bound) || (chosenBound == bound && _demand.GetValueOrDefault(id) >= chosenDemand)))
                    || !IsFree(id, start, packing.DayCount) || (instructors[id].Availability.Count > 0 && !group.Intervals.All(instructors[id].IsAvailable)))
                {
                    continue;
                }

                (chosen, chosenBound, chosenDemand) = (id, bound, _demand.GetValueOrDefault(id));
            }

            if (chosen is null)
            {
                return null;
            }

            booking[group.Key] = chosen;
        }

        return booking;
    }

    private const string OpeningKey = "\u0001opening";

    // The booking keys of a packing (each module, and the opening official's frame) with the intervals each takes;
    // read once per packing, not once per start tried.
    private List<(string Key, List<Interval> Intervals)> Keys(Packing packing)
    {
        if (!_keys.TryGetValue(packing, out var keys))
        {
            keys = [.. packing.Blocks.GroupBy(p => p.Block.IsTeaching ? p.Block.Module! : Frame(p.Block.Kind))
                .Where(g => g.Key.Length > 0) // tests: no instructor
                .Select(g => (g.Key, g.Select(p => p.Interval).ToList()))];
            _keys[packing] = keys;
        }

        return keys;
    }

    private string Frame(AgendaItemKind kind) =>
        kind is AgendaItemKind.Opening or AgendaItemKind.Closing && _problem.Request.OpeningOfficial is not null ? OpeningKey : string.Empty;

    // Centre-bound instructors first (the centre's own widyaiswara), then those who list the module, then generalists
    // (no module list), each in id order. The opening official teaches only a module they list.
    public List<string> Competent(string module, int centre)
    {
        if (!_competent.TryGetValue((module, centre), out var ids))
        {
            _competent[(module, centre)] = ids = FindCompetent(module, centre);
        }

        return ids;
    }

    // Looked up in the index by scope, not by scanning every instructor: centres and instructors both grow with the
    // instance, and a scan per (module, centre) made large instances quadratic.
    private List<string> FindCompetent(string module, int centre)
    {
        var request = _problem.Request;
        var code = _problem.Centres[centre].Code;
        var byScope = ByScope();
        var found = _found;
        found.Clear();
        Add((module, code));
        Add((module, null));
        Add((null, code));
        Add((null, null));
        found.Sort((a, b) => Rank(a).CompareTo(Rank(b)) is var byRank && byRank != 0 ? byRank : string.CompareOrdinal(a.Id, b.Id));
        return found.ConvertAll(i => i.Id);

        void Add((string?, CentreCode?) scope)
        {
            foreach (var instructor in byScope.GetValueOrDefault(scope) ?? [])
            {
                if (instructor.Id != request.OpeningOfficial || instructor.Modules.Contains(module))
                {
                    found.Add(instructor);
                }
            }
        }

        int Rank(Instructor i) => (request.InstructorCentres.ContainsKey(i.Id) ? 0 : 2) + (i.Modules.Count > 0 ? 0 : 1);
    }

    // An instructor's days are flags as long as the window (Commit); one never booked is free.
    private bool IsFree(string instructor, int start, int count) =>
        !_instructorDays.TryGetValue(instructor, out var taken) || !taken.AsSpan(start, count).Contains(true);
}
