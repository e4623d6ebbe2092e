using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>A manual attendance mark for one participant and one agenda item, named by its day and start time.</summary>
/// <param name="Nip">The participant.</param>
/// <param name="Date">The session day (centre's zone).</param>
/// <param name="ItemStart">The agenda item's start (centre's local time).</param>
/// <param name="Mark">The mark.</param>
/// <remarks>A mark takes precedence over the log for the item it names: it is the attendance officer's record.</remarks>
public readonly record struct ManualMark(Nip Nip, LocalDate Date, LocalTime ItemStart, AttendanceMark Mark);
