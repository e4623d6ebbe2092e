using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>One row of a virtual-meeting log: a participant's device joined a session's meeting and (perhaps) left.</summary>
/// <param name="Nip">The participant.</param>
/// <param name="SessionId">The session's id.</param>
/// <param name="Join">When the device joined.</param>
/// <param name="Leave">When it left; <see langword="null"/> when the platform recorded no leave (the day's meeting end closes it).</param>
/// <remarks>Several devices of one participant give overlapping rows; reconnections give several rows. Both are merged,
/// never counted twice.</remarks>
public readonly record struct AttendanceLogEntry(Nip Nip, string SessionId, Instant Join, Instant? Leave);
