using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>
/// One participant's stored attendance result: the facts the <see cref="Attendance.AttendanceCalculator"/> decided,
/// read back without its agenda (a calculator's <see cref="Attendance.ParticipantAttendance"/> is bound to the agenda it
/// was computed on).
/// </summary>
/// <param name="Nip">The participant (printed masked).</param>
/// <param name="EnrolledAt">When the participant took the seat, if known.</param>
/// <param name="HasLog">Whether a join/leave log was found.</param>
/// <param name="AttendedJp">JP attended.</param>
/// <param name="ApplicableJp">JP that applied.</param>
/// <param name="AttendancePercent">Attended share of applicable JP, or <see langword="null"/> when none applied.</param>
/// <param name="MeetsMinimum">Whether the programme's minimum attendance was met.</param>
/// <param name="Items">Each agenda item, in agenda order.</param>
public sealed record StoredAttendance(
    Nip Nip,
    Instant? EnrolledAt,
    bool HasLog,
    LessonHours AttendedJp,
    LessonHours ApplicableJp,
    Percentage? AttendancePercent,
    bool MeetsMinimum,
    IReadOnlyList<StoredAttendanceItem> Items);
