using Bimtek.Cli.Rendering;

namespace Bimtek.Cli.Tests;

/// <summary>What a planner reads on the console: titles that count what they list, tables that fit, one percentage rule.</summary>
public class ConsoleOutputTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Logs = Repository.File("seeds", "attendance", "synthetic-attendance-log.csv");
    private static readonly string Results = Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv");

    [Fact]
    public void Calendar_TitleCountsWhatItListsAndMarksWeekendHolidays()
    {
        var (exit, output, _) = CliRunner.Run("calendar", "--year", "2020");

        exit.Should().Be(0);
        output.Should().Contain("Holidays, collective leave, polling days and closures 2020: 22 (3 of them on a weekend)")
            .And.Contain("Sunday (weekend)").And.Contain("national holiday").And.NotContain("NationalHoliday").And.NotContain("besides weekends");
    }

    [Fact]
    public void Regions_BeforeTheData_IsRefusedSayingFromWhenItHolds()
    {
        var (exit, output, error) = CliRunner.Run("regions", "--as-of", "1800-01-01");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("bimtek: --as-of 1800-01-01 is before the region data: it holds from 2020-01-01." + Environment.NewLine);
        CliRunner.Run("regions", "--as-of", "2020-01-01").ExitCode.Should().Be(0);
        CliRunner.Run("centres", "--as-of", "2019-12-31").ExitCode.Should().Be(2);
        CliRunner.Run("regions", "--as-of", "1800-01-01", "--lang", "id").Error.Should().Contain("data berlaku sejak 2020-01-01");
    }

    [Fact]
    public void Centres_ShowsAllAndAutonomousKabKotaLabelled()
    {
        var (_, output, _) = CliRunner.Run("centres", "--as-of", "2020-06-08");

        output.Should().Contain("Kab/kota (all)").And.Contain("Autonomous (planned)");
        var jakarta = output.Split('\n').Single(l => l.Contains("BDI-JKT", StringComparison.Ordinal));
        jakarta.Should().MatchRegex(@"│ 56\s+│ 50\s+│");
        var json = CliRunner.Json("centres", "--as-of", "2020-06-08", "--json").GetProperty("centres").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BDI-JKT");
        json.GetProperty("regencyCount").GetInt32().Should().Be(56);
        json.GetProperty("autonomousRegencyCount").GetInt32().Should().Be(50);
    }

    [Fact]
    public void Plan_ListsClassesByDateWithTheirSessionIdsAndTheCostInWords()
    {
        var (exit, output, _) = CliRunner.Run("plan");

        exit.Should().Be(0);
        var rows = output.Split('\n').Where(l => l.StartsWith("│ 2020-", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(10);
        rows.Select(r => r[2..12]).Should().BeInAscendingOrder(StringComparer.Ordinal);
        rows[0].Should().Contain("BDI-SBY-kabupaten-kota-01");
        output.Should().Contain("10 class(es) (the fewest possible: 10) for 3,556 participants; 12 class-day(s) from 2020-06-02 to 2020-06-17")
            .And.NotContain("objective");
    }

    [Fact]
    public void Report_FitsAnEightyColumnTerminalWithWholeKeysAndLeavesOutEmptyRows()
    {
        TableOutput.WidthOverride = 80;
        try
        {
            var (_, output, _) = CliRunner.Run("report", "--schedule", Schedule, "--results", Results);

            output.Split('\n').Where(l => l.StartsWith('│') || l.StartsWith('╭')).Should().OnlyContain(l => l.TrimEnd().Length <= 80);
            output.Should().Contain("BDI-SBY-2020-06").And.Contain("row(s) without participants left out (--include-empty lists them)");
            output.Should().NotContain("│ 11 ", "Aceh sent no result");

            var (_, everything, _) = CliRunner.Run("report", "--schedule", Schedule, "--results", Results, "--include-empty");
            everything.Should().Contain("│ 11 ").And.NotContain("without participants left out");
        }
        finally
        {
            TableOutput.WidthOverride = null;
        }
    }

    [Fact]
    public void Percentages_FollowOneRuleInAttendanceAndReport()
    {
        var attendance = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs).Output;
        attendance.Should().Contain("66.6 %").And.NotContain("66.66").And.NotContain("66.7");

        var json = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs, "--json").Output;
        json.Should().Contain("\"attendancePercent\": 66.66");
    }

    [Fact]
    public void Attendance_ShowsTimestampsOnTheClockTheLogWasWrittenIn()
    {
        var (_, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Logs);

        output.Should().Contain("leaves (2020-06-18 09:00:00 +07:00) before joining (2020-06-18 10:00:00 +07:00)").And.NotContain(" UTC)");
    }
}
