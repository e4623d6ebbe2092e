using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using FluentValidation.Results;

namespace Bimtek.Domain.Testing;

/// <summary>The <c>Should()</c> entry points of the kit's assertions (FluentAssertions 7), one per value the rules check.</summary>
public static class BimtekAssertionExtensions
{
    /// <summary>Starts assertions on a schedule (the scheduling rule catalogue over the embedded data).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The assertions.</returns>
    public static ScheduleAssertions Should(this Schedule schedule) => new(schedule);

    /// <summary>Starts assertions on a programme (<see cref="ProgrammeValidator"/>).</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The assertions.</returns>
    public static ProgrammeAssertions Should(this Programme programme) => new(programme);

    /// <summary>Starts assertions on a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The assertions.</returns>
    public static PlanAssertions Should(this PlanResult plan) => new(plan);

    /// <summary>Starts assertions on a rule result (eligibility, lifecycle, completion, certificate).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assertions.</returns>
    public static RuleResultAssertions Should(this RuleResult result) => new(result);

    /// <summary>Starts assertions on a FluentValidation result of one of the package's validators.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assertions.</returns>
    public static ValidationResultAssertions Should(this ValidationResult result) => new(result);

    /// <summary>Starts assertions on a session's attendance.</summary>
    /// <param name="attendance">The attendance.</param>
    /// <returns>The assertions.</returns>
    public static AttendanceAssertions Should(this SessionAttendance attendance) => new(attendance);

    /// <summary>Starts assertions on a certificate issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The assertions.</returns>
    public static CertificateAssertions Should(this CertificateIssue issue) => new(issue);
}
