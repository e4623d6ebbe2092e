namespace Bimtek.Domain.Calendar;

/// <summary>The stable codes of the working calendar's configuration rules (see <see cref="CalendarRules"/>), which <see cref="CalendarConfigurationException"/> reports.</summary>
/// <remarks>A code never changes once published; the message text may.</remarks>
public static class CalendarRuleCodes
{
    /// <summary>Two working-hours rules cover the same weekday on the same date.</summary>
    public const string HoursRulesOverlap = "Calendar.HoursRulesOverlap";

    /// <summary>A date of a year with holiday data has no working-hours rule in force, so its hours are unknown.</summary>
    public const string NoHoursRuleInForce = "Calendar.NoHoursRuleInForce";

    /// <summary>Two holiday entries share a date (a date with two names is one entry, as 13 May 2021 is).</summary>
    public const string DuplicateHoliday = "Calendar.DuplicateHoliday";

    /// <summary>The lesson-hour length is not a positive whole number of minutes shorter than a day.</summary>
    public const string InvalidLessonHourLength = "Calendar.InvalidLessonHourLength";

    /// <summary>A closure names a province the region directory does not know.</summary>
    public const string UnknownClosureProvince = "Calendar.UnknownClosureProvince";

    /// <summary>A list of holidays, rules or closures contains <see langword="null"/>.</summary>
    public const string NullEntry = "Calendar.NullEntry";
}
