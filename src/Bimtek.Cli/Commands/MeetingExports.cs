using Bimtek.Domain.Attendance;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Cli.Commands;

/// <summary>
/// A platform's exports of one session's meetings (one per day, say) into an attendance log: each read by the package's
/// <see cref="MeetingExportReader"/>, its rows resolved to the roster's officials by <see cref="IdentityResolver"/>.
/// </summary>
internal static class MeetingExports
{
    /// <summary>What the tool was told about the exports.</summary>
    public sealed record Request(IReadOnlyList<string> Paths, MeetingFormat? Format, DateTimeZone? Zone, DateOrder? Order, LocalDate? Date, string? RosterPath, string? SessionId);

    /// <summary>One export read and resolved, with the file it came from as the user typed it.</summary>
    public sealed record Reading(string Document, MeetingReport Report, ResolutionResult Resolution);

    /// <summary>The session's log, the session with the roster's officials as participants, and each export's reading.</summary>
    public sealed record Result(AttendanceLogBuilder Builder, TrainingSession Session, IReadOnlyList<Reading> Readings);

    public static Result Read(CliContext context, Schedule schedule, Request request)
    {
        var first = request.Paths[0];
        if (request.RosterPath is not { } rosterPath)
        {
            throw new CliUsageException($"{first} is a meeting platform's export: it names people, not NIPs. Give --roster F (nip,name[,email][,session]) to resolve them.");
        }

        var roster = InputFile.ReadRoster(rosterPath);
        var session = SessionOf(schedule, roster, request.SessionId, rosterPath);

        // Officials enrolled in this session, or in no named session: a roster of one session need not repeat its id.
        var officials = roster.Officials.Where(o => roster.SessionsOf(o.Nip) is var s && (s.Count == 0 || s.Contains(session.Id, StringComparer.Ordinal))).ToList();
        if (officials.Count == 0)
        {
            throw new CliUsageException($"{rosterPath}: no official is enrolled in session '{session.Id}'.");
        }

        // Local times are the organiser's: the session centre's zone unless the user says otherwise.
        var zone = request.Zone ?? context.Get<ICentreDirectory>().FindCentre(session.Centre)?.TimeZone
            ?? throw new CliUsageException($"session '{session.Id}' names centre {session.Centre}, which is not known; give --zone.");
        var resolver = new IdentityResolver(officials);
        var builder = new AttendanceLogBuilder();
        var readings = new List<Reading>();
        foreach (var path in request.Paths)
        {
            var options = new MeetingReadOptions(zone, request.Order ?? DateOrder.Detect, request.Date, path, request.Format);
            var report = InputFile.ReadMeetingExport(path, options);
            var resolution = resolver.Resolve(report, roster.Resolution);
            resolution.AddTo(builder, session.Id);
            readings.Add(new Reading(path, report, resolution));
        }

        var enrolled = session.Participants.Concat(officials.Select(o => o.Nip)).Distinct();
        return new Result(builder, session.WithParticipants(enrolled), readings);
    }

    private static TrainingSession SessionOf(Schedule schedule, Roster roster, string? sessionId, string rosterPath)
    {
        if (sessionId is null)
        {
            var named = roster.Nips.SelectMany(roster.SessionsOf).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count != 1)
            {
                throw new CliUsageException(named.Count == 0
                    ? $"{rosterPath} names no session; give --session ID (the session the meeting is of)."
                    : $"{rosterPath} names {named.Count} sessions; give --session ID (the session the meeting is of).");
            }

            sessionId = named[0];
        }

        return schedule.Sessions.FirstOrDefault(s => s.Id == sessionId)
            ?? throw new CliUsageException($"--session {CommonOptions.Shown(sessionId)}: the schedule has no such session.");
    }
}
