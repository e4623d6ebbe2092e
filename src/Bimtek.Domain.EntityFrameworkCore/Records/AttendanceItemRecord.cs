using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>One participant's attendance of one agenda item: its status and the time present.</summary>
internal sealed class AttendanceItemRecord
{
    public required string SessionId { get; set; }

    public Nip Nip { get; set; }

    public int ItemIndex { get; set; }

    public LocalDate Date { get; set; }

    public LocalTime Start { get; set; }

    public LocalTime End { get; set; }

    public AgendaItemKind Kind { get; set; }

    public string? ModuleCode { get; set; }

    public LessonHours Jp { get; set; }

    public ItemAttendanceStatus Status { get; set; }

    public Duration Present { get; set; }
}
