using System.Text.Json;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Microsoft Graph's <c>attendanceRecords</c> (<c>GET …/attendanceReports/{id}/attendanceRecords</c>): pages with
/// <c>value[]</c> of <c>emailAddress</c>, <c>role</c>, <c>identity.displayName</c> and <c>attendanceIntervals[]</c>
/// (<c>joinDateTime</c>, <c>leaveDateTime</c> UTC, <c>durationInSeconds</c>). One page, or an array of pages.
/// </summary>
internal static class TeamsGraphReader
{
    public static MeetingReport Read(JsonElement root, MeetingReadOptions options)
    {
        var builder = new ReportBuilder(MeetingFormat.TeamsGraph, options);
        foreach (var (page, pagePath) in JsonExport.Pages(root))
        {
            foreach (var (record, recordPath) in JsonExport.Items(page, pagePath, "value"))
            {
                var name = JsonExport.Object(record, "identity") is { } identity ? JsonExport.String(identity, "displayName") ?? string.Empty : string.Empty;
                var email = JsonExport.String(record, "emailAddress");
                var role = JsonExport.String(record, "role")?.ToUpperInvariant() switch
                {
                    "ORGANIZER" or "CO-ORGANIZER" or "PRESENTER" => MeetingRole.Host,
                    "EXTERNAL" or "GUEST" or "ANONYMOUS" => MeetingRole.Guest,
                    _ => MeetingRole.Attendee,
                };
                foreach (var (interval, path) in JsonExport.Items(record, recordPath, "attendanceIntervals"))
                {
                    if (!JsonExport.TryInstant(builder, interval, path, "joinDateTime", required: true, out var join)
                        || !JsonExport.TryInstant(builder, interval, path, "leaveDateTime", required: false, out var leave))
                    {
                        continue;
                    }

                    Duration? reported = JsonExport.TryNumber(interval, "durationInSeconds", out var seconds) ? Duration.FromSeconds(seconds) : null;
                    builder.AddInstant(path, name, email, join!.Value, leave, reported, role, continuity: false);
                }
            }
        }

        return builder.Build();
    }
}
