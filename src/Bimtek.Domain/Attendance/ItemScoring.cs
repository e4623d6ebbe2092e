using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>The sweep's last step: one participant's presence per slot becomes a status per item (not applicable before
/// a late enrolment, a manual mark where one stands, else the policy's share), and the JP attended and applicable.</summary>
internal static class ItemScoring
{
    public static ParticipantAttendance Score(
        int person, AttendanceRoster people, bool hasLog, SessionAgenda agenda, long[] present, MarkTable? marks, decimal minimumPercent)
    {
        var enrolledAt = people.EnrolledAt[person];
        var statuses = new ItemAttendanceStatus[agenda.Count];
        var presentCopy = new long[agenda.Count];
        int attended = 0, applicable = 0;
        for (var s = 0; s < agenda.Count; s++)
        {
            ItemAttendanceStatus status;
            if (agenda.SlotStart[s] < enrolledAt)
            {
                status = ItemAttendanceStatus.NotApplicable;
            }
            else if (marks is not null && marks.TryGet(person, s, out var mark))
            {
                status = mark switch
                {
                    AttendanceMark.Present => ItemAttendanceStatus.Attended,
                    AttendanceMark.Excused => ItemAttendanceStatus.Excused,
                    _ => ItemAttendanceStatus.Absent,
                };
            }
            else
            {
                presentCopy[s] = present[s];
                status = present[s] >= agenda.Need[s] ? ItemAttendanceStatus.Attended : ItemAttendanceStatus.Absent;
            }

            statuses[s] = status;
            if (status != ItemAttendanceStatus.NotApplicable)
            {
                applicable += agenda.Jp[s];
                if (status == ItemAttendanceStatus.Attended)
                {
                    attended += agenda.Jp[s];
                }
            }
        }

        return new ParticipantAttendance(
            Nip.FromValue(people.Nips[person]),
            enrolledAt == long.MinValue ? null : Instant.FromUnixTimeTicks(enrolledAt),
            hasLog,
            agenda,
            statuses,
            presentCopy,
            LessonHours.FromJp(attended),
            LessonHours.FromJp(applicable),
            minimumPercent);
    }
}
