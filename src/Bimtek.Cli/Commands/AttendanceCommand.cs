using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek attendance --schedule F --logs F [--json] [--lang id|en]</c>: attended JP and the attendance part of
/// completion per participant, from a virtual-meeting log in CSV (<c>nip,session,join,leave</c>).
/// </summary>
/// <remarks>
/// The CSV is untrusted input read with Sep. A bad row is reported with its line number and rule and skipped, never
/// dropped silently. NIPs are always shown masked: the tool has no option that reveals them. Exit codes: 0 every row
/// read, 1 some rows rejected, 2 a file cannot be read or lacks a column.
/// </remarks>
internal static class AttendanceCommand
{
    private static readonly string[] Columns = ["nip", "session", "join", "leave"];

    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.File("--schedule", "The schedule JSON file (as bimtek validate reads it).");
        schedule.Required = true;
        var logs = CommonOptions.File("--logs", "The meeting log, CSV with a header: nip,session,join,leave (ISO 8601 instants with offset; leave may be blank).");
        logs.Required = true;
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("attendance", "Attended JP and attendance completion per participant, from virtual-meeting logs.")
        {
            schedule, logs, json, lang,
        };
        command.SetAction(parsed =>
        {
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programme: null);
            var builder = ReadLog(parsed.GetValue(logs)!);
            var log = builder.Build();
            var calculator = context.Get<IAttendanceCalculator>();
            var completion = loaded.Programme.CompletionPolicy;
            var results = loaded.Sessions.Where(s => log.CountFor(s.Id) > 0).Select(s => calculator.Calculate(s, log, completion)).ToList();
            var findings = builder.Rejected.Concat(log.FindUnknownSessions(loaded.Sessions.Select(s => s.Id))).Concat(results.SelectMany(r => r.Findings)).ToList();
            Write(context.Output, results, findings, completion.MinimumAttendancePercent, CommonOptions.Culture(parsed.GetValue(lang)), parsed.GetValue(json));
            return builder.Rejected.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static AttendanceLogBuilder ReadLog(FileInfo file)
    {
        var builder = new AttendanceLogBuilder();
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(file.FullName);
            var index = new int[Columns.Length];
            for (var c = 0; c < Columns.Length; c++)
            {
                if (!reader.Header.TryIndexOf(Columns[c], out index[c]))
                {
                    throw new CliUsageException($"{file.Name}: the header lacks column '{Columns[c]}'; expected nip,session,join,leave.");
                }
            }

            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                if (row.ColCount != reader.Header.ColNames.Count)
                {
                    builder.RejectRow(line, $"expected {reader.Header.ColNames.Count} fields, got {row.ColCount}");
                    continue;
                }

                builder.AddRow(line, row[index[0]].ToString(), row[index[1]].ToString(), row[index[2]].ToString(), row[index[3]].ToString());
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {PersonalData(ex.Message)}");
        }

        return builder;
    }

    private static void Write(
        TextWriter output, List<SessionAttendance> results, List<RuleViolation> findings, decimal minimum, CultureInfo culture, bool json)
    {
        var rows = results.SelectMany(r => r.Participants.Select(p => new
        {
            session = r.SessionId,
            nip = p.Nip.ToMaskedString(),
            attendedJp = p.AttendedJp.Value,
            applicableJp = p.ApplicableJp.Value,
            attendancePercent = p.AttendancePercent?.Value,
            attendanceMet = p.MeetsMinimum,
        })).ToList();
        var violations = findings.Select(v => new
        {
            code = v.Code,
            severity = v.Severity.ToString().ToLowerInvariant(),
            message = v.Rule.Format(culture, v.Details),
            details = v.Details,
        }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { minimumAttendancePercent = minimum, participants = rows, violations });
            return;
        }

        var table = TableOutput.Table($"Attendance (minimum {minimum.ToString(CultureInfo.InvariantCulture)} % of applicable JP)", "Session", "NIP (masked)", "Attended JP", "Applicable JP", "%", "Attendance met");
        foreach (var row in rows)
        {
            table.AddRow(
                row.session,
                row.nip,
                row.attendedJp.ToString(CultureInfo.InvariantCulture),
                row.applicableJp.ToString(CultureInfo.InvariantCulture),
                row.attendancePercent?.ToString(CultureInfo.InvariantCulture) ?? "-",
                row.attendanceMet ? "yes" : "no");
        }

        TableOutput.Write(output, table);
        foreach (var v in violations)
        {
            output.WriteLine($"{v.severity} {v.code}: {v.message}");
        }

        output.WriteLine($"{rows.Count} participant(s); {findings.Count(f => f.Code is AttendanceRuleCodes.RowInvalid or AttendanceRuleCodes.LeaveBeforeJoin)} row(s) rejected.");
    }

    // Sep's messages may quote a row; a NIP in it is masked.
    private static string PersonalData(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\d(?:[\d .]*\d){9,}", m => new string('*', m.Length));
}
