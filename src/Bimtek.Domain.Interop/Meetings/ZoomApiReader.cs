using System.Text.Json;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Zoom's report API (<c>GET /report/meetings/{id}/participants</c>): pages with <c>participants[]</c> of <c>id, user_id,
/// name, user_email, join_time, leave_time, duration</c>; <c>duration</c> in seconds, times UTC ISO 8601. One page, or an
/// array of pages. A participant whose <c>status</c> is <c>in_waiting_room</c> is not presence.
/// </summary>
internal static class ZoomApiReader
{
    public static MeetingReport Read(JsonElement root, MeetingReadOptions options)
    {
        var builder = new ReportBuilder(MeetingFormat.ZoomApi, options);
        foreach (var (page, pagePath) in JsonExport.Pages(root))
        {
            foreach (var (item, path) in JsonExport.Items(page, pagePath, "participants"))
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    builder.Reject(path, "participant", new Bimtek.Domain.Common.RuleText("bukan objek", "not an object"));
                    continue;
                }

                if (string.Equals(JsonExport.String(item, "status"), "in_waiting_room", StringComparison.OrdinalIgnoreCase))
                {
                    builder.WaitingRoomRows++;
                    continue;
                }

                if (!JsonExport.TryInstant(builder, item, path, "join_time", required: true, out var join)
                    || !JsonExport.TryInstant(builder, item, path, "leave_time", required: false, out var leave))
                {
                    continue;
                }

                Duration? reported = JsonExport.TryNumber(item, "duration", out var seconds) ? Duration.FromSeconds(seconds) : null;
                builder.AddInstant(path, JsonExport.String(item, "name") ?? string.Empty, JsonExport.String(item, "user_email"), join!.Value, leave, reported, MeetingRole.Attendee, continuity: false);
            }
        }

        return builder.Build();
    }
}
