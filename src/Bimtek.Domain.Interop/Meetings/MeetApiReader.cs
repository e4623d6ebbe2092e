using System.Text.Json;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Google Meet's REST API (<c>conferenceRecords.participants</c> and <c>….participants.participantSessions</c> list
/// responses, one object or an array of them): sessions give real intervals (<c>startTime</c>, <c>endTime</c>); a
/// participant without sessions gives <c>earliestStartTime</c>–<c>latestEndTime</c>, marked continuous-assumed. The API
/// has no e-mails: only display names (<c>signedinUser</c>, <c>anonymousUser</c>, <c>phoneUser</c>).
/// </summary>
internal static class MeetApiReader
{
    public static MeetingReport Read(JsonElement root, MeetingReadOptions options)
    {
        var builder = new ReportBuilder(MeetingFormat.MeetApi, options);
        var people = new Dictionary<string, (string Name, MeetingRole Role, JsonElement Item, string Path)>(StringComparer.Ordinal);
        var withSessions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, pagePath) in JsonExport.Pages(root))
        {
            foreach (var (item, path) in JsonExport.Items(page, pagePath, "participants"))
            {
                if (JsonExport.String(item, "name") is { Length: > 0 } id)
                {
                    people[id] = (NameOf(item, out var role), role, item, path);
                }
                else
                {
                    builder.Reject(path, "name", new Bimtek.Domain.Common.RuleText("tidak ada", "missing"));
                }
            }
        }

        foreach (var (page, pagePath) in JsonExport.Pages(root))
        {
            foreach (var (session, path) in JsonExport.Items(page, pagePath, "participantSessions"))
            {
                var id = JsonExport.String(session, "name") is { } sessionName && sessionName.IndexOf("/participantSessions/", StringComparison.Ordinal) is var cut and > 0
                    ? sessionName[..cut] : null;
                if (id is null || !people.TryGetValue(id, out var person))
                {
                    builder.Reject(path, "name", new Bimtek.Domain.Common.RuleText("sesi tanpa peserta yang dikenal", "a session of no listed participant"));
                    continue;
                }

                if (JsonExport.TryInstant(builder, session, path, "startTime", required: true, out var start)
                    && JsonExport.TryInstant(builder, session, path, "endTime", required: false, out var end))
                {
                    withSessions.Add(id);
                    builder.AddInstant(path, person.Name, null, start!.Value, end, null, person.Role, continuity: false);
                }
            }
        }

        foreach (var (id, person) in people)
        {
            if (!withSessions.Contains(id)
                && JsonExport.TryInstant(builder, person.Item, person.Path, "earliestStartTime", required: true, out var start)
                && JsonExport.TryInstant(builder, person.Item, person.Path, "latestEndTime", required: false, out var end))
            {
                builder.AddInstant(person.Path, person.Name, null, start!.Value, end, null, person.Role, continuity: true);
            }
        }

        return builder.Build();
    }

    private static string NameOf(JsonElement participant, out MeetingRole role)
    {
        role = MeetingRole.Attendee;
        if (JsonExport.Object(participant, "signedinUser") is { } signedIn)
        {
            return JsonExport.String(signedIn, "displayName") ?? string.Empty;
        }

        role = MeetingRole.Guest;
        var other = JsonExport.Object(participant, "anonymousUser") ?? JsonExport.Object(participant, "phoneUser");
        return other is { } o ? JsonExport.String(o, "displayName") ?? string.Empty : string.Empty;
    }
}
