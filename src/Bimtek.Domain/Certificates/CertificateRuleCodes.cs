namespace Bimtek.Domain.Certificates;

/// <summary>The stable codes of the certificate and development-ledger rules (see <see cref="CertificateRules"/>).</summary>
/// <remarks>A code is a contract: it never changes once published. Messages name officials by masked NIP only.</remarks>
public static class CertificateRuleCodes
{
    /// <summary>The participant attended less than the completion policy's minimum share of applicable lesson hours.</summary>
    public const string AttendanceBelowMinimum = "Certificates.AttendanceBelowMinimum";

    /// <summary>The participant has no final score.</summary>
    public const string ScoreMissing = "Certificates.ScoreMissing";

    /// <summary>The participant's final score is below the pass mark.</summary>
    public const string ScoreBelowPassMark = "Certificates.ScoreBelowPassMark";

    /// <summary>The participant has not done an evaluation the completion policy requires (post-test, reaction survey…).</summary>
    public const string EvaluationMissing = "Certificates.EvaluationMissing";

    /// <summary>The participant already holds a certificate of the programme.</summary>
    public const string AlreadyIssued = "Certificates.AlreadyIssued";

    /// <summary>An official earned fewer than the yearly minimum lesson hours of competency development (PP 11/2017 Pasal 203(4)).</summary>
    public const string DevelopmentBelowMinimum = "Certificates.DevelopmentBelowMinimum";
}
