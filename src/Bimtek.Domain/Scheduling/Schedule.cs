using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// A programme's sessions, with optional instructor data, recorded region reassignments and the centres' platform
/// capacity: what <see cref="IScheduleValidator"/> checks.
/// </summary>
/// <remarks>Immutable. Centres without a <see cref="PlatformCapacity"/> get the host's default
/// (<see cref="ScheduleLimits.DefaultPlatformRooms"/>, set through <see cref="BimtekOptions.ScheduleLimits"/>).</remarks>
public sealed class Schedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="programme">The programme scheduled.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="instructors">The instructors with their competences and availability; empty to skip those checks.</param>
    /// <param name="reassignments">Regions recorded as attending another centre than their province's.</param>
    /// <param name="platformCapacity">The centres' platform rooms.</param>
    /// <exception cref="ArgumentException">An entry is null, or two instructors share an id.</exception>
    public Schedule(
        Programme programme,
        IEnumerable<TrainingSession> sessions,
        IEnumerable<Instructor>? instructors = null,
        IEnumerable<RegionReassignment>? reassignments = null,
        IEnumerable<PlatformCapacity>? platformCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(sessions);
        Programme = programme;
        Sessions = sessions.Select(s => s ?? throw new ArgumentException("A session is null.", nameof(sessions))).ToList().AsReadOnly();
        Instructors = (instructors ?? []).Select(i => i ?? throw new ArgumentException("An instructor is null.", nameof(instructors))).ToList().AsReadOnly();

        // Two entries for one id would make competence and availability depend on their order.
        if (Instructors.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Instructor '{twice.Key}' is listed twice; list each instructor once.", nameof(instructors));
        }
        Reassignments = (reassignments ?? []).ToList().AsReadOnly();
        PlatformCapacity = (platformCapacity ?? []).ToList().AsReadOnly();
    }

    /// <summary>Gets the programme.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the sessions.</summary>
    public IReadOnlyList<TrainingSession> Sessions { get; }

    /// <summary>Gets the instructors; when empty, the schedule carries no instructor data, so availability, competence and
    /// unknown instructors are not checked (double bookings and JP a day still are).</summary>
    public IReadOnlyList<Instructor> Instructors { get; }

    /// <summary>Gets the recorded reassignments.</summary>
    public IReadOnlyList<RegionReassignment> Reassignments { get; }

    /// <summary>Gets the centres' platform rooms.</summary>
    public IReadOnlyList<PlatformCapacity> PlatformCapacity { get; }
}
