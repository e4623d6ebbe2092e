using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>An official who earned fewer JP in a year than the minimum, and by how much.</summary>
/// <param name="Nip">The official.</param>
/// <param name="Year">The year.</param>
/// <param name="Earned">The JP earned from certificates that year.</param>
/// <param name="Shortfall">The JP missing to reach the minimum.</param>
public sealed record DevelopmentShortfall(Nip Nip, int Year, LessonHours Earned, LessonHours Shortfall)
{
    /// <summary>Describes the shortfall as a <see cref="CertificateRuleCodes.DevelopmentBelowMinimum"/> warning.</summary>
    /// <returns>The warning, naming the official by masked NIP.</returns>
    public RuleViolation ToViolation() => CertificateRules.Violation(
        CertificateRuleCodes.DevelopmentBelowMinimum,
        ("Participant", Nip.ToMaskedString()),
        ("Earned", Earned.Value),
        ("Year", Year),
        ("Shortfall", Shortfall.Value),
        ("Minimum", Earned.Value + Shortfall.Value));
}
