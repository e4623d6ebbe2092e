using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Assessments.AssessmentRuleCodes;

namespace Bimtek.Domain.Assessments;

/// <summary>The catalogue of assessment rules: code, severity and messages in Indonesian and English.</summary>
public static class AssessmentRules
{
    private static readonly RuleBook Book = new(
        "Assessments",
        [
            new(ItemUnknown, Severity.Error, "Instrumen {Instrument} tidak memiliki butir {Item}.", "Instrument {Instrument} has no item {Item}."),
            new(ItemMissing, Severity.Error, "Butir {Item} pada instrumen {Instrument} belum diberi nilai.", "Item {Item} of instrument {Instrument} has no score."),
            new(ItemScoreOutOfRange, Severity.Error, "Nilai butir {Item} pada instrumen {Instrument} adalah {Value}; seharusnya 0–{Maximum}.", "Item {Item} of instrument {Instrument} scores {Value}; it must be 0–{Maximum}."),
            new(ItemCompetencyUnknown, Severity.Error, "Butir {Item} pada instrumen {Instrument} dipetakan ke kompetensi {Competency} yang tidak ada dalam kerangka kompetensi.", "Item {Item} of instrument {Instrument} maps to competency {Competency}, which is in no framework assessed."),
            new(ResultRowMalformed, Severity.Error, "Baris {Line} tidak dapat dibaca ({Reason}).", "Line {Line} cannot be read ({Reason})."),
            new(ResultFieldMissing, Severity.Error, "Baris {Line}: kolom {Field} wajib diisi.", "Line {Line}: field {Field} is required."),
            new(ResultFieldInvalid, Severity.Error, "Baris {Line}: kolom {Field} tidak dapat dibaca ({Reason}).", "Line {Line}: field {Field} cannot be read ({Reason})."),
            new(ResultOutOfRange, Severity.Error, "Baris {Line}: kolom {Field} bernilai {Value}; seharusnya 0–100.", "Line {Line}: field {Field} is {Value}; it must be 0–100."),
            new(ResultNipInvalid, Severity.Error, "Baris {Line}: NIP tidak sah ({Reason}).", "Line {Line}: the NIP is not valid ({Reason})."),
            new(ResultDuplicate, Severity.Error, "Baris {Line} mengulang peserta sesi {Session} yang sudah ada pada baris {FirstLine}.", "Line {Line} repeats the participant of session {Session} already on line {FirstLine}."),
            new(ResultSessionUnknown, Severity.Error, "Baris {Line}: sesi {Session} tidak ada dalam jadwal.", "Line {Line}: session {Session} is not in the schedule."),
            new(ResultRegionOutsideSession, Severity.Warning, "Baris {Line}: daerah {Region} tidak dilayani sesi {Session}.", "Line {Line}: region {Region} is not one session {Session} serves."),
            new(ResultTestUnpaired, Severity.Warning, "Baris {Line}: hanya ada {Present}; N-gain peserta ini tidak dihitung.", "Line {Line}: only the {Present} is given; no gain is computed for this participant."),
            new(ReactionRatingOutOfRange, Severity.Error, "Respons {Response}: nilai aspek {Aspect} adalah {Value}; skala Likert {Minimum}–{Maximum}.", "Response {Response}: aspect {Aspect} is rated {Value}; the Likert scale is {Minimum}–{Maximum}."),
            new(FollowUpSupervisorMissing, Severity.Warning, "Evaluasi pasca pelatihan {FollowUp} tidak menyebut atasan sebagai responden.", "Behaviour follow-up {FollowUp} names no supervisor to respond."),
        ]);

    /// <summary>Gets every assessment rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="AssessmentRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No assessment rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) =>
        new(Get(code), details.ToDictionary(d => d.Name, d => d.Value, StringComparer.Ordinal));
}
