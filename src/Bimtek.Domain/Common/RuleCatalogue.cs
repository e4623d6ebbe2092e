using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Common;

/// <summary>Every rule of the package, from every concept's catalogue: what <c>bimtek rules</c> prints.</summary>
public static class RuleCatalogue
{
    /// <summary>Gets every rule, ordered by code (codes are unique across catalogues).</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        new[] { ProgrammeRules.All, ScheduleRules.All, PlanningRules.All, ParticipantRules.All, AttendanceRules.All, CertificateRules.All, AssessmentRules.All }
            .SelectMany(rules => rules).OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
}
