using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Google Meet's attendance CSV (<c>First name, Last name, Email, Duration, Time joined, Time exited</c>): one row per
/// person with first join and last exit as times of day (the date comes from the caller). Presence between them is
/// not recorded, so every row is marked continuous-assumed.
/// </summary>
internal static class MeetCsvReader
{
    public static MeetingReport Read(string text, MeetingReadOptions options)
    {
        var rows = ExportText.Rows(text, ExportText.SeparatorOf(text));
        var builder = new ReportBuilder(MeetingFormat.Meet, options);
        var headerAt = rows.FindIndex(r => ColumnMap.RowHas(r, "Time joined") && ColumnMap.RowHas(r, "Time exited"));
        if (headerAt < 0)
        {
            throw MeetingExportReader.Unknown(options, rows.FirstOrDefault().Line, "no header with 'Time joined' and 'Time exited'");
        }

        var header = new ColumnMap(rows[headerAt].Fields);
        int first = header.Find("First name"), last = header.Find("Last name"), email = header.Find("Email");
        int duration = header.Find("Duration"), join = header.Find("Time joined"), leave = header.Find("Time exited");
        for (var r = headerAt + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.IsBlank)
            {
                continue;
            }

            Duration? reported = null;
            if (duration >= 0 && row.Field(duration) is { Length: > 0 } d)
            {
                if (!ExportDuration.TryParse(d, out var parsed))
                {
                    builder.Reject(ReportBuilder.LineOf(row.Line), "Duration", new RuleText("bukan durasi seperti 1 hr 5 min", "not a duration such as 1 hr 5 min"));
                    continue;
                }

                reported = parsed;
            }

            var name = $"{row.Field(first)} {row.Field(last)}".Trim();
            builder.AddText(row.Line, name, row.Field(email), row.Field(join), row.Field(leave), reported, MeetingRole.Attendee, continuity: true);
        }

        return builder.Build();
    }
}
