using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests;

/// <summary>Attendance and results of the builder's session S1 (M1 09:00 and M2 13:00, 2 JP each), for completion tests.</summary>
internal static class Completions
{
    public static readonly Programme Programme = new ProgrammeBuilder().Build();

    public static readonly TrainingSession S1 = new SessionBuilder().Build();

    // Attendance by hand marks: present at M1 and/or M2 gives 0, 50 or 100 % of the 4 JP.
    public static SessionAttendance Attendance(params (Nip Nip, bool M1, bool M2)[] people) =>
        new AttendanceCalculator(Reference.Bdi).Calculate(
            S1,
            new AttendanceLogBuilder().Build(),
            CompletionPolicy.Default,
            [.. people.Select(p => new RosterEntry(p.Nip))],
            [.. people.SelectMany(p => new[]
            {
                new ManualMark(p.Nip, CalendarReference.Monday, new LocalTime(9, 0), p.M1 ? AttendanceMark.Present : AttendanceMark.Absent),
                new ManualMark(p.Nip, CalendarReference.Monday, new LocalTime(13, 0), p.M2 ? AttendanceMark.Present : AttendanceMark.Absent),
            })]);

    public static ParticipantResult Result(Nip nip, decimal? finalScore, bool surveyed = true, string session = "S1") =>
        new(nip, session, Reference.Code("34.71"), Score.Create(50), Score.Create(80), finalScore is { } f ? Score.Create(f) : null, null, null,
            EvaluationsDone: surveyed ? [EvaluationKind.ReactionSurvey] : null);
}
