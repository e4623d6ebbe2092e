namespace Bimtek.Domain.Attendance;

/// <summary>The stable codes of the attendance rules (see <see cref="AttendanceRules"/>).</summary>
/// <remarks>A code is a contract: it never changes once published. Messages name participants by masked NIP only.</remarks>
public static class AttendanceRuleCodes
{
    /// <summary>A log row's field cannot be read (a bad NIP, instant or blank session); the row is skipped.</summary>
    public const string RowInvalid = "Attendance.RowInvalid";

    /// <summary>A log row leaves before it joins; the row is skipped.</summary>
    public const string LeaveBeforeJoin = "Attendance.LeaveBeforeJoin";

    /// <summary>Log rows name a session the schedule does not have; they are ignored.</summary>
    public const string UnknownSession = "Attendance.UnknownSession";

    /// <summary>Log rows belong to someone not on the session's roster; they are ignored.</summary>
    public const string NotOnRoster = "Attendance.NotOnRoster";

    /// <summary>Log events fall wholly outside the session's meetings; they are ignored.</summary>
    public const string EventsOutsideSession = "Attendance.EventsOutsideSession";

    /// <summary>Log events have no leave; the end of that day's meeting closes them.</summary>
    public const string LeaveMissing = "Attendance.LeaveMissing";

    /// <summary>A manual mark names an agenda item the session does not have; it is ignored.</summary>
    public const string MarkForUnknownItem = "Attendance.MarkForUnknownItem";

    /// <summary>A participant attended less than the programme's minimum share of the applicable lesson hours.</summary>
    public const string BelowMinimum = "Attendance.BelowMinimum";
}
