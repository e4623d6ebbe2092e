using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Certificates;

/// <summary>The certificate and development-ledger rule catalogue: code, severity and messages in Indonesian and English.</summary>
public static class CertificateRules
{
    private static readonly RuleBook Book = new(
        "Certificates",
        [
            new(AttendanceBelowMinimum, Severity.Error, "Peserta {Participant} hadir {Percent}% dari JP yang berlaku pada program {Programme}, di bawah batas {Minimum}%.", "Participant {Participant} attended {Percent}% of the applicable JP of programme {Programme}, below the required {Minimum}%."),
            new(ScoreMissing, Severity.Error, "Peserta {Participant} belum memiliki nilai akhir program {Programme}.", "Participant {Participant} has no final score in programme {Programme}."),
            new(ScoreBelowPassMark, Severity.Error, "Nilai akhir peserta {Participant} ({Score}) di bawah batas lulus {PassMark} program {Programme}.", "The final score of participant {Participant} ({Score}) is below the pass mark {PassMark} of programme {Programme}."),
            new(EvaluationMissing, Severity.Error, "Peserta {Participant} belum mengikuti {Evaluation} yang disyaratkan program {Programme}.", "Participant {Participant} has not done the {Evaluation} that programme {Programme} requires."),
            new(AlreadyIssued, Severity.Error, "Peserta {Participant} sudah menerima sertifikat {Number} untuk program {Programme}.", "Participant {Participant} already holds certificate {Number} of programme {Programme}."),
            new(DevelopmentBelowMinimum, Severity.Warning, "Pegawai {Participant} memperoleh {Earned} JP pengembangan kompetensi pada {Year}, kurang {Shortfall} JP dari minimal {Minimum} JP (PP 11/2017 Pasal 203 ayat 4).", "Official {Participant} earned {Earned} JP of competency development in {Year}, {Shortfall} JP short of the minimum {Minimum} JP (PP 11/2017 Pasal 203(4))."),
        ]);

    /// <summary>Gets every certificate rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="CertificateRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No certificate rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}
