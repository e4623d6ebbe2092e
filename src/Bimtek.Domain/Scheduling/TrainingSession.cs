using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// A training session (a class, angkatan) of a phase at a centre: how it is held, its days and agendas, the regions
/// invited and the participants enrolled.
/// </summary>
/// <remarks>
/// Immutable. Agenda times are local times of the centre's zone. Participants are named by <see cref="Nip"/>, the one
/// identity rosters, attendance, results and certificates share; validation messages show them masked. When no participant
/// is enrolled yet, capacity is checked against the phase's audience per region times the regions invited.
/// </remarks>
public sealed class TrainingSession
{
    /// <summary>Creates a virtual session (one meeting room on the centre's platform): the readable way for a host.</summary>
    /// <param name="id">The session's id, e.g. <c>BDI-YOG-2020-06</c>.</param>
    /// <param name="phaseId">The phase it delivers.</param>
    /// <param name="centre">The centre that runs it.</param>
    /// <param name="days">Its days and agendas.</param>
    /// <param name="regions">The regions invited.</param>
    /// <param name="seatLimit">The platform's seat limit, or <see langword="null"/> for none.</param>
    /// <param name="platformRoom">The platform room, or <see langword="null"/>.</param>
    /// <param name="participants">The officials enrolled, by NIP; <see langword="null"/> for none yet.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static TrainingSession Virtual(
        string id, string phaseId, CentreCode centre, IEnumerable<SessionDay> days, IEnumerable<RegionCode> regions,
        int? seatLimit = null, string? platformRoom = null, IEnumerable<Nip>? participants = null) =>
        new(id, phaseId, centre, SessionMode.Virtual, days, regions, participants, platformRoom: platformRoom, seatLimit: seatLimit);

    /// <summary>Creates an in-person session in a room: the readable way for a host.</summary>
    /// <param name="id">The session's id.</param>
    /// <param name="phaseId">The phase it delivers.</param>
    /// <param name="centre">The centre that runs it.</param>
    /// <param name="days">Its days and agendas.</param>
    /// <param name="regions">The regions invited.</param>
    /// <param name="venue">The venue, e.g. the centre's campus.</param>
    /// <param name="room">The room at the venue.</param>
    /// <param name="roomCapacity">How many the room seats, or <see langword="null"/> when unknown.</param>
    /// <param name="participants">The officials enrolled, by NIP; <see langword="null"/> for none yet.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static TrainingSession InPerson(
        string id, string phaseId, CentreCode centre, IEnumerable<SessionDay> days, IEnumerable<RegionCode> regions,
        string venue, string room, int? roomCapacity = null, IEnumerable<Nip>? participants = null) =>
        new(id, phaseId, centre, SessionMode.InPerson, days, regions, participants, venue: venue, room: room, roomCapacity: roomCapacity);

    /// <summary>Creates a session.</summary>
    /// <param name="id">An id unique within the schedule, e.g. <c>BDI-YOG-1</c>.</param>
    /// <param name="phaseId">The programme phase it belongs to.</param>
    /// <param name="centre">The centre that runs it.</param>
    /// <param name="mode">Virtual, in person or hybrid.</param>
    /// <param name="days">Its days, each with an agenda.</param>
    /// <param name="regions">The regions invited (kabupaten/kota or provinces, by the phase's target level).</param>
    /// <param name="participants">The participants enrolled (e.g. a roster's enrolled NIPs), if known.</param>
    /// <param name="platformRoom">The platform room (e.g. a video-meeting licence) of a virtual or hybrid session.</param>
    /// <param name="seatLimit">The platform's seat limit, for a virtual or hybrid session.</param>
    /// <param name="venue">The venue of an in-person or hybrid session.</param>
    /// <param name="room">The room at the venue.</param>
    /// <param name="roomCapacity">The room's capacity.</param>
    /// <exception cref="ArgumentException">The id or phase is blank, the mode undefined, a participant the <c>default</c>
    /// <see cref="Nip"/>, or a capacity negative.</exception>
    public TrainingSession(
        string id,
        string phaseId,
        CentreCode centre,
        SessionMode mode,
        IEnumerable<SessionDay> days,
        IEnumerable<RegionCode> regions,
        IEnumerable<Nip>? participants = null,
        string? platformRoom = null,
        int? seatLimit = null,
        string? venue = null,
        string? room = null,
        int? roomCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(phaseId);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a SessionMode value.");
        }

        if (seatLimit < 0 || roomCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(seatLimit < 0 ? nameof(seatLimit) : nameof(roomCapacity), "A capacity is never negative.");
        }

        Id = id;
        PhaseId = phaseId;
        Centre = centre;
        Mode = mode;
        Days = days.Select(d => d ?? throw new ArgumentException("A session day is null.", nameof(days))).ToList().AsReadOnly();
        Regions = regions.ToList().AsReadOnly();
        Participants = (participants ?? []).Select(p => p.IsDefault ? throw new ArgumentException("A participant is the default Nip.", nameof(participants)) : p).ToList().AsReadOnly();
        PlatformRoom = platformRoom;
        SeatLimit = seatLimit;
        Venue = venue;
        Room = room;
        RoomCapacity = roomCapacity;
    }

    /// <summary>Gets the session's id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of its phase.</summary>
    public string PhaseId { get; }

    /// <summary>Gets the centre that runs it.</summary>
    public CentreCode Centre { get; }

    /// <summary>Gets how it is held.</summary>
    public SessionMode Mode { get; }

    /// <summary>Gets its days, in the order given.</summary>
    public IReadOnlyList<SessionDay> Days { get; }

    /// <summary>Gets the regions invited.</summary>
    public IReadOnlyList<RegionCode> Regions { get; }

    /// <summary>Gets the participants enrolled, in the order given (empty when not yet known).</summary>
    public IReadOnlyList<Nip> Participants { get; }

    /// <summary>Gets the platform room of a virtual or hybrid session, or <see langword="null"/>.</summary>
    public string? PlatformRoom { get; }

    /// <summary>Gets the platform's seat limit, or <see langword="null"/> when not stated.</summary>
    public int? SeatLimit { get; }

    /// <summary>Gets the venue of an in-person or hybrid session, or <see langword="null"/>.</summary>
    public string? Venue { get; }

    /// <summary>Gets the room at the venue, or <see langword="null"/>.</summary>
    public string? Room { get; }

    /// <summary>Gets the room's capacity, or <see langword="null"/> when not stated.</summary>
    public int? RoomCapacity { get; }

    /// <summary>Returns this session with another list of participants, e.g. a roster's enrolled officials once
    /// enrolment closes; everything else is kept.</summary>
    /// <param name="participants">The participants enrolled.</param>
    /// <returns>The new session.</returns>
    /// <exception cref="ArgumentException">A participant is the <c>default</c> <see cref="Nip"/>.</exception>
    public TrainingSession WithParticipants(IEnumerable<Nip> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return new(Id, PhaseId, Centre, Mode, Days, Regions, participants, PlatformRoom, SeatLimit, Venue, Room, RoomCapacity);
    }

    /// <summary>Gets whether participants join online (virtual or hybrid), so their own zones matter.</summary>
    public bool IsOnline => Mode is SessionMode.Virtual or SessionMode.Hybrid;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Centre}, {Mode}, {Days.Count} day(s))";
}
