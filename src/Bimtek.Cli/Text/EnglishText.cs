using System.Globalization;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Cli.Text;

/// <summary>The tool's texts in English.</summary>
internal sealed class EnglishText : CliText
{
    public override string Language => "en";

    public override CultureInfo Culture => RuleLanguage.English;

    public override string Pick(string indonesian, string? english) => english ?? indonesian;

    public override string YesNo(bool value) => value ? "yes" : "no";

    public override string Severity(FluentValidation.Severity severity) => severity.ToString().ToLowerInvariant();

    // NationalHoliday → national holiday: the value's own name, in words.
    public override string Name(Enum value) => RuleLanguage.NameOf(value, Culture);

    public override string NoRuleBroken => "No rule broken.";

    public override string Findings(int errors, int others) => $"{errors} error(s), {others} warning(s) or note(s).";

    public override string At => "at";

    public override string RegionsTitle(LocalDate date, int count) => $"Regions as of {Date(date)}: {count}";

    public override string[] RegionsHeaders => ["Code", "Name", "Kind", "Autonomous", "Zone", "Centre"];

    public override string CentresTitle(LocalDate date) => $"Training centres as of {Date(date)}";

    public override string[] CentresHeaders => ["Code", "Name", "Zone", "Provinces", "Kab/kota (all)", "Autonomous (planned)", "Provenance"];

    public override string Mixed => "mixed";

    public override string None => "none";

    public override string RegionsBeforeData(LocalDate asked, LocalDate from) =>
        $"--as-of {Date(asked)} is before the region data: it holds from {Date(from)}.";

    public override string CentresFootnote =>
        "Kab/kota (all) counts every kabupaten/kota served, DKI Jakarta's six administrative ones included; Autonomous (planned) counts the autonomous ones, those bimtek plan invites. "
        + "Provenance: 'assumed' means no source was found for that service area; a host can replace it (BimtekOptions.ServiceAreas).";

    public override string NonWorkingTitle(int year, int count, int onWeekends) =>
        $"Holidays, collective leave, polling days and closures {year}: {count}" + (onWeekends > 0 ? $" ({onWeekends} of them on a weekend)" : string.Empty);

    public override string OnWeekend => "(weekend)";

    public override string[] NonWorkingHeaders => ["Date", "Day", "Kind", "Name", "Decree"];

    public override string HostClosure => "host closure";

    public override string HoursTitle(int year, string label, string zoneId, string offset, int workingDays) =>
        $"Working hours {year} in {label} ({zoneId}, UTC{offset}); {workingDays} working days";

    public override string[] HoursHeaders => ["In force", "Days", "Working time", "Break", "JP", "Decree", "Provenance"];

    public override string InForce(LocalDate? from, LocalDate? until) => (from, until) switch
    {
        (null, null) => "always",
        (null, { } u) => $"until {Date(u)} (excl.)",
        ({ } f, null) => $"from {Date(f)}",
        ({ } f, { } u) => $"{Date(f)} to {Date(u)} (excl.)",
    };

    public override string CalendarFootnote => "Weekdays not listed are not working days. Ramadan hours are not modelled.";

    public override string AssumedHoursFootnote =>
        "Provenance 'assumed': the decree no longer prescribes this timetable (Perpres 21/2023 leaves it to each agency); a host can replace it (BimtekOptions.WorkingHoursRules).";

    public override string Organiser(string organiser) => $"Organiser: {organiser}";

    public override string ProgrammeSummary(int fiscalYear, string mode, int totalJp, string status) =>
        $"Fiscal year {fiscalYear}, {mode}, {totalJp} JP, status {status}";

    public override string CurriculumTitle => "Curriculum";

    public override string[] CurriculumHeaders => ["Code", "Module", "JP", "Competencies"];

    public override string PhaseLine(string id, string name) => $"Phase {id}: {name}";

    public override string PhaseDetail(string level, LocalDate start, LocalDate end, string delivery, string? after, LocalDate? opened, string? official) =>
        $"  {level} level, {Date(start)} to {Date(end)}, delivery {delivery}"
        + (after is null ? string.Empty : $", after phase {after}")
        + (opened is { } o ? $", opened {Date(o)} by {official}" : string.Empty);

    public override string PerRegion(int participants, string audience) => $"  per region ({participants}): {audience}";

    public override string Completion(decimal minimumAttendance, decimal passMark, string evaluations) =>
        $"Completion: attendance ≥ {Number(minimumAttendance)} %, score ≥ {Number(passMark)}, evaluations: {evaluations}";

    public override string AssumptionsHeading(int count) => $"Assumed: {count} assumption(s), as the sources record them:";

    public override string ValidationVerdict(int findings) => findings == 0 ? "Validation: no rule broken." : $"Validation: {findings} finding(s).";

    public override string RulesTitle(int count) => $"{count} rules";

    public override string[] RulesHeaders => ["Code", "Severity", "Message"];

    public override string PlanTitle(string programme, string phase, int capacity, string mode) => $"{programme} · {phase} · {capacity} per class, {mode}";

    public override string[] PlanHeaders => ["Dates", "Session", "Centre", "Regions", "Participants", "Zones"];

    public override string Days(int days) => $"{days} days";

    public override string PlanCost(Rendering.PlanSummary s) =>
        $"{Count(s.Classes)} class(es)" + (s.FewestPossibleClasses is { } fewest ? $" (the fewest possible: {Count(fewest)})" : string.Empty)
        + $" for {Count(s.Participants)} participants; {Count(s.ClassDays)} class-day(s)"
        + (s.FirstDay is { } first && s.LastDay is { } last ? $" from {Date(first)} to {Date(last)}, classes on {Count(s.DaysWithClasses)} day(s)" : string.Empty)
        + (s.Cost is { } c ? $"; {Count(c.ProvinceSplits)} province(s) split across classes, {Count(c.MixedZoneClasses)} class(es) mixing time zones, at most {Count(c.PeakClassesPerDay)} class(es) a day." : ".");

    public override string PageWritten(string file) => $"Timetable page written to {file} (open it in a browser; it works offline and prints on A4 landscape).";

    public override string NotPlanned(int count, string regions) => $"{count} region(s) not planned: {regions}";

    public override string ValidatorOnPlan => "Validator on the plan: ";

    public override string ScheduleWritten(string file) => $"Schedule written to {file}; check it with: bimtek validate --schedule {file}";

    public override string AttendanceTitle(decimal minimum) => $"Attendance (minimum {Number(minimum)} % of applicable JP)";

    public override string[] AttendanceHeaders => ["Session", "NIP (masked)", "Attended JP", "Applicable JP", "%", "Attendance met"];

    public override string AttendanceSummary(int participants, int rejected) => $"{participants} participant(s); {rejected} row(s) rejected.";

    public override string InvitesTitle(int files, int events) => $"Calendar invites: {Count(files)} file(s), {Count(events)} event(s)";

    public override string[] InvitesHeaders => ["File", "For", "Sessions", "Events"];

    public override string SiasnPayloadsTitle(int payloads, string? written) =>
        $"SIASN riwayat kursus: {Count(payloads)} payload(s)" + (written is null ? " (checked, not written: give --out F)" : $" written to {written}");

    public override string[] SiasnPayloadsHeaders => ["Certificate", "NIP (masked)", "Course", "JP", "Year", "Dates"];

    public override string SiasnProvenance => "Field names as public SIASN client code sends them (assumed: no official specification was found); every reference id from the mapping.";

    public override string SiasnLedgerTitle(int minimum) => $"JP per official and year: on record in SIASN and from certificates (minimum {minimum} JP a year)";

    public override string[] SiasnLedgerHeaders => ["NIP (masked)", "Year", "SIASN JP", "Certificate JP", "Total JP", "Minimum met"];

    public override string ResolutionSummary(string document, string format, int rows, int resolved, int[] bySteps, int ambiguous, int unresolved, int hostRows, int guestRows) =>
        $"{document} ({format}): {Count(rows)} row(s); {Count(resolved)} resolved (by e-mail {Count(bySteps[0])}, NIP in the name {Count(bySteps[1])}, name {Count(bySteps[2])}, host mapping {Count(bySteps[3])}), {Count(ambiguous)} ambiguous, {Count(unresolved)} unresolved; {Count(hostRows)} host row(s), {Count(guestRows)} guest row(s).";

    public override string ReportSummary(string programme, int read, int refused, decimal passMark) =>
        $"Programme {programme}: {read} row(s) read, {refused} refused; pass mark {Number(passMark)} (inclusive).";

    public override string ReportLegend =>
        "g of means: Hake's class gain from the mean pre- and post-test; mean g: the average of participants' own gains (n/a: pre-test already 100).";

    public override string[] ReportScopes => ["Classes", "Centres", "Provinces", "Programme"];

    public override string[] ReportHeaders(string grades) =>
        ["key", "n", "regions reached", "completed", "attended", "pre", "post", "g of means", "mean g", "passed", grades, "top gaps"];

    public override string NotApplicable(int count) => $"({count} n/a)";

    public override string EmptyRowsOmitted(int count) => $"{count} row(s) without participants left out (--include-empty lists them).";

    public override string CellsShortened(int count, int max) => $"{count} key(s) longer than {max} characters are shortened with … in the tables (--json prints them whole).";

}
