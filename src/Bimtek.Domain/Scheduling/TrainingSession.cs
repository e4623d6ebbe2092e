using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// A training session (a class, angkatan) of a phase at a centre: how it is held, its days and agendas, the regions
/// invited and the participants enrolled.
/// </summary>
/// <remarks>
/// Immutable. Agenda times are local times of the centre's zone. Participants are internal ids (never a NIP or a
/// name), so validation messages can name them. When no participant is enrolled yet, capacity is checked against the
/// phase's audience per region times the regions invited.
/// </remarks>
public sealed class TrainingSession
{
    /// <summary>Creates a session.</summary>
    /// <param name="id">An id unique within the schedule, e.g. <c>BDI-YOG-1</c>.</param>
    /// <param name="phaseId">The programme phase it belongs to.</param>
    /// <param name="centre">The centre that runs it.</param>
    /// <param name="mode">Virtual, in person or hybrid.</param>
    /// <param name="days">Its days, each with an agenda.</param>
    /// <param name="regions">The regions invited (kabupaten/kota or provinces, by the phase's target level).</param>
    /// <param name="participants">Internal ids of the participants enrolled, if known.</param>
    /// <param name="platformRoom">The platform room (e.g. a video-meeting licence) of a virtual or hybrid session.</param>
    /// <param name="seatLimit">The platform's seat limit, for a virtual or hybrid session.</param>
    /// <param name="venue">The venue of an in-person or hybrid session.</param>
    /// <param name="room">The room at the venue.</param>
    /// <param name="roomCapacity">The room's capacity.</param>
    /// <exception cref="ArgumentException">The id or phase is blank, the mode undefined, or a capacity negative.</exception>
    public TrainingSession(
        string id,
        string phaseId,
        CentreCode centre,
        SessionMode mode,
        IEnumerable<SessionDay> days,
        IEnumerable<RegionCode> regions,
        IEnumerable<string>? participants = null,
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
        Participants = (participants ?? []).Select(p => p ?? throw new ArgumentException("A participant id is null.", nameof(participants))).ToList().AsReadOnly();
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

    /// <summary>Gets the internal ids of the participants enrolled (empty when not yet known).</summary>
    public IReadOnlyList<string> Participants { get; }

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

    /// <summary>Gets whether participants join online (virtual or hybrid), so their own zones matter.</summary>
    public bool IsOnline => Mode is SessionMode.Virtual or SessionMode.Hybrid;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Centre}, {Mode}, {Days.Count} day(s))";
}
