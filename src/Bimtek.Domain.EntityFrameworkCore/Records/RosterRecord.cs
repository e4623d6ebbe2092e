using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>A session's roster: its settings and a version that guards against lost updates (several staff edit one
/// roster); the entries are <see cref="EnrolmentRecord"/> rows.</summary>
internal sealed class RosterRecord
{
    public required string SessionId { get; set; }

    public Instant SessionStart { get; set; }

    public int Capacity { get; set; }

    public WaitlistPolicy WaitlistPolicy { get; set; }

    public Duration CancellationCutOff { get; set; }

    /// <summary>Whether the cut-off was supplied by the host (else the package's assumed default).</summary>
    public bool CutOffSupplied { get; set; }

    /// <summary>The province quotas as JSON (<c>{"32": 5}</c>).</summary>
    public required string ProvinceQuotas { get; set; }

    /// <summary>The waitlist priority order as JSON, or <see langword="null"/> for the package's assumed default.</summary>
    public string? PositionPriority { get; set; }

    /// <summary>The optimistic-concurrency token: incremented by every save.</summary>
    public int Version { get; set; }

    public List<EnrolmentRecord> Entries { get; set; } = [];

    /// <summary>How many of the roster object's <c>Moves</c> are already in the history (not mapped: it belongs to the
    /// roster object this record was loaded or saved with).</summary>
    public int MovesSaved { get; set; }
}
