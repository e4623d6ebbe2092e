using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Common;
using FluentValidation;
using static Bimtek.Domain.Interop.Siasn.SiasnRuleCodes;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>The SIASN rule catalogue: code, severity and messages in Indonesian and English.</summary>
public static class SiasnRules
{
    private static readonly InteropRuleBook Book = new(
        "Siasn",
        new(ReferenceMissing, Severity.Error, "Sertifikat {Certificate}: pemetaan tidak memuat {Reference}; tidak dikirim ke SIASN.", "Certificate {Certificate}: the mapping has no {Reference}; it is not sent to SIASN."),
        new(RecordInvalid, Severity.Error, "{Where}: kolom {Field} tidak valid ({Reason}); rekaman dilewati.", "{Where}: field {Field} is invalid ({Reason}); the record is skipped."));

    /// <summary>Gets every SIASN rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="SiasnRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No SIASN rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}
