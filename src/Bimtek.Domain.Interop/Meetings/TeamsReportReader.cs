using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Microsoft Teams' attendance report as downloaded: a <c>.csv</c> that is UTF-16 LE with a BOM and tab-separated, in
/// sections <c>1. Summary</c>, <c>2. Participants</c>, <c>3. In-Meeting Activities</c> (capitalisation varies by version).
/// The activities give one row per join; a report without them falls back to the participants' first join and last
/// leave, marked continuous-assumed. The older attendance list (<c>Full Name</c>, <c>User Action</c>, <c>Timestamp</c>: one
/// row per <c>Joined</c> / <c>Joined before</c> / <c>Left</c>) is paired into intervals per person. Dates follow the organiser's locale (<c>15/11/22, 09:30:17</c>, <c>11/26/25, 4:16:54 PM</c>).
/// </summary>
internal static class TeamsReportReader
{
    public static MeetingReport Read(string text, MeetingReadOptions options)
    {
        var rows = ExportText.Rows(text, ExportText.SeparatorOf(text));
        var builder = new ReportBuilder(MeetingFormat.Teams, options);
        Summary(rows, builder);

        // Prefer the activities (every join); else the participants section (first join, last leave).
        var headerAt = rows.FindIndex(r => ColumnMap.RowHas(r, "Join Time") && ColumnMap.RowHas(r, "Leave Time"));
        if (headerAt < 0 && rows.FindIndex(r => ColumnMap.RowHas(r, "User Action") && ColumnMap.RowHas(r, "Timestamp")) is var actionsAt and >= 0)
        {
            return ReadActions(rows, actionsAt, builder, options);
        }

        var continuity = false;
        if (headerAt < 0)
        {
            headerAt = rows.FindIndex(r => ColumnMap.RowHas(r, "First Join") && ColumnMap.RowHas(r, "Last Leave"));
            continuity = true;
        }

        if (headerAt < 0)
        {
            throw MeetingExportReader.Unknown(options, rows.FirstOrDefault().Line, "no header with 'Join Time' and 'Leave Time' (3. In-Meeting Activities) or 'First Join' and 'Last Leave' (2. Participants)");
        }

        var header = new ColumnMap(rows[headerAt].Fields);
        int name = header.Find("Name", "Full Name"), email = header.Find("Email", "Participant ID (UPN)"), role = header.Find("Role");
        int join = header.Find("Join Time", "First Join"), leave = header.Find("Leave Time", "Last Leave"), duration = header.Find("Duration", "In-Meeting Duration");
        if (name < 0)
        {
            throw MeetingExportReader.Unknown(options, rows[headerAt].Line, "the header lacks 'Name'");
        }

        for (var r = headerAt + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.IsBlank)
            {
                continue;
            }

            // The next numbered section ends this one.
            if (row.Fields.Length == 1 || IsSectionTitle(row.Field(0)))
            {
                break;
            }

            Duration? reported = null;
            if (duration >= 0 && row.Field(duration) is { Length: > 0 } d)
            {
                if (!ExportDuration.TryParse(d, out var parsed))
                {
                    builder.Reject(ReportBuilder.LineOf(row.Line), "Duration", new RuleText("bukan durasi seperti 1h 2m 10s", "not a duration such as 1h 2m 10s"));
                    continue;
                }

                reported = parsed;
            }

            builder.AddText(row.Line, row.Field(name), row.Field(email), row.Field(join), row.Field(leave), reported, RoleOf(row.Field(role)), continuity);
        }

        return builder.Build();
    }

    // The attendance list older Teams versions downloaded: "Full Name<TAB>User Action<TAB>Timestamp", one row per action
    // ("Joined", "Joined before" for those already in when the list began, "Left"); no e-mail, no role.
    private static MeetingReport ReadActions(List<TextRow> rows, int headerAt, ReportBuilder builder, MeetingReadOptions options)
    {
        var header = new ColumnMap(rows[headerAt].Fields);
        int name = header.Find("Full Name", "Name"), action = header.Find("User Action"), stamp = header.Find("Timestamp");
        if (name < 0)
        {
            throw MeetingExportReader.Unknown(options, rows[headerAt].Line, "the header lacks 'Full Name'");
        }

        for (var r = headerAt + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.IsBlank)
            {
                continue;
            }

            var what = row.Field(action).Trim();
            var joined = what.StartsWith("Joined", StringComparison.OrdinalIgnoreCase);
            if (!joined && !what.Equals("Left", StringComparison.OrdinalIgnoreCase))
            {
                builder.Reject(ReportBuilder.LineOf(row.Line), "User Action", new RuleText("bukan Joined, Joined before atau Left", "not Joined, Joined before or Left"));
                continue;
            }

            builder.AddAction(row.Line, row.Field(name), row.Field(stamp), joined);
        }

        return builder.Build();
    }

    internal static bool IsSectionTitle(string cell) =>
        cell.Length > 3 && char.IsAsciiDigit(cell[0]) && cell[1] == '.' && cell[2] == ' ';

    // Summary rows are "key<TAB>value": "Start time"/"Meeting Start Time", "End time"/"Meeting End Time".
    private static void Summary(List<TextRow> rows, ReportBuilder builder)
    {
        string? start = null, end = null;
        foreach (var row in rows)
        {
            if (row.Fields.Length < 2)
            {
                continue;
            }

            var key = row.Field(0);
            if (key.Equals("Start time", StringComparison.OrdinalIgnoreCase) || key.Equals("Meeting Start Time", StringComparison.OrdinalIgnoreCase))
            {
                start ??= row.Field(1);
            }
            else if (key.Equals("End time", StringComparison.OrdinalIgnoreCase) || key.Equals("Meeting End Time", StringComparison.OrdinalIgnoreCase))
            {
                end ??= row.Field(1);
            }
        }

        if (start is not null && end is not null)
        {
            builder.MeetingText(start, end);
        }
    }

    private static MeetingRole RoleOf(string role) => role.Trim().ToUpperInvariant() switch
    {
        "ORGANIZER" or "ORGANISER" or "CO-ORGANIZER" or "CO-ORGANISER" or "PRESENTER" => MeetingRole.Host,
        "EXTERNAL" or "GUEST" or "ANONYMOUS" => MeetingRole.Guest,
        _ => MeetingRole.Attendee,
    };
}
