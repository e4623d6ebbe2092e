using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Zoom's participants report CSV, both layouts in use: the classic one (<c>Name (Original Name),User Email,Join Time,
/// Leave Time,Duration (Minutes),Guest[,Recording Consent]</c>) and the web-portal one (<c>Name (original name),Email,
/// Join time,Leave time,Duration (minutes),Guest,Recording disclaimer response,In waiting room</c>), each optionally
/// after a meeting block and a blank row. One row per join: rejoins and second devices are rows of their own.
/// </summary>
internal static class ZoomCsvReader
{
    internal static readonly string[] NameColumns = ["Name (Original Name)", "Name (original name)", "Name"];
    internal const string TotalDuration = "Total Duration (Minutes)";

    public static MeetingReport Read(string text, MeetingReadOptions options)
    {
        // The rows above the header (the meeting block) are kept; those below are read one at a time.
        using var all = ExportText.Enumerate(text, ',').GetEnumerator();
        var above = new List<TextRow>();
        TextRow? found = null;
        while (found is null && all.MoveNext())
        {
            var r = all.Current;
            if (ColumnMap.RowHas(r, "Name (Original Name)") || (ColumnMap.RowHas(r, "Name") && ColumnMap.RowHas(r, "Join Time")))
            {
                found = r;
            }
            else
            {
                above.Add(r);
            }
        }

        var builder = new ReportBuilder(MeetingFormat.Zoom, options);
        if (found is not { } headerRow)
        {
            throw MeetingExportReader.Unknown(options, above.FirstOrDefault().Line, "no 'Name (Original Name)' header row");
        }

        var header = new ColumnMap(headerRow.Fields);
        if (!header.Has("Join Time"))
        {
            if (header.Has(TotalDuration, "Total duration (minutes)"))
            {
                throw MeetingExportReader.UniqueUsers(options, headerRow.Line);
            }

            throw MeetingExportReader.Unknown(options, headerRow.Line, "the header lacks 'Join Time'");
        }

        int name = header.Find(NameColumns), email = header.Find("User Email", "Email"), join = header.Find("Join Time"), leave = header.Find("Leave Time");
        int duration = header.Find("Duration (Minutes)"), guest = header.Find("Guest"), waiting = header.Find("In waiting room", "In Waiting Room");
        if (leave < 0)
        {
            throw MeetingExportReader.Unknown(options, headerRow.Line, "the header lacks 'Leave Time'");
        }

        var hostEmail = MeetingBlock(above, above.Count, builder);
        while (all.MoveNext())
        {
            var row = all.Current;
            if (row.IsBlank)
            {
                continue;
            }

            if (waiting >= 0 && IsYes(row.Field(waiting)))
            {
                builder.WaitingRoomRows++;
                continue;
            }

            Duration? reported = null;
            if (duration >= 0 && row.Field(duration) is { Length: > 0 } minutes)
            {
                if (int.TryParse(minutes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m))
                {
                    reported = Duration.FromMinutes(m);
                }
                else
                {
                    builder.Reject(ReportBuilder.LineOf(row.Line), "Duration (Minutes)", new Bimtek.Domain.Common.RuleText("bukan bilangan menit", "not a whole number of minutes"));
                    continue;
                }
            }

            var mail = row.Field(email);
            var role = hostEmail is not null && string.Equals(mail.Trim(), hostEmail, StringComparison.OrdinalIgnoreCase) ? MeetingRole.Host
                : IsYes(row.Field(guest)) ? MeetingRole.Guest
                : MeetingRole.Attendee;
            builder.AddText(row.Line, row.Field(name), mail, row.Field(join), row.Field(leave), reported, role, continuity: false);
        }

        return builder.Build();
    }

    // The block above the participants: classic "Meeting ID,Topic,Start Time,End Time,User Email,…" or web-portal
    // "Topic,ID,Host,Duration (minutes),Start time,End time,Participants"; its values are on the next row.
    private static string? MeetingBlock(List<TextRow> rows, int headerAt, ReportBuilder builder)
    {
        for (var r = 0; r + 1 < headerAt; r++)
        {
            var block = new ColumnMap(rows[r].Fields);
            int start = block.Find("Start Time"), end = block.Find("End Time");
            if (start >= 0 && end >= 0)
            {
                var values = rows[r + 1];
                builder.MeetingText(values.Field(start), values.Field(end));
                var host = values.Field(block.Find("User Email", "Host Email"));
                return host.Length > 0 && host.Contains('@') ? host.Trim() : null;
            }
        }

        return null;
    }

    private static bool IsYes(string value) => value.Equals("Yes", StringComparison.OrdinalIgnoreCase) || value.Equals("Y", StringComparison.OrdinalIgnoreCase);
}
