using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Assessments;

/// <summary>Computes evaluation reports. Registered by <c>AddBimtekDomain</c>; a host may replace it.</summary>
public interface IReportCalculator
{
    /// <summary>Aggregates participants' results per class, centre, province and programme. A pure computation over the inputs.</summary>
    /// <param name="schedule">The schedule: its sessions, centres and regions, and its programme (pass mark, technical competencies).</param>
    /// <param name="results">One result per participant and session; results naming a session not in the schedule are refused.</param>
    /// <param name="options">Report choices; <see langword="null"/> for <see cref="ReportOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A result names a session the schedule does not have (read results with
    /// <see cref="ResultReader"/> first: it reports such rows instead).</exception>
    EvaluationReport Calculate(Schedule schedule, IEnumerable<ParticipantResult> results, ReportOptions? options = null);
}
