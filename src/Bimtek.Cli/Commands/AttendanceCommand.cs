using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek attendance --schedule F [--programme F] --logs F [--logs F…] [--format …] [--zone Z] [--date-order dmy|mdy]
/// [--date D] [--roster F] [--session ID] [--json] [--lang id|en]</c>: attended JP and the attendance part of completion
/// per participant, from the tool's own log (<c>nip,session,join,leave</c>) or from what Zoom, Teams or Google Meet export.
/// </summary>
/// <remarks>
/// The own CSV is tokenised with Sep and read by the package (<c>AttendanceLogFile</c>); a platform's export is read by
/// the interop package (<c>MeetingExportReader</c>) and its people resolved to the roster's NIPs
/// (<c>IdentityResolver</c>), with counts per step and every unresolved or ambiguous row by line. A bad row is reported
/// with its line number and rule and skipped, never dropped silently. NIPs are always shown masked, names and e-mails
/// never. Exit codes: 0 every row read and resolved, 1 some rows rejected, unresolved or ambiguous, 2 a file cannot be
/// read, lacks a column or its layout or date order cannot be told.
/// </remarks>
internal static class AttendanceCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var programme = CommonOptions.Programme();
        var logs = new Option<string[]>("--logs")
        {
            Description = "The meeting log: the tool's CSV (nip,session,join,leave; ISO 8601 instants with offset; leave may be blank), or a platform's export (Zoom, Teams, Google Meet; repeat --logs for one export per day of the session).",
            HelpName = "FILE",
            Required = true,
        };
        var format = MeetingOptions.Format();
        var zone = CommonOptions.Zone();
        zone.Description = "The zone of the export's local times (the Zoom account's, the Teams organiser's): WIB, WITA, WIT or an IANA id; default: the session centre's zone.";
        var dateOrder = MeetingOptions.DateOrder();
        var date = MeetingOptions.MeetingDate();
        var roster = MeetingOptions.Roster();
        var session = MeetingOptions.Session();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("attendance", "Attended JP and attendance completion per participant, from virtual-meeting logs or Zoom, Teams and Google Meet exports.")
        {
            schedule, programme, logs, format, zone, dateOrder, date, roster, session, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadProgramme(p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var paths = parsed.GetValue(logs)!;
            var chosen = parsed.GetValue(format);
            var own = chosen == MeetingFormat.Bimtek || (chosen is null && paths.Length == 1 && InputFile.IsBimtekLog(paths[0]));
            if (own && paths.Length > 1)
            {
                throw new CliUsageException("--logs is given more than once: the tool's own log holds every session and day; give one file.");
            }

            return own
                ? OwnLog(context, loaded, paths[0], parsed.GetValue(json), parsed.GetValue(lang)!)
                : Exports(context, loaded, new MeetingExports.Request(paths, chosen, parsed.GetValue(zone), parsed.GetValue(dateOrder), parsed.GetValue(date), parsed.GetValue(roster), parsed.GetValue(session)), parsed.GetValue(json), parsed.GetValue(lang)!);
        });
        return command;
    }

    private static int OwnLog(CliContext context, Schedule loaded, string path, bool json, Text.CliText lang)
    {
        var written = new WrittenOffset();
        var builder = ProgressDisplay.Run(context, json, $"Reading {path}", progress => InputFile.ReadAttendanceLog(path, progress, written));
        var log = builder.Build();
        var calculator = context.Get<IAttendanceCalculator>();
        var completion = loaded.Programme.CompletionPolicy;
        var results = loaded.Sessions.Where(s => log.CountFor(s.Id) > 0).Select(s => calculator.Calculate(s, log, completion)).ToList();
        var findings = builder.Rejected.Concat(log.FindUnknownSessions(loaded.Sessions.Select(s => s.Id))).Concat(results.SelectMany(r => r.Findings)).ToList();
        AttendanceOutput.Write(context.Output, results, findings, completion.MinimumAttendancePercent, json, lang, written.Single);
        return builder.Rejected.Count > 0 ? 1 : 0;
    }

    private static int Exports(CliContext context, Schedule loaded, MeetingExports.Request request, bool json, Text.CliText lang)
    {
        var read = MeetingExports.Read(context, loaded, request);
        var log = read.Builder.Build();
        var completion = loaded.Programme.CompletionPolicy;
        var result = context.Get<IAttendanceCalculator>().Calculate(read.Session, log, completion);
        var findings = read.Builder.Rejected.Concat(result.Findings).ToList();
        AttendanceOutput.Write(context.Output, [result], findings, completion.MinimumAttendancePercent, json, lang, resolution: read.Readings);
        var troubled = read.Readings.Any(r => r.Report.RejectedRows > 0 || r.Resolution.Unresolved > 0 || r.Resolution.Ambiguous > 0);
        return troubled || read.Builder.Rejected.Count > 0 ? 1 : 0;
    }
}
