namespace Bimtek.Domain.Attendance;

/// <summary>A participant's standing for one agenda item.</summary>
public enum ItemAttendanceStatus
{
    /// <summary>Present for at least the policy's share of the item, or marked present.</summary>
    Attended = 1,

    /// <summary>Present for less than the share (or not at all), or marked absent.</summary>
    Absent = 2,

    /// <summary>Marked absent with leave; not attended, reported apart.</summary>
    Excused = 3,

    /// <summary>The item started before the participant was enrolled (a late enrolment): it counts neither way.</summary>
    NotApplicable = 4,
}
