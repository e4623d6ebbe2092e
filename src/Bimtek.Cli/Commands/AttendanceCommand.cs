using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Attendance;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek attendance --schedule F [--programme F] --logs F [--json] [--lang id|en]</c>: attended JP and the attendance part of
/// completion per participant, from a virtual-meeting log in CSV (<c>nip,session,join,leave</c>).
/// </summary>
/// <remarks>
/// The CSV is untrusted input tokenised with Sep and read by the package (<c>AttendanceLogFile</c>). A bad row is
/// reported with its line number and rule and skipped, never dropped silently. NIPs are always shown masked: the tool
/// has no option that reveals them. Exit codes: 0 every row read, 1 some rows rejected, 2 a file cannot be read or lacks a column.
/// </remarks>
internal static class AttendanceCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var programme = CommonOptions.Programme();
        var logs = CommonOptions.File("--logs", "The meeting log, CSV with a header: nip,session,join,leave (ISO 8601 instants with offset; leave may be blank).", required: true);
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("attendance", "Attended JP and attendance completion per participant, from virtual-meeting logs.")
        {
            schedule, programme, logs, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadProgramme(p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var path = parsed.GetValue(logs)!;
            var written = new WrittenOffset();
            var builder = ProgressDisplay.Run(context, parsed.GetValue(json), $"Reading {path}", progress => InputFile.ReadAttendanceLog(path, progress, written));
            var log = builder.Build();
            var calculator = context.Get<IAttendanceCalculator>();
            var completion = loaded.Programme.CompletionPolicy;
            var results = loaded.Sessions.Where(s => log.CountFor(s.Id) > 0).Select(s => calculator.Calculate(s, log, completion)).ToList();
            var findings = builder.Rejected.Concat(log.FindUnknownSessions(loaded.Sessions.Select(s => s.Id))).Concat(results.SelectMany(r => r.Findings)).ToList();
            AttendanceOutput.Write(context.Output, results, findings, completion.MinimumAttendancePercent, parsed.GetValue(json), parsed.GetValue(lang)!, written.Single);
            return builder.Rejected.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
