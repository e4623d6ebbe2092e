using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Calendar.CalendarRuleCodes;

namespace Bimtek.Domain.Calendar;

/// <summary>The working calendar's configuration rules: code, severity and messages in Indonesian and English.</summary>
public static class CalendarRules
{
    private static readonly RuleBook Book = new(
        "Calendar",
        [
            new(HoursRulesOverlap, Severity.Error, "Aturan jam kerja '{Rule}' dan '{OtherRule}' sama-sama berlaku untuk {Days} mulai {From}.", "Working-hours rules '{Rule}' and '{OtherRule}' both cover {Days} from {From}."),
            new(NoHoursRuleInForce, Severity.Error, "Tidak ada aturan jam kerja yang berlaku dari {From} s.d. {Until}, padahal periode itu memiliki data hari libur.", "No working-hours rule is in force from {From} to {Until}, a period with holiday data."),
            new(DuplicateHoliday, Severity.Error, "{Date} memiliki {Count} entri hari libur ({Names}); berikan satu entri per tanggal.", "{Date} has {Count} holiday entries ({Names}); give one entry per date."),
            new(InvalidLessonHourLength, Severity.Error, "Panjang jam pelajaran {Minutes} menit bukan bilangan bulat menit yang positif dan kurang dari sehari (standarnya 45 menit).", "The lesson-hour length of {Minutes} minutes is not a positive whole number of minutes shorter than a day (the standard is 45 minutes)."),
            new(UnknownClosureProvince, Severity.Error, "Penutupan '{Reason}' pada {Date} menyebut provinsi {Province}, yang tidak dikenal direktori wilayah.", "Closure '{Reason}' on {Date} names province {Province}, which the region directory does not know."),
            new(NullEntry, Severity.Error, "Daftar {List} berisi entri kosong (null).", "The {List} list contains a null entry."),
        ]);

    /// <summary>Gets every calendar rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="CalendarRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No calendar rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}
