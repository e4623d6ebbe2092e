using System.Globalization;
using Bimtek.Cli.Commands;
using Bimtek.Cli.Text;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Meetings;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// Attended JP per participant (NIPs masked) and every finding, for people (a table) or pipelines (JSON); for a
/// platform's export, also how its rows were resolved to officials (counts per step; unresolved and ambiguous by line).
/// </summary>
internal static class AttendanceOutput
{
    public static void Write(TextWriter output, List<SessionAttendance> results, List<RuleViolation> findings, decimal minimum, bool json, CliText text, NodaTime.Offset? writtenOffset = null, IReadOnlyList<MeetingExports.Reading>? resolution = null)
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

        // Each export's own findings (rows skipped, warnings) and its resolution's, named by file and line.
        var all = findings.Select(f => (Finding: f, Document: (string?)null))
            .Concat((resolution ?? []).SelectMany(r => r.Report.Findings.Concat(r.Resolution.Findings).Select(f => (Finding: f, Document: (string?)r.Document))))
            .ToList();
        var violations = all.Select(v => new
        {
            code = v.Finding.Code,
            severity = v.Finding.Severity.ToString().ToLowerInvariant(),
            message = (v.Document is null ? string.Empty : v.Document + ": ") + RuleMessages.Of(v.Finding, text, writtenOffset),
            details = MaskedDetails.Of(v.Finding.Details, text),
        }).ToList();
        var exports = resolution?.Select(Summary).ToList();
        if (json)
        {
            if (exports is null)
            {
                JsonOutput.Write(output, new { minimumAttendancePercent = minimum, participants = rows, violations });
            }
            else
            {
                JsonOutput.Write(output, new { minimumAttendancePercent = minimum, participants = rows, violations, exports });
            }

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
        foreach (var export in exports ?? [])
        {
            output.WriteLine(text.ResolutionSummary(export.Document, export.Format, export.Rows, export.Resolved, [export.ResolvedBy.Email, export.ResolvedBy.NipInName, export.ResolvedBy.Name, export.ResolvedBy.HostMapping], export.Ambiguous, export.Unresolved, export.HostRows, export.GuestRows));
        }

        foreach (var (v, finding) in violations.Zip(all))
        {
            output.WriteLine($"{text.Severity(finding.Finding.Severity)} {v.code}: {v.message}");
        }

        var rejected = all.Count(f => f.Finding.Code is AttendanceRuleCodes.RowInvalid or AttendanceRuleCodes.LeaveBeforeJoin || (f.Document is not null && f.Finding.Severity == FluentValidation.Severity.Error));
        output.WriteLine(text.AttendanceSummary(rows.Count, rejected));
    }

    private static ExportSummary Summary(MeetingExports.Reading reading)
    {
        var r = reading.Resolution;
        return new ExportSummary(
            reading.Document,
            MeetingOptions.NameOf(reading.Report.Format),
            reading.Report.Rows.Count,
            reading.Report.RejectedRows,
            reading.Report.WaitingRoomRows,
            reading.Report.ContinuityAssumed,
            r.Resolved,
            new StepCounts(r.ResolvedBy[ResolutionStep.Email], r.ResolvedBy[ResolutionStep.NipInName], r.ResolvedBy[ResolutionStep.Name], r.ResolvedBy[ResolutionStep.HostMapping]),
            r.Ambiguous,
            r.Unresolved,
            r.HostRows,
            r.GuestRows);
    }

    // Written camelCase by JsonOutput: document, format, rows, …, resolvedBy.nipInName.
    private sealed record ExportSummary(string Document, string Format, int Rows, int RejectedRows, int WaitingRoomRows, bool ContinuityAssumed, int Resolved, StepCounts ResolvedBy, int Ambiguous, int Unresolved, int HostRows, int GuestRows);

    private sealed record StepCounts(int Email, int NipInName, int Name, int HostMapping);
}
