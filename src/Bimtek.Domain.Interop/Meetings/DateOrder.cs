namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The order of day and month in an export's numeric dates (they follow the organiser's locale).</summary>
public enum DateOrder
{
    /// <summary>Detect it from the file: a first number above 12 means day-first, a second above 12 month-first, AM/PM
    /// alone means US month-first; a file where every date reads both ways is refused.</summary>
    Detect = 0,

    /// <summary>Day first: <c>15/11/22</c> (Indonesian, British locales).</summary>
    DayMonth = 1,

    /// <summary>Month first: <c>11/26/25</c> (US locale).</summary>
    MonthDay = 2,
}
