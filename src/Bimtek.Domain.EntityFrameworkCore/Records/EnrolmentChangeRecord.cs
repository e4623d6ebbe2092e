using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>An append-only line of a roster's status history: an entry reached a status at an instant. Written
/// for every move of an entry (SessionRoster.Moves); never updated.</summary>
internal sealed class EnrolmentChangeRecord
{
    public long Id { get; set; }

    public required string SessionId { get; set; }

    public int Arrival { get; set; }

    public Nip Nip { get; set; }

    public EnrolmentStatus Status { get; set; }

    public Instant At { get; set; }
}
