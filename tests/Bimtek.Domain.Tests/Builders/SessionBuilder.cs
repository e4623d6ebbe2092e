using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>
/// A valid training session that each test bends in one place: S1 of phase p2, virtual at BDI Yogyakarta (WIB, 500
/// seats), on Monday 8 June 2020, inviting the five kabupaten/kota of DI Yogyakarta, with the <see cref="StandardAgenda"/>.
/// </summary>
internal sealed class SessionBuilder
{
    /// <summary>The five autonomous kabupaten/kota of DI Yogyakarta, all served by BDI-YOG.</summary>
    public static readonly string[] Yogyakarta = ["34.01", "34.02", "34.03", "34.04", "34.71"];

    private string _id = "S1";
    private string _phase = "p2";
    private CentreCode _centre = Reference.Centre("BDI-YOG");
    private SessionMode _mode = SessionMode.Virtual;
    private List<SessionDay> _days = [Day(CalendarReference.Monday, StandardAgenda())];
    private List<RegionCode> _regions = [.. Yogyakarta.Select(Reference.Code)];
    private List<Nip> _participants = [];
    private int? _seatLimit = 500;
    private string? _venue;
    private string? _room;
    private int? _roomCapacity;

    /// <summary>
    /// The agenda of a day, in the centre's local time: [0] Opening 08:00–08:30, [1] PreTest 08:30–09:00,
    /// [2] M1 09:00–10:30 (2 JP), [3] Ishoma 12:00–13:00, [4] M2 13:00–14:30 (2 JP), [5] PostTest 14:30–15:00.
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
    public static AgendaItem Teach(string module, int hour, int minute, int jp, params string[] instructors) =>
        AgendaItem.Teaching(module, new LocalTime(hour, minute), LessonHours.FromJp(jp), instructors);

    /// <summary>A non-teaching block.</summary>
    public static AgendaItem Block(AgendaItemKind kind, int hour, int minute, int minutes, params string[] instructors) =>
        AgendaItem.Block(kind, new LocalTime(hour, minute), Duration.FromMinutes(minutes), instructors);

    public static SessionDay Day(LocalDate date, params AgendaItem[] items) => new(date, items);

    public SessionBuilder WithId(string id) => Set(() => _id = id);

    public SessionBuilder InPhase(string phaseId) => Set(() => _phase = phaseId);

    public SessionBuilder At(string centre) => Set(() => _centre = Reference.Centre(centre));

    /// <summary>Moves the session to one day on <paramref name="date"/>, keeping the first day's agenda.</summary>
    public SessionBuilder On(LocalDate date) => Set(() => _days = [Day(date, [.. _days[0].Items])]);

    /// <summary>Replaces the agenda with one day of <paramref name="items"/> on the first day's date.</summary>
    public SessionBuilder WithAgenda(params AgendaItem[] items) => Set(() => _days = [Day(_days.Count > 0 ? _days[0].Date : CalendarReference.Monday, items)]);

    public SessionBuilder WithDays(params SessionDay[] days) => Set(() => _days = [.. days]);

    public SessionBuilder WithRegions(params string[] codes) => Set(() => _regions = [.. codes.Select(Reference.Code)]);

    public SessionBuilder WithRegions(IEnumerable<RegionCode> codes) => Set(() => _regions = [.. codes]);

    // People by number (People.NipFor): participants are NIPs, the one identity of every stage.
    public SessionBuilder WithParticipants(params int[] people) => Set(() => _participants = [.. people.Select(People.NipFor)]);

    public SessionBuilder WithSeatLimit(int? seats) => Set(() => _seatLimit = seats);

    public SessionBuilder InPerson(string venue, string room, int? capacity = 40) => Set(() =>
    {
        _mode = SessionMode.InPerson;
        (_venue, _room, _roomCapacity, _seatLimit) = (venue, room, capacity, null);
    });

    public SessionBuilder Hybrid(string venue, string room, int? capacity, int? seats) => Set(() =>
    {
        _mode = SessionMode.Hybrid;
        (_venue, _room, _roomCapacity, _seatLimit) = (venue, room, capacity, seats);
    });

    public TrainingSession Build() => new(
        _id,
        _phase,
        _centre,
        _mode,
        _days,
        _regions,
        _participants,
        platformRoom: _mode == SessionMode.InPerson ? null : _id + "-zoom",
        seatLimit: _seatLimit,
        venue: _venue,
        room: _room,
        roomCapacity: _roomCapacity);

    private SessionBuilder Set(Action change)
    {
        change();
        return this;
    }
}
