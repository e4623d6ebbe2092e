using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Text;

/// <summary>
/// Every text of the tool's own that a person reads (titles, table headers, verdicts, names of values), one subclass
/// per language: <see cref="English"/> and <see cref="Indonesian"/>. Rule messages come from the package, asked for in
/// <see cref="Culture"/>; nothing here or anywhere in the tool sets the thread's culture.
/// </summary>
/// <remarks>Dates and numbers in the tool's texts are ISO and invariant (<c>2020-06-01</c>, <c>66.66</c>) in both
/// languages, as in the package's messages; names of days and of values are in the language.</remarks>
internal abstract class CliText
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Gets the English texts.</summary>
    public static CliText English { get; } = new EnglishText();

    /// <summary>Gets the Indonesian texts.</summary>
    public static CliText Indonesian { get; } = new IndonesianText();

    /// <summary>Gets the <c>--lang</c> value: <c>en</c> or <c>id</c>.</summary>
    public abstract string Language { get; }

    /// <summary>Gets the culture rule messages are asked for in: en-GB or id-ID.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>The texts of a <c>--lang</c> value.</summary>
    public static CliText? Of(string language) => language switch
    {
        "en" => English,
        "id" => Indonesian,
        _ => null,
    };

    /// <summary>The <c>--lang</c> value, so that help shows <c>[default: en]</c>.</summary>
    public override string ToString() => Language;

    protected static string Date(LocalDate date) => IsoDate.Format(date);

    protected static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Thousands grouped the way each language reads them (4,064 / 4.064); the figure itself is exact.
    protected string Count(int value) => value.ToString("#,0", Culture);

    // ---- shared
    /// <summary>Picks the text of a value the package holds in both languages (e.g. a holiday's name).</summary>
    public abstract string Pick(string indonesian, string? english);

    public abstract string YesNo(bool value);

    public abstract string Severity(FluentValidation.Severity severity);

    public abstract string Name(Enum value);

    public string DayName(IsoDayOfWeek day) => Culture.DateTimeFormat.GetDayName(BclDay(day));

    public string ShortDayName(IsoDayOfWeek day) => Culture.DateTimeFormat.GetAbbreviatedDayName(BclDay(day));

    public abstract string NoRuleBroken { get; }

    public abstract string Findings(int errors, int others);

    public abstract string At { get; }

    // ---- regions
    public abstract string RegionsTitle(LocalDate date, int count);

    public abstract string[] RegionsHeaders { get; }

    // ---- centres
    public abstract string CentresTitle(LocalDate date);

    public abstract string[] CentresHeaders { get; }

    public abstract string Mixed { get; }

    public abstract string None { get; }

    public abstract string CentresFootnote { get; }

    public abstract string RegionsBeforeData(LocalDate asked, LocalDate from);

    // ---- calendar
    public abstract string NonWorkingTitle(int year, int count, int onWeekends);

    public abstract string OnWeekend { get; }

    public abstract string[] NonWorkingHeaders { get; }

    public abstract string HostClosure { get; }

    public abstract string HoursTitle(int year, string label, string zoneId, string offset, int workingDays);

    public abstract string[] HoursHeaders { get; }

    public abstract string InForce(LocalDate? from, LocalDate? until);

    public abstract string CalendarFootnote { get; }

    public abstract string AssumedHoursFootnote { get; }

    // ---- programme
    public abstract string Organiser(string organiser);

    public abstract string ProgrammeSummary(int fiscalYear, string mode, int totalJp, string status);

    public abstract string CurriculumTitle { get; }

    public abstract string[] CurriculumHeaders { get; }

    public abstract string PhaseLine(string id, string name);

    public abstract string PhaseDetail(string level, LocalDate start, LocalDate end, string delivery, string? after, LocalDate? opened, string? official);

    public abstract string PerRegion(int participants, string audience);

    public abstract string Completion(decimal minimumAttendance, decimal passMark, string evaluations);

    public abstract string AssumptionsHeading(int count);

    public abstract string ValidationVerdict(int findings);

    // ---- rules
    public abstract string RulesTitle(int count);

    public abstract string[] RulesHeaders { get; }

    // ---- plan
    public abstract string PlanTitle(string programme, string phase, int capacity, string mode);

    public abstract string[] PlanHeaders { get; }

    public abstract string Days(int days);

    public abstract string PlanCost(Rendering.PlanSummary summary);

    public abstract string PageWritten(string file);

    public abstract string NotPlanned(int count, string regions);

    public abstract string ValidatorOnPlan { get; }

    public abstract string ScheduleWritten(string file);

    // ---- attendance
    public abstract string AttendanceTitle(decimal minimum);

    public abstract string[] AttendanceHeaders { get; }

    public abstract string AttendanceSummary(int participants, int rejected);

    public abstract string InvitesTitle(int files, int events);

    public abstract string[] InvitesHeaders { get; }

    public abstract string SiasnPayloadsTitle(int payloads, string? written);

    public abstract string[] SiasnPayloadsHeaders { get; }

    public abstract string SiasnProvenance { get; }

    public abstract string SiasnLedgerTitle(int minimum);

    public abstract string[] SiasnLedgerHeaders { get; }

    /// <summary>How an export's rows were resolved: the counts per step are e-mail, NIP in the name, name, host mapping.</summary>
    public abstract string ResolutionSummary(string document, string format, int rows, int resolved, int[] bySteps, int ambiguous, int unresolved, int hostRows, int guestRows);

    // ---- report
    public abstract string ReportSummary(string programme, int read, int refused, decimal passMark);

    public abstract string ReportLegend { get; }

    public abstract string[] ReportScopes { get; }

    public abstract string[] ReportHeaders(string grades);

    public abstract string NotApplicable(int count);

    public abstract string EmptyRowsOmitted(int count);

    public abstract string CellsShortened(int count, int max);

    private static DayOfWeek BclDay(IsoDayOfWeek day) => day == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)day;
}
