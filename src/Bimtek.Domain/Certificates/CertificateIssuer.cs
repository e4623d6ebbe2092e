using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using NodaTime;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Certificates;

/// <summary>Issues a certificate only when the programme's completion policy holds: attendance, pass mark and the
/// required evaluations; otherwise returns every reason, with codes.</summary>
/// <remarks>
/// The JP credited are the programme's declared total (<see cref="Programme.TotalJp"/>): the certificate attests the
/// programme, as an STTP does, and the development ledger counts what certificates credit. Thread-safe.
/// </remarks>
public sealed class CertificateIssuer
{
    private readonly ICertificateNumberGenerator _numbers;

    /// <summary>Creates an issuer.</summary>
    /// <param name="numbers">The number generator.</param>
    public CertificateIssuer(ICertificateNumberGenerator numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        _numbers = numbers;
    }

    /// <summary>Checks the completion policy without issuing anything.</summary>
    /// <param name="programme">The programme (its code and completion policy).</param>
    /// <param name="evidence">What the participant achieved.</param>
    /// <returns>Success, or every unmet condition: <see cref="AttendanceBelowMinimum"/>, <see cref="ScoreMissing"/>,
    /// <see cref="ScoreBelowPassMark"/>, <see cref="EvaluationMissing"/> (one per evaluation).</returns>
    public static RuleResult Check(Programme programme, CompletionEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(evidence);
        var policy = programme.CompletionPolicy;
        var who = evidence.Nip.ToMaskedString();
        var violations = new List<RuleViolation>();
        if (evidence.AttendancePercent is not { } percent || percent < policy.MinimumAttendancePercent)
        {
            violations.Add(CertificateRules.Violation(
                AttendanceBelowMinimum, ("Participant", who), ("Percent", evidence.AttendancePercent ?? 0m), ("Programme", programme.Code), ("Minimum", policy.MinimumAttendancePercent)));
        }

        if (evidence.FinalScore is not { } score)
        {
            violations.Add(CertificateRules.Violation(ScoreMissing, ("Participant", who), ("Programme", programme.Code)));
        }
        else if (score < policy.PassMark)
        {
            violations.Add(CertificateRules.Violation(
                ScoreBelowPassMark, ("Participant", who), ("Score", score), ("PassMark", policy.PassMark), ("Programme", programme.Code)));
        }

        foreach (var evaluation in policy.RequiredEvaluations.Where(e => !evidence.EvaluationsDone.Contains(e)))
        {
            violations.Add(CertificateRules.Violation(EvaluationMissing, ("Participant", who), ("Evaluation", evaluation), ("Programme", programme.Code)));
        }

        return RuleResult.From(violations);
    }

    /// <summary>Issues a certificate if the completion policy holds and the participant holds none of the programme yet.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="centre">The issuing centre (the session's).</param>
    /// <param name="evidence">What the participant achieved.</param>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="alreadyIssued">Certificates already issued for the programme, to refuse a second one
    /// (<see cref="AlreadyIssued"/>); <see langword="null"/> when the host checks this itself.</param>
    /// <returns>The certificate, or every reason it is withheld.</returns>
    public CertificateIssue Issue(
        Programme programme, CentreCode centre, CompletionEvidence evidence, LocalDate issuedOn, IEnumerable<Certificate>? alreadyIssued = null)
    {
        var result = Check(programme, evidence);
        var previous = alreadyIssued?.FirstOrDefault(c => c.Holder == evidence.Nip && string.Equals(c.ProgrammeCode, programme.Code, StringComparison.Ordinal));
        if (previous is not null)
        {
            result = RuleResult.From(result.Violations.Append(CertificateRules.Violation(
                AlreadyIssued, ("Participant", evidence.Nip.ToMaskedString()), ("Number", previous.Number), ("Programme", programme.Code))));
        }

        if (!result.Succeeded)
        {
            return new CertificateIssue(null, result);
        }

        var number = _numbers.Allocate(centre, issuedOn.Year, programme.Code, evidence.Nip);
        return new CertificateIssue(
            new Certificate(number.Number, number.VerificationCode, evidence.Nip, programme.Code, centre, issuedOn, programme.TotalJp),
            result);
    }
}
