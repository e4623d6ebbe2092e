using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>A participant's stored attendance of one agenda item.</summary>
/// <param name="Index">The item's index in the session's agenda.</param>
/// <param name="Date">The item's date (the centre's zone).</param>
/// <param name="Start">Its start.</param>
/// <param name="End">Its end.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="ModuleCode">Its module, if a teaching item.</param>
/// <param name="Jp">Its JP.</param>
/// <param name="Status">The participant's status for it.</param>
/// <param name="Present">The time present during it.</param>
public sealed record StoredAttendanceItem(
    int Index, LocalDate Date, LocalTime Start, LocalTime End, AgendaItemKind Kind, string? ModuleCode, LessonHours Jp, ItemAttendanceStatus Status, Duration Present);
