namespace Bimtek.Domain.Attendance;

/// <summary>An attendance officer's mark for an agenda item where no log exists (an in-person class, a failed log).</summary>
public enum AttendanceMark
{
    /// <summary>Present (hadir).</summary>
    Present = 1,

    /// <summary>Absent with leave (izin or sakit): reported apart, but not attended.</summary>
    Excused = 2,

    /// <summary>Absent (tanpa keterangan).</summary>
    Absent = 3,
}
