using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain;

/// <summary>Every rule of the package, from every concept's catalogue: what <c>bimtek rules</c> prints.</summary>
/// <remarks>It sits above the concepts (they each declare their own rules and know nothing of the others).</remarks>
public static class RuleCatalogue
{
    /// <summary>Gets every rule, ordered by code (codes are unique across catalogues; each starts with its concept's namespace).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        new[] { CalendarRules.All, ProgrammeRules.All, ScheduleRules.All, PlanningRules.All, ParticipantRules.All, AttendanceRules.All, CertificateRules.All, AssessmentRules.All }
            .SelectMany(rules => rules).OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
}
