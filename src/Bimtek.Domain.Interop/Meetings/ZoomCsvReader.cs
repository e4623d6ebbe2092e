using System.Globalization;
using nietras.SeparatedValues;
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

    public static MeetingReport Read(string text, MeetingReadOptions options) =>
        text.Length == 0 ? Read((SepReader?)null, options) : Read(ExportText.Open(text, ','), options);

    /// <summary>Reads the export as it is decoded (a large file need not be one string).</summary>
    public static MeetingReport Read(TextReader text, MeetingReadOptions options) => Read(ExportText.Open(text, ','), options);

    private static MeetingReport Read(SepReader? sep, MeetingReadOptions options)
    {
        // The rows above the header (the meeting block) are kept as text; those below are read one at a time, their
        // fields as spans of Sep's buffer: a million rows make no string but the names and e-mails a person has.
        var above = new List<TextRow>();
        var builder = new ReportBuilder(MeetingFormat.Zoom, options);
        Columns? columns = null;
        if (sep is not null)
        {
            using var reader = sep;
            var pool = new TextPool();
            foreach (var sepRow in reader)
            {
                if (columns is { } known)
                {
                    ReadRow(sepRow, known, builder, pool);
                    continue;
                }

                var r = ExportText.RowOf(sepRow);
                if (ColumnMap.RowHas(r, "Name (Original Name)") || (ColumnMap.RowHas(r, "Name") && ColumnMap.RowHas(r, "Join Time")))
                {
                    columns = Header(r, above, builder, options);
                }
                else
                {
                    above.Add(r);
                }
            }
        }

        if (columns is null)
        {
            throw MeetingExportReader.Unknown(options, above.FirstOrDefault().Line, "no 'Name (Original Name)' header row");
        }

        return builder.Build();
    }

    private static Columns Header(TextRow headerRow, List<TextRow> above, ReportBuilder builder, MeetingReadOptions options)
    {
        var header = new ColumnMap(headerRow.Fields);
        if (!header.Has("Join Time"))
        {
            if (header.Has(TotalDuration, "Total duration (minutes)"))
            {
                throw MeetingExportReader.UniqueUsers(options, headerRow.Line);
            }

            throw MeetingExportReader.Unknown(options, headerRow.Line, "the header lacks 'Join Time'");
        }

        var columns = new Columns(
            header.Find(NameColumns), header.Find("User Email", "Email"), header.Find("Join Time"), header.Find("Leave Time"), header.Find("Duration (Minutes)"),
            header.Find("Guest"), header.Find("In waiting room", "In Waiting Room"), null);
        if (columns.Leave < 0)
        {
            throw MeetingExportReader.Unknown(options, headerRow.Line, "the header lacks 'Leave Time'");
        }

        return columns with { HostEmail = MeetingBlock(above, above.Count, builder) };
    }

    // Sep unescapes a column in place when it is read, so each column is read once, into the fields it stands for.
    private static void ReadRow(SepReader.Row row, Columns c, ReportBuilder builder, TextPool pool)
    {
        ReadOnlySpan<char> name = default, email = default, join = default, leave = default, duration = default, guest = default, waiting = default;
        var blank = true;
        for (var i = 0; i < row.ColCount; i++)
        {
            var field = row[i].Span;
            blank &= field.IsEmpty;
            name = i == c.Name ? field : name;
            email = i == c.Email ? field : email;
            join = i == c.Join ? field : join;
            leave = i == c.Leave ? field : leave;
            duration = i == c.Duration ? field : duration;
            guest = i == c.Guest ? field : guest;
            waiting = i == c.Waiting ? field : waiting;
        }

        var line = row.LineNumberFrom;
        if (blank)
        {
            return;
        }

        if (IsYes(waiting))
        {
            builder.WaitingRoomRows++;
            return;
        }

        Duration? reported = null;
        if (!duration.IsEmpty)
        {
            if (int.TryParse(duration, NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                reported = Duration.FromMinutes(m);
            }
            else
            {
                builder.Reject(ReportBuilder.LineOf(line), "Duration (Minutes)", new Bimtek.Domain.Common.RuleText("bukan bilangan menit", "not a whole number of minutes"));
                return;
            }
        }

        var role = c.HostEmail is not null && email.Trim().Equals(c.HostEmail, StringComparison.OrdinalIgnoreCase) ? MeetingRole.Host
            : IsYes(guest) ? MeetingRole.Guest
            : MeetingRole.Attendee;
        builder.AddText(line, pool.Get(name), pool.Get(email), join, leave, reported, role, continuity: false);
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

    private static bool IsYes(ReadOnlySpan<char> value) => value.Equals("Yes", StringComparison.OrdinalIgnoreCase) || value.Equals("Y", StringComparison.OrdinalIgnoreCase);

    // The participants' columns by position in this export (-1 when absent), and the host's e-mail from the meeting block.
    private readonly record struct Columns(int Name, int Email, int Join, int Leave, int Duration, int Guest, int Waiting, string? HostEmail);
}
