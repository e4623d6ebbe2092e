using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>Attended JP per participant (NIPs masked) and every finding, for people (a table) or pipelines (JSON).</summary>
internal static class AttendanceOutput
{
    public static void Write(TextWriter output, List<SessionAttendance> results, List<RuleViolation> findings, decimal minimum, bool json, CliText text, NodaTime.Offset? writtenOffset = null)
    {
        var rows = results.SelectMany(r => r.Participants.Select(p => new
        {
            session = r.SessionId,
            nip = p.Nip.ToMaskedString(),
            attendedJp = p.AttendedJp.Value,
            applicableJp = p.ApplicableJp.Value,
            attendancePercent = Percent.Json(p.AttendancePercent?.Value),
            attendanceMet = p.MeetsMinimum,
        })).ToList();
        var violations = findings.Select(v => new
        {
            code = v.Code,
            severity = v.Severity.ToString().ToLowerInvariant(),
            message = RuleMessages.Of(v, text, writtenOffset),
            details = MaskedDetails.Of(v.Details, text),
        }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { minimumAttendancePercent = minimum, participants = rows, violations });
            return;
        }

        var table = TableOutput.Table(text.AttendanceTitle(minimum), text.AttendanceHeaders);
        foreach (var row in rows)
        {
            table.AddRow(
                row.session,
                row.nip,
                row.attendedJp.ToString(CultureInfo.InvariantCulture),
                row.applicableJp.ToString(CultureInfo.InvariantCulture),
                Percent.Text(row.attendancePercent),
                text.YesNo(row.attendanceMet));
        }

        TableOutput.Write(output, table);
        foreach (var (v, finding) in violations.Zip(findings))
        {
            output.WriteLine($"{text.Severity(finding.Severity)} {v.code}: {v.message}");
        }

        output.WriteLine(text.AttendanceSummary(rows.Count, findings.Count(f => f.Code is AttendanceRuleCodes.RowInvalid or AttendanceRuleCodes.LeaveBeforeJoin)));
    }
}
