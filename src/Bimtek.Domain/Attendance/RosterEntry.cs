using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>A participant whose attendance is computed, and when they took their seat.</summary>
/// <param name="Nip">The participant.</param>
/// <param name="EnrolledAt">When they were enrolled; agenda items starting before it are not applicable.
/// <see langword="null"/> when enrolled before the session (every item applies).</param>
public readonly record struct RosterEntry(Nip Nip, Instant? EnrolledAt = null);
