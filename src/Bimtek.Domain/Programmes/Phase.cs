using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Programmes;

/// <summary>
/// A phase of a programme: who it is for (a target level and an audience per region), when (a date window) and
/// how it is delivered.
/// </summary>
/// <remarks>
/// Immutable. The window runs from <see cref="Start"/> to <see cref="End"/>, both inclusive; the constructor accepts a
/// reversed window so that the validator can report it (<c>Programme.PhaseWindowReversed</c>) with the others.
/// </remarks>
public sealed class Phase
{
    /// <summary>Creates a phase.</summary>
    /// <param name="id">An id unique within the programme, e.g. <c>kabupaten-kota</c>.</param>
    /// <param name="name">The name.</param>
    /// <param name="targetLevel">Whether provinces or kabupaten/kota are the target regions.</param>
    /// <param name="audience">Who each target region sends.</param>
    /// <param name="start">The first day of the window.</param>
    /// <param name="end">The last day of the window (inclusive).</param>
    /// <param name="delivery">Who delivers the sessions.</param>
    /// <param name="prerequisitePhaseId">A phase that must end before this one starts, if any.</param>
    /// <param name="opening">The opening event, if any.</param>
    public Phase(
        string id,
        string name,
        RegionLevel targetLevel,
        IEnumerable<AudienceMember> audience,
        LocalDate start,
        LocalDate end,
        PhaseDelivery delivery,
        string? prerequisitePhaseId = null,
        OpeningEvent? opening = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(audience);
        Id = id;
        Name = name;
        TargetLevel = Enum.IsDefined(targetLevel) ? targetLevel : throw new ArgumentOutOfRangeException(nameof(targetLevel), targetLevel, "Not a RegionLevel value.");
        Audience = audience.Select(a => a ?? throw new ArgumentException("An audience member is null.", nameof(audience))).ToList().AsReadOnly();
        Start = start;
        End = end;
        Delivery = Enum.IsDefined(delivery) ? delivery : throw new ArgumentOutOfRangeException(nameof(delivery), delivery, "Not a PhaseDelivery value.");
        PrerequisitePhaseId = string.IsNullOrEmpty(prerequisitePhaseId) ? null : prerequisitePhaseId;
        Opening = opening;
    }

    /// <summary>Gets the phase's id within the programme.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets whether provinces or kabupaten/kota are the target regions.</summary>
    public RegionLevel TargetLevel { get; }

    /// <summary>Gets who each target region sends.</summary>
    public IReadOnlyList<AudienceMember> Audience { get; }

    /// <summary>Gets the first day of the window.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the window (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the window as an inclusive date interval, or <see langword="null"/> when it is reversed.</summary>
    public DateInterval? Window => Start <= End ? new DateInterval(Start, End) : null;

    /// <summary>Gets who delivers the sessions.</summary>
    public PhaseDelivery Delivery { get; }

    /// <summary>Gets the id of the phase that must end before this one starts, or <see langword="null"/>.</summary>
    public string? PrerequisitePhaseId { get; }

    /// <summary>Gets the opening event, or <see langword="null"/>.</summary>
    public OpeningEvent? Opening { get; }

    /// <summary>Gets how many officials each target region sends, over all audience members.</summary>
    /// <remarks>Added in 64 bits and held to the range of <see cref="int"/> (an audience read from a file may be as large
    /// as a number can be written; <see cref="ProgrammeValidator"/> reports counts below 1).</remarks>
    public int ParticipantsPerRegion => (int)Math.Clamp(Audience.Sum(a => (long)a.PerRegion), int.MinValue, int.MaxValue);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Start:yyyy-MM-dd}..{End:yyyy-MM-dd})";
}
