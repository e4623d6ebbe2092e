namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The meeting-platform export layouts the package reads (see <see cref="MeetingExportReader"/>).</summary>
public enum MeetingFormat
{
    /// <summary>The package's own log, CSV <c>nip,session,join,leave</c>: read it with the core's <c>AttendanceLogFile</c>.</summary>
    Bimtek = 1,

    /// <summary>Zoom participants report CSV, the classic layout (<c>Name (Original Name),User Email,Join Time,…</c>) or the
    /// web-portal one (<c>Name (original name),Email,Join time,…,In waiting room</c>), each with or without its meeting block.</summary>
    Zoom = 2,

    /// <summary>Zoom report API JSON (<c>GET /report/meetings/{id}/participants</c>): one page or an array of pages;
    /// <c>duration</c> in seconds, times UTC.</summary>
    ZoomApi = 3,

    /// <summary>Microsoft Teams attendance report as downloaded (UTF-16 LE with BOM, tab-separated, in sections), or a UTF-8 copy.</summary>
    Teams = 4,

    /// <summary>Microsoft Graph <c>attendanceRecords</c> JSON: one page (<c>value</c>) or an array of pages.</summary>
    TeamsGraph = 5,

    /// <summary>Google Meet attendance CSV (<c>First name, Last name, Email, Duration, Time joined, Time exited</c>): first join
    /// and last exit only, so presence is marked continuous-assumed.</summary>
    Meet = 6,

    /// <summary>Google Meet REST API JSON: <c>participants</c> and/or <c>participantSessions</c> list responses (one object,
    /// or an array of them).</summary>
    MeetApi = 7,
}
