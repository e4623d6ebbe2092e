using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A training session that breaks no scheduling rule, which a test bends in one place: <c>S1</c> of phase <c>p2</c> of
/// <see cref="ProgrammeBuilder"/>'s programme, virtual at BDI Yogyakarta (WIB, 500 seats, platform room <c>S1-zoom</c>),
/// on Monday 8 June 2020, inviting the five kabupaten/kota of DI Yogyakarta, with the <see cref="StandardAgenda"/>.
/// </summary>
/// <remarks>
/// Unless the test gives an agenda (<see cref="WithAgenda"/>, <see cref="WithDays"/>, <see cref="From"/>), the agenda
/// fits every participant zone: the standard day is kept when it lies in the common working window of the centre's zone
/// and the zones of the invited regions on that date; otherwise the same items (M1 by <c>W1</c>, M2 by <c>W2</c>) are laid
/// into that common window, teaching cut into whole JP where a rest or a zone's end of day falls. A test that changes the
/// centre or the regions therefore still gets a valid session; one that wants the standard times in another zone says
/// <c>.WithAgenda(SessionBuilder.StandardAgenda())</c>.
/// </remarks>
public sealed class SessionBuilder
{
    /// <summary>The five autonomous kabupaten/kota of DI Yogyakarta, all served by BDI-YOG.</summary>
    public static readonly IReadOnlyList<string> Yogyakarta = ["34.01", "34.02", "34.03", "34.04", "34.71"];

    private string _id = "S1";
    private string _phase = "p2";
    private CentreCode _centre = Reference.Centre("BDI-YOG");
    private SessionMode _mode = SessionMode.Virtual;
    private List<SessionDay> _days = [Day(CalendarReference.Monday, StandardAgenda())];
    private bool _agendaGiven;
    private string? _m1Instructor = "W1";
    private string? _m2Instructor = "W2";
    private List<RegionCode> _regions = [.. Yogyakarta.Select(Reference.Code)];
    private List<Nip> _participants = [];
    private int? _seatLimit = 500;
    private string? _platformRoom;
    private string? _venue;
    private string? _room;
    private int? _roomCapacity;

    /// <summary>
    /// The standard day, in the centre's local time: [0] Opening 08:00–08:30, [1] PreTest 08:30–09:00,
    /// [2] M1 09:00–10:30 (2 JP), [3] Ishoma 12:00–13:00, [4] M2 13:00–14:30 (2 JP), [5] PostTest 14:30–15:00.
    /// It lies in the working hours of every WIB day, Fridays included (Keppres 68/1995).
    /// </summary>
    /// <param name="m1Instructor">Who teaches M1, or <see langword="null"/> for nobody.</param>
    /// <param name="m2Instructor">Who teaches M2, or <see langword="null"/> for nobody.</param>
    /// <returns>The items.</returns>
    public static AgendaItem[] StandardAgenda(string? m1Instructor = "W1", string? m2Instructor = "W2") =>
    [
        Block(AgendaItemKind.Opening, 8, 0, 30),
        Block(AgendaItemKind.PreTest, 8, 30, 30),
        Teach("M1", 9, 0, 2, m1Instructor is null ? [] : [m1Instructor]),
        Block(AgendaItemKind.Ishoma, 12, 0, 60),
        Teach("M2", 13, 0, 2, m2Instructor is null ? [] : [m2Instructor]),
        Block(AgendaItemKind.PostTest, 14, 30, 30),
    ];

    /// <summary>A teaching item of 45-minute JP.</summary>
    /// <param name="module">The module taught.</param>
    /// <param name="hour">The start hour, in the centre's zone.</param>
    /// <param name="minute">The start minute.</param>
    /// <param name="jp">The lesson hours.</param>
    /// <param name="instructors">Who teaches.</param>
    /// <returns>The item.</returns>
    public static AgendaItem Teach(string module, int hour, int minute, int jp, params string[] instructors) =>
        AgendaItem.Teaching(module, new LocalTime(hour, minute), LessonHours.FromJp(jp), instructors);

    /// <summary>A non-teaching block.</summary>
    /// <param name="kind">The kind of block.</param>
    /// <param name="hour">The start hour, in the centre's zone.</param>
    /// <param name="minute">The start minute.</param>
    /// <param name="minutes">Its length in minutes.</param>
    /// <param name="instructors">Who leads it.</param>
    /// <returns>The item.</returns>
    public static AgendaItem Block(AgendaItemKind kind, int hour, int minute, int minutes, params string[] instructors) =>
        AgendaItem.Block(kind, new LocalTime(hour, minute), Duration.FromMinutes(minutes), instructors);

    /// <summary>A session day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="items">Its agenda, in the centre's local time.</param>
    /// <returns>The day.</returns>
    public static SessionDay Day(LocalDate date, params AgendaItem[] items) => new(date, items);

    /// <summary>Sets the session id (and, unless set, its platform room <c>{id}-zoom</c>).</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithId(string id) => Set(() => _id = id);

    /// <summary>Sets the phase.</summary>
    /// <param name="phaseId">The phase id.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder InPhase(string phaseId) => Set(() => _phase = phaseId);

    /// <summary>Moves the session to a centre (the regions stay: see <see cref="For(string[])"/>).</summary>
    /// <param name="centre">The centre code, e.g. <c>"BDI-SBY"</c>.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder At(string centre) => Set(() => _centre = Reference.Centre(centre));

    /// <summary>Moves the session to a centre (the regions stay: see <see cref="For(string[])"/>).</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder At(CentreCode centre) => Set(() => _centre = centre);

    /// <summary>Moves the session to one day on <paramref name="date"/>, keeping the first day's agenda.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder On(LocalDate date) => Set(() => _days = [Day(date, [.. _days[0].Items])]);

    /// <summary>Moves the session to one day, keeping the first day's agenda.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder On(int year, int month, int day) => On(new LocalDate(year, month, day));

    /// <summary>Shifts the first day's agenda so that it starts at <paramref name="time"/> (centre's zone, <c>HH:mm</c>);
    /// the agenda then counts as given by the test (it is no longer fitted to the zones).</summary>
    /// <param name="time">The start, e.g. <c>"08:00"</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="FormatException">The time is not <c>HH:mm</c>.</exception>
    public SessionBuilder From(string time)
    {
        var start = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(time).GetValueOrThrow();
        var items = _days[0].Items;
        var shift = Period.Between(items.Min(i => i.Start), start, PeriodUnits.Minutes);
        return Given(() => _days = [Day(_days[0].Date, [.. items.Select(i => Shifted(i, shift))]), .. _days.Skip(1)]);
    }

    /// <summary>Replaces the agenda with one day of <paramref name="items"/> on the first day's date.</summary>
    /// <param name="items">The items, in the centre's local time.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithAgenda(params AgendaItem[] items) => Given(() => _days = [Day(_days.Count > 0 ? _days[0].Date : CalendarReference.Monday, items)]);

    /// <summary>Replaces the days.</summary>
    /// <param name="days">The days.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithDays(params SessionDay[] days) => Given(() => _days = [.. days]);

    /// <summary>Has <paramref name="instructor"/> teach every module of the default agenda (M1 and M2).</summary>
    /// <param name="instructor">The instructor id.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithInstructor(string instructor) => WithInstructors(instructor, instructor);

    /// <summary>Sets who teaches M1 and M2 in the default agenda.</summary>
    /// <param name="m1">Who teaches M1, or <see langword="null"/> for nobody.</param>
    /// <param name="m2">Who teaches M2, or <see langword="null"/> for nobody.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithInstructors(string? m1, string? m2) => Set(() =>
    {
        (_m1Instructor, _m2Instructor) = (m1, m2);
        _days = [.. _days.Select(d => Day(d.Date, [.. d.Items.Select(Reassigned)]))];
    });

    /// <summary>Invites these regions (kabupaten/kota codes).</summary>
    /// <param name="codes">The codes, e.g. <c>"34.71"</c>.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithRegions(params string[] codes) => Set(() => _regions = [.. codes.Select(Reference.Code)]);

    /// <summary>Invites these regions.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithRegions(IEnumerable<RegionCode> codes) => Set(() => _regions = [.. codes]);

    /// <summary>Invites every autonomous kabupaten/kota of the provinces given (on the session's first day), and moves the
    /// session to the centre that serves the first of them, so the session stays valid.</summary>
    /// <param name="regionsOf">Province codes, e.g. <c>"35"</c> for Jawa Timur.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A code is not a province the directory knows on that day.</exception>
    public SessionBuilder For(params string[] regionsOf)
    {
        ArgumentNullException.ThrowIfNull(regionsOf);
        ArgumentOutOfRangeException.ThrowIfZero(regionsOf.Length);
        var date = _days[0].Date;
        var provinces = regionsOf.Select(Reference.Code).ToList();
        var regencies = provinces.SelectMany(p => Reference.Map.GetRegencies(p, date)).Where(r => r.IsAutonomous).Select(r => r.Code).ToList();
        if (regencies.Count == 0)
        {
            throw new ArgumentException($"No autonomous kabupaten/kota in {string.Join(", ", regionsOf)} on {date:uuuu-MM-dd}.", nameof(regionsOf));
        }

        return Set(() =>
        {
            _regions = regencies;
            _centre = Reference.Bdi.GetCentreServing(provinces[0], date).Code;
        });
    }

    /// <summary>Enrols participants by number: <see cref="People.Nip(int)"/> of each.</summary>
    /// <param name="people">The numbers.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithParticipants(params int[] people) => Set(() => _participants = [.. people.Select(People.Nip)]);

    /// <summary>Enrols these participants.</summary>
    /// <param name="participants">Their NIPs.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithParticipants(IEnumerable<Nip> participants) => Set(() => _participants = [.. participants]);

    /// <summary>Sets the seat limit of a virtual or hybrid session.</summary>
    /// <param name="seats">The seats, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder WithSeatLimit(int? seats) => Set(() => _seatLimit = seats);

    /// <summary>Makes the session virtual (the default) with a platform room and a seat limit.</summary>
    /// <param name="platformRoom">The platform room; <see langword="null"/>: <c>{id}-zoom</c>.</param>
    /// <param name="seats">The seat limit.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder Virtual(string? platformRoom = null, int? seats = 500) => Set(() =>
    {
        _mode = SessionMode.Virtual;
        (_platformRoom, _seatLimit, _venue, _room, _roomCapacity) = (platformRoom, seats, null, null, null);
    });

    /// <summary>Makes the session in person, in a room.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="room">The room.</param>
    /// <param name="capacity">The room's capacity.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder InPerson(string venue, string room, int? capacity = 40) => Set(() =>
    {
        _mode = SessionMode.InPerson;
        (_venue, _room, _roomCapacity, _seatLimit) = (venue, room, capacity, null);
    });

    /// <summary>Makes the session hybrid: a room and a platform room.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="room">The room.</param>
    /// <param name="capacity">The room's capacity.</param>
    /// <param name="seats">The platform's seat limit.</param>
    /// <returns>This builder.</returns>
    public SessionBuilder Hybrid(string venue, string room, int? capacity, int? seats) => Set(() =>
    {
        _mode = SessionMode.Hybrid;
        (_venue, _room, _roomCapacity, _seatLimit) = (venue, room, capacity, seats);
    });

    /// <summary>Builds the session.</summary>
    /// <returns>A new session.</returns>
    /// <exception cref="InvalidOperationException">The default agenda cannot fit the common working window of the zones
    /// involved on a day (give the agenda with <see cref="WithAgenda"/>).</exception>
    public TrainingSession Build() => new(
        _id,
        _phase,
        _centre,
        _mode,
        _agendaGiven ? _days : [.. _days.Select(FittedDay)],
        _regions,
        _participants,
        platformRoom: _mode == SessionMode.InPerson ? null : _platformRoom ?? _id + "-zoom",
        seatLimit: _seatLimit,
        venue: _venue,
        room: _room,
        roomCapacity: _roomCapacity);

    /// <summary>Builds the session.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator TrainingSession(SessionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }

    private SessionDay FittedDay(SessionDay day)
    {
        var centre = Reference.Bdi.FindCentre(_centre);
        if (centre is null)
        {
            return day; // An unknown centre is the test's point (Scheduling.UnknownCentre): nothing to fit to.
        }

        var zones = _regions.Select(r => Reference.Map.FindProvince(r.Province, day.Date)?.TimeZone)
            .OfType<DateTimeZone>().Append(centre.TimeZone).DistinctBy(z => z.Id).ToList();
        return AgendaFitter.Fit(day, centre.TimeZone, zones, _m1Instructor, _m2Instructor);
    }

    private AgendaItem Reassigned(AgendaItem item) => item.Kind != AgendaItemKind.Teaching ? item : item.ModuleCode switch
    {
        "M1" => AgendaItem.Teaching("M1", item.Start, item.Jp, _m1Instructor is null ? [] : [_m1Instructor]),
        "M2" => AgendaItem.Teaching("M2", item.Start, item.Jp, _m2Instructor is null ? [] : [_m2Instructor]),
        _ => item,
    };

    private static AgendaItem Shifted(AgendaItem item, Period shift) => item.Kind == AgendaItemKind.Teaching
        ? AgendaItem.Teaching(item.ModuleCode!, item.Start + shift, item.Jp, item.Instructors)
        : AgendaItem.Block(item.Kind, item.Start + shift, item.Length, item.Instructors);

    private SessionBuilder Given(Action change)
    {
        _agendaGiven = true;
        return Set(change);
    }

    private SessionBuilder Set(Action change)
    {
        change();
        return this;
    }
}
