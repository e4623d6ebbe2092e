using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;

namespace Bimtek.Domain.Programmes;

/// <summary>The catalogue of programme rules: code, severity and messages in Indonesian and English.</summary>
public static class ProgrammeRules
{
    private static readonly RuleBook Book = new(
        "Programmes",
        [
            new(CodeMissing, Severity.Error, "Program tidak memiliki kode.", "The programme has no code."),
            new(TitleMissing, Severity.Error, "Program {Programme} tidak memiliki judul.", "Programme {Programme} has no title."),
            new(OrganiserMissing, Severity.Error, "Program {Programme} tidak menyebut unit penyelenggara.", "Programme {Programme} names no organising unit."),
            new(TextMissing, Severity.Error, "{Field} tidak boleh kosong.", "{Field} must not be blank."),
            new(CurriculumEmpty, Severity.Error, "Kurikulum program {Programme} tidak memiliki mata pelatihan.", "The curriculum of programme {Programme} has no module."),
            new(ModuleJpZero, Severity.Error, "Mata pelatihan {Module} harus berlangsung minimal 1 JP.", "Module {Module} must take at least 1 JP."),
            new(ModuleCodeDuplicate, Severity.Error, "Kode mata pelatihan {Module} dipakai lebih dari sekali.", "Module code {Module} is used more than once."),
            new(CurriculumJpMismatch, Severity.Error, "Kurikulum program {Programme} berjumlah {Sum} JP, tetapi program menyatakan {Declared} JP.", "The curriculum of programme {Programme} adds up to {Sum} JP, but the programme declares {Declared} JP."),
            new(ObjectiveWithoutCompetency, Severity.Warning, "Tujuan pembelajaran {Objective} pada mata pelatihan {Module} tidak dipetakan ke kompetensi mana pun.", "Learning objective {Objective} of module {Module} maps to no competency."),
            new(PhasesEmpty, Severity.Error, "Program {Programme} tidak memiliki tahap.", "Programme {Programme} has no phase."),
            new(PhaseIdDuplicate, Severity.Error, "Id tahap {Phase} dipakai lebih dari sekali.", "Phase id {Phase} is used more than once."),
            new(PhaseWindowReversed, Severity.Error, "Tahap {Phase} berakhir ({End}) sebelum dimulai ({Start}).", "Phase {Phase} ends ({End}) before it starts ({Start})."),
            new(PhaseOutsideFiscalYear, Severity.Error, "Tahap {Phase} ({Start} s.d. {End}) berada di luar tahun anggaran {FiscalYear}.", "Phase {Phase} ({Start} to {End}) lies outside fiscal year {FiscalYear}."),
            new(AudienceEmpty, Severity.Error, "Tahap {Phase} tidak menyebut sasaran peserta.", "Phase {Phase} invites no one."),
            new(AudienceCountNotPositive, Severity.Error, "Tahap {Phase}: jumlah peserta {Position} per daerah harus minimal 1, bukan {PerRegion}.", "Phase {Phase}: the number of {Position} per region must be at least 1, not {PerRegion}."),
            new(PrerequisiteUnknown, Severity.Error, "Tahap {Phase} mensyaratkan tahap {Prerequisite} yang tidak ada.", "Phase {Phase} requires phase {Prerequisite}, which does not exist."),
            new(PrerequisiteCycle, Severity.Error, "Prasyarat tahap membentuk siklus: {Cycle}.", "Phase prerequisites form a cycle: {Cycle}."),
            new(PrerequisiteNotEnded, Severity.Error, "Tahap {Phase} dimulai {Start}, sebelum tahap prasyaratnya {Prerequisite} berakhir ({PrerequisiteEnd}).", "Phase {Phase} starts on {Start}, before its prerequisite phase {Prerequisite} has ended ({PrerequisiteEnd})."),
            new(OpeningOutsidePhase, Severity.Warning, "Pembukaan tahap {Phase} ({Opening}) berada di luar rentang tahapnya ({Start} s.d. {End}).", "The opening of phase {Phase} ({Opening}) lies outside its window ({Start} to {End})."),
            new(CompletionThresholdOutOfRange, Severity.Error, "Ambang kelulusan {Threshold} harus 0–100, bukan {Value}.", "Completion threshold {Threshold} must be 0–100, not {Value}."),
            new(TransitionNotAllowed, Severity.Error, "Program {Programme} berstatus {From}; tidak dapat beralih ke {To}.", "Programme {Programme} is {From}; it cannot become {To}."),
            new(PublishRequiresValidDefinition, Severity.Error, "Program {Programme} tidak dapat diterbitkan: definisinya memuat {Errors} kesalahan ({Codes}).", "Programme {Programme} cannot be published: its definition has {Errors} error(s) ({Codes})."),
            new(StartBeforeFirstPhase, Severity.Error, "Program {Programme} tidak dapat dimulai pada {Today}, sebelum tahap pertamanya dimulai ({FirstPhaseStart}).", "Programme {Programme} cannot start on {Today}, before its first phase starts ({FirstPhaseStart})."),
            new(CompleteBeforeLastPhaseEnds, Severity.Error, "Program {Programme} tidak dapat diselesaikan pada {Today}, sebelum tahap terakhirnya berakhir ({LastPhaseEnd}).", "Programme {Programme} cannot be completed on {Today}, before its last phase ends ({LastPhaseEnd})."),
            new(CancelReasonRequired, Severity.Error, "Pembatalan program {Programme} memerlukan alasan.", "Cancelling programme {Programme} needs a reason."),
        ]);

    /// <summary>Gets every programme rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="ProgrammeRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No programme rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);
}
