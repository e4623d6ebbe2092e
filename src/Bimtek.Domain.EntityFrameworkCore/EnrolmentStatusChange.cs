using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>A line of a roster's stored status history: a participant's entry reached a status at an instant.</summary>
/// <param name="Nip">The participant (printed masked).</param>
/// <param name="Status">The status reached.</param>
/// <param name="At">When.</param>
public sealed record EnrolmentStatusChange(Nip Nip, EnrolmentStatus Status, Instant At);
