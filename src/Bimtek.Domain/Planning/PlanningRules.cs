using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Planning;

/// <summary>The planning rules: code, severity and messages in Indonesian and English.</summary>
public static class PlanningRules
{
    private static readonly RuleBook Book = new(
        "Planning",
        [
            new(NoServingCentre, Severity.Error, "Daerah {Region} tidak dilayani balai mana pun pada {Date}; daerah ini tidak direncanakan.", "Region {Region} is served by no centre on {Date}; it is not planned."),
            new(RegionLargerThanClass, Severity.Error, "Daerah {Region} mengirim {Participants} peserta, melebihi kapasitas kelas {Capacity}; daerah ini tidak direncanakan.", "Region {Region} sends {Participants} participants, more than a class holds ({Capacity}); it is not planned."),
            new(NoWorkingDays, Severity.Error, "Tahap {Phase}: rentang {Start} s.d. {End} tidak memiliki hari kerja{After}.", "Phase {Phase}: {Start} to {End} has no working day{After}."),
            new(CalendarDataMissing, Severity.Error, "Tahap {Phase}: kalender kerja tidak memiliki data tahun {Year}.", "Phase {Phase}: the working calendar has no data for {Year}."),
            new(AgendaDoesNotFit, Severity.Error, "{Centre}: {Block} ({Minutes} menit) tidak muat dalam jam kerja bersama {Zones} pada {Date} (selang terpanjang {Longest} menit).", "{Centre}: {Block} ({Minutes} min) fits in no working interval shared by {Zones} on {Date} (longest {Longest} min)."),
            new(NoCompetentInstructor, Severity.Error, "{Centre}: tidak ada pengajar terdaftar yang kompeten untuk mata pelatihan {Module}.", "{Centre}: no listed instructor is competent for module {Module}."),
            new(NotEnoughDays, Severity.Error, "{Centre}: {Regions} daerah memerlukan {Classes} kelas (sedikitnya {ClassDays} hari-kelas); {Start} s.d. {End} menyediakan {WorkingDays} hari kerja, {FreeDays} di antaranya masih dapat dipakai balai ini; {Unplanned} kelas ({UnplannedRegions} daerah) tidak terjadwal.", "{Centre}: {Regions} regions need {Classes} classes (at least {ClassDays} class-days); {Start} to {End} offers {WorkingDays} working days, {FreeDays} of them still usable by this centre; {Unplanned} class(es) ({UnplannedRegions} regions) are not scheduled."),
            new(CurriculumLongerThanWindow, Severity.Error, "Tahap {Phase}: kurikulum {Jp} JP memerlukan sedikitnya {Days} hari kerja pada {Max} JP per hari; {Start} s.d. {End} hanya menyediakan {WorkingDays}; tidak ada daerah yang direncanakan.", "Phase {Phase}: the curriculum's {Jp} JP need at least {Days} working days at {Max} JP a day; {Start} to {End} offers only {WorkingDays}; no region is planned."),
            new(TimeBudgetExhausted, Severity.Error, "Tahap {Phase}: batas waktu perencanaan {Seconds} detik habis sebelum semua kelas terjadwal; {Unplanned} kelas ({UnplannedRegions} daerah) tidak direncanakan. Perbesar batas waktu atau perkecil permintaan.", "Phase {Phase}: the planning time budget of {Seconds} s ran out before every class was placed; {Unplanned} class(es) ({UnplannedRegions} regions) are not planned. Raise the budget or plan a smaller request."),
            new(NotATarget, Severity.Error, "Daerah {Region} bukan sasaran tahap {Phase} pada {Date}; daerah ini tidak direncanakan.", "Region {Region} is not a target of phase {Phase} on {Date}; it is not planned."),
        ]);

    /// <summary>Gets every planning rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets the rule with a code.</summary>
    /// <param name="code">A code from <see cref="PlanningRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No planning rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}
