namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The stable codes of the meeting-export rules (see <see cref="MeetingRules"/>).</summary>
/// <remarks>A code is a contract: it never changes once published. Messages name rows by line or JSON path, never by a
/// display name or e-mail.</remarks>
public static class MeetingRuleCodes
{
    /// <summary>The content matches no known export layout (fatal: <see cref="MeetingExportException"/>).</summary>
    public const string UnknownLayout = "Meetings.UnknownLayout";

    /// <summary>A Zoom "unique users" export: one total per person, no join or leave (fatal).</summary>
    public const string UniqueUsersLayout = "Meetings.UniqueUsersLayout";

    /// <summary>Every date of the file reads both day-first and month-first; the caller must say which (fatal).</summary>
    public const string DateOrderAmbiguous = "Meetings.DateOrderAmbiguous";

    /// <summary>A Google Meet CSV gives times of day only and no meeting date was given (fatal).</summary>
    public const string MeetingDateMissing = "Meetings.MeetingDateMissing";

    /// <summary>A row's field is missing or unreadable (a time, a duration, a JSON value of the wrong kind); the row is skipped.</summary>
    public const string FieldInvalid = "Meetings.FieldInvalid";

    /// <summary>A row leaves before it joins; the row is skipped.</summary>
    public const string LeaveBeforeJoin = "Meetings.LeaveBeforeJoin";

    /// <summary>A row's reported duration differs from its join–leave interval by more than a minute; the interval is kept.</summary>
    public const string DurationMismatch = "Meetings.DurationMismatch";

    /// <summary>A row lies wholly outside the meeting the export describes; it is kept and the calculator clips it.</summary>
    public const string OutsideMeeting = "Meetings.OutsideMeeting";

    /// <summary>Rows of people still in the waiting room are not presence; they are left out.</summary>
    public const string WaitingRoomExcluded = "Meetings.WaitingRoomExcluded";

    /// <summary>The export gives only first join and last exit: presence between them is assumed continuous.</summary>
    public const string ContinuityAssumed = "Meetings.ContinuityAssumed";

    /// <summary>A row matches no enrolled official by any resolution step.</summary>
    public const string Unresolved = "Meetings.Unresolved";

    /// <summary>A row matches two or more enrolled officials; it is not guessed.</summary>
    public const string Ambiguous = "Meetings.Ambiguous";
}
