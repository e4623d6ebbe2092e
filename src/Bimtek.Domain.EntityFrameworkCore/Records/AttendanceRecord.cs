using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>One participant's attendance result in a session (the calculator's verdict), with its items as
/// <see cref="AttendanceItemRecord"/> rows.</summary>
internal sealed class AttendanceRecord
{
    public required string SessionId { get; set; }

    public Nip Nip { get; set; }

    public Instant? EnrolledAt { get; set; }

    public bool HasLog { get; set; }

    public LessonHours AttendedJp { get; set; }

    public LessonHours ApplicableJp { get; set; }

    public Percentage? AttendancePercent { get; set; }

    public bool MeetsMinimum { get; set; }

    public List<AttendanceItemRecord> Items { get; set; } = [];
}
