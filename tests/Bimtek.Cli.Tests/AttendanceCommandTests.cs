using System.Text.Json;
using Bimtek.Domain.Attendance;

namespace Bimtek.Cli.Tests;

public class AttendanceCommandTests
{
    private static readonly string Schedule = Path.Combine(Repository.Root, "seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Logs = Path.Combine(Repository.Root, "seeds", "attendance", "synthetic-attendance-log.csv");

    [Fact]
    public void Attendance_OfTheSyntheticLog_GivesJpAndCompletionPerParticipant()
    {
        var (exit, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs, "--json");

        exit.Should().Be(1, "four rows are rejected");
        var root = JsonDocument.Parse(output).RootElement;
        var participants = root.GetProperty("participants").EnumerateArray()
            .Select(p => (Nip: p.GetProperty("nip").GetString(), Jp: p.GetProperty("attendedJp").GetInt32(), Met: p.GetProperty("attendanceMet").GetBoolean()))
            .ToList();
        participants.Should().Equal(
            ("1975************03", 3, false),
            ("1980************01", 6, true),
            ("1982************02", 6, true),
            ("1988************04", 4, false));
        root.GetProperty("participants")[3].GetProperty("attendancePercent").GetDecimal().Should().Be(66.66m);
    }

    [Fact]
    public void Attendance_ReportsEveryBadRowByLineNumber()
    {
        var (_, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs, "--json");

        var violations = JsonDocument.Parse(output).RootElement.GetProperty("violations").EnumerateArray().ToList();
        var rejected = violations.Where(v => v.GetProperty("details").TryGetProperty("Line", out _))
            .Select(v => (Code: v.GetProperty("code").GetString(), Line: v.GetProperty("details").GetProperty("Line").GetInt32()))
            .ToList();
        rejected.Should().Equal(
            (AttendanceRuleCodes.RowInvalid, 12),
            (AttendanceRuleCodes.LeaveBeforeJoin, 13),
            (AttendanceRuleCodes.RowInvalid, 14));
        violations.Select(v => v.GetProperty("code").GetString()).Should().Contain(
            [AttendanceRuleCodes.UnknownSession, AttendanceRuleCodes.LeaveMissing, AttendanceRuleCodes.EventsOutsideSession]);
    }

    [Fact]
    public void Attendance_NeverPrintsAnUnmaskedNip()
    {
        var nips = File.ReadAllLines(Logs).Skip(1).Select(l => l.Split(',')[0].Trim('"')).Select(n => n.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)).ToList();

        foreach (var args in new[] { new[] { "--json" }, ["--lang", "id"], [] })
        {
            var (_, output, error) = CliRunner.Run(["attendance", "--schedule", Schedule, "--logs", Logs, .. args]);

            foreach (var nip in nips)
            {
                output.Should().NotContain(nip);
                error.Should().NotContain(nip);
            }
        }
    }

    [Fact]
    public void Attendance_Table_ListsMaskedNipsAndTheRejectedCount()
    {
        var (exit, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs);

        exit.Should().Be(1);
        output.Should().Contain("1980************01").And.Contain("4 participant(s); 3 row(s) rejected.");
    }

    [Fact]
    public void Attendance_WhenTheHeaderLacksAColumn_ExitsWith2NamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"logs-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "nip,session,join\n198001012005031901,BDI-YOG-2020-06,2020-06-18T08:00:00+07:00\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", path);

            exit.Should().Be(2);
            error.Should().Contain("'leave'");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Attendance_WhenTheLogIsMissing_ExitsWith2()
    {
        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Path.Combine(Path.GetTempPath(), "no-such-log.csv"));

        exit.Should().Be(2);
        error.Should().Contain("no-such-log.csv");
    }
}
