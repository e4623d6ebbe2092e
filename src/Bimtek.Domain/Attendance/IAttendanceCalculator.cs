using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Attendance;

/// <summary>Turns a session's meeting log and manual marks into attendance per agenda item. Hosts may register their own.</summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IAttendanceCalculator
{
    /// <summary>Computes the attendance of one session.</summary>
    /// <param name="session">The session, with its agenda.</param>
    /// <param name="log">The meeting log (rows of other sessions are not looked at).</param>
    /// <param name="completion">The programme's completion policy (its minimum attendance).</param>
    /// <param name="roster">Who is computed, with late enrolment instants (e.g. <see cref="RosterEntry.From"/> of the
    /// session's roster); <see langword="null"/> takes the session's <see cref="TrainingSession.Participants"/>, enrolled
    /// from the start, or, when it lists none, everyone in the log and marks for this session.</param>
    /// <param name="marks">Manual marks, which take precedence over the log for the slots they name.</param>
    /// <returns>The attendance.</returns>
    SessionAttendance Calculate(
        TrainingSession session,
        AttendanceLog log,
        CompletionPolicy completion,
        IReadOnlyCollection<RosterEntry>? roster = null,
        IReadOnlyCollection<ManualMark>? marks = null);
}
