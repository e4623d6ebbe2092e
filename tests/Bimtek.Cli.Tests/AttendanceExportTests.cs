using System.Text.Json;
using Bimtek.Domain.Interop.Meetings;

namespace Bimtek.Cli.Tests;

/// <summary><c>bimtek attendance</c> on what Zoom, Teams and Google Meet export, with the roster resolving people to NIPs.</summary>
public class AttendanceExportTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Roster = Sample("roster.csv");

    // Every name fragment, e-mail and NIP of the samples' invented people: none may be printed.
    private static readonly string[] PersonalData =
        ["Sutrisno", "Wibowo", "Rina", "Kusumawati", "Agus", "Prasetyo", "Nurhaliza", "Tamu", "example.go.id", "example.com", "197905122005011003", "198211302009012004", "199001072015031001", "198506202010122002"];

    public static TheoryData<string, string, string[]> Exports => new()
    {
        { "zoom-classic.csv", "zoom", [] },
        { "zoom-web.csv", "zoom", [] },
        { "zoom-api.json", "zoom-api", [] },
        { "teams-report.csv", "teams", [] },
        { "teams-report-utf8.csv", "teams", [] },
        { "teams-attendance-list.csv", "teams", [] },
        { "teams-graph.json", "teams-graph", [] },
        { "meet.csv", "meet", ["--date", "2020-06-18"] },
        { "meet-api.json", "meet-api", [] },
    };

    [Fact]
    public void Attendance_OfAZoomExportWithARoster_ResolvesPeopleAndCountsEachStep()
    {
        var (exit, output, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", Roster, "--json");

        exit.Should().Be(1, "one guest row matches no enrolled official: " + error);
        var root = JsonDocument.Parse(output).RootElement;
        var export = root.GetProperty("exports").EnumerateArray().Should().ContainSingle().Subject;
        export.GetProperty("format").GetString().Should().Be("zoom");
        (export.GetProperty("rows").GetInt32(), export.GetProperty("resolved").GetInt32(), export.GetProperty("unresolved").GetInt32(), export.GetProperty("ambiguous").GetInt32())
            .Should().Be((6, 4, 1, 0));
        var by = export.GetProperty("resolvedBy");
        (by.GetProperty("email").GetInt32(), by.GetProperty("nipInName").GetInt32(), by.GetProperty("name").GetInt32(), by.GetProperty("hostMapping").GetInt32())
            .Should().Be((2, 1, 1, 0));
        (export.GetProperty("hostRows").GetInt32(), export.GetProperty("guestRows").GetInt32()).Should().Be((1, 5));

        // Every enrolled official of the session is listed, the absent one with 0 JP.
        root.GetProperty("participants").EnumerateArray().Select(p => (p.GetProperty("nip").GetString(), p.GetProperty("attendedJp").GetInt32())).Should().Equal(
            ("1979************03", 4), ("1982************04", 4), ("1985************02", 0), ("1990************01", 4));
        var unresolved = root.GetProperty("violations").EnumerateArray().Should().ContainSingle(v => v.GetProperty("code").GetString() == MeetingRuleCodes.Unresolved).Subject;
        unresolved.GetProperty("message").GetString().Should().Contain("zoom-classic.csv: line 10");
    }

    [Fact]
    public void Attendance_OfAnExport_PrintsTheResolutionSummaryForPeople()
    {
        var (_, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", Roster);

        output.Should().Contain("(zoom): 6 row(s); 4 resolved (by e-mail 2, NIP in the name 1, name 1, host mapping 0), 0 ambiguous, 1 unresolved; 1 host row(s), 5 guest row(s).");
        output.Should().Contain("Meetings.Unresolved").And.Contain("line 10");
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Attendance_OfEverySampleExport_IsReadAndNeverPrintsPersonalData(string sample, string format, string[] extra)
    {
        foreach (var args in new[] { new[] { "--json" }, ["--lang", "id"], [] })
        {
            var (exit, output, error) = CliRunner.Run(["attendance", "--schedule", Schedule, "--logs", Sample(sample), "--roster", Roster, .. extra, .. args]);

            exit.Should().BeOneOf([0, 1], error);
            error.Should().BeEmpty();
            output.Should().NotContainAny(PersonalData);
            if (args is ["--json"])
            {
                JsonDocument.Parse(output).RootElement.GetProperty("exports")[0].GetProperty("format").GetString().Should().Be(format);
            }
        }
    }

    [Fact]
    public void Attendance_FormatGiven_IsObeyedAndAWrongOneIsRefused()
    {
        CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-api.json"), "--roster", Roster, "--format", "zoom-api").ExitCode.Should().Be(0);

        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-api.json"), "--roster", Roster, "--format", "teams");

        exit.Should().Be(2);
        error.Should().Contain(MeetingRuleCodes.UnknownLayout).And.Contain("zoom-api.json");
    }

    [Fact]
    public void Attendance_DateOrderGiven_IsObeyed_DayFirstDatesReadMonthFirstAreRejectedByLine()
    {
        var (exit, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("teams-report.csv"), "--roster", Roster, "--date-order", "mdy", "--json");

        exit.Should().Be(1);
        var rejected = JsonDocument.Parse(output).RootElement.GetProperty("exports")[0].GetProperty("rejectedRows").GetInt32();
        rejected.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Attendance_TwoExportsOfOneSession_AreAddedTogether()
    {
        var one = CliRunner.Json("attendance", "--schedule", Schedule, "--logs", Sample("teams-graph.json"), "--roster", Roster, "--json");
        var (_, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("teams-graph.json"), "--logs", Sample("teams-report.csv"), "--roster", Roster, "--json");
        var two = JsonDocument.Parse(output).RootElement;

        two.GetProperty("exports").GetArrayLength().Should().Be(2);
        Sum(two).Should().BeGreaterThanOrEqualTo(Sum(one));

        static int Sum(JsonElement root) => root.GetProperty("participants").EnumerateArray().Sum(p => p.GetProperty("attendedJp").GetInt32());
    }

    [Theory]
    [InlineData("--roster")]
    public void Attendance_OfAnExportWithoutRoster_IsRefusedNamingTheOption(string option)
    {
        var (exit, output, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"));

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bimtek: ").And.Contain(option).And.Contain("zoom-classic.csv");
    }

    [Fact]
    public void Attendance_OfAMeetCsvWithoutItsDate_IsRefusedNamingTheOption()
    {
        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("meet.csv"), "--roster", Roster);

        exit.Should().Be(2);
        error.Should().Contain(MeetingRuleCodes.MeetingDateMissing).And.Contain("--date YYYY-MM-DD");
    }

    [Fact]
    public void Attendance_OfAFileWhoseDatesReadBothWays_IsRefusedAskingForTheOrder()
    {
        var file = Temp("ambiguous.csv", "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\nA B,,06/07/2020 08:00:00,06/07/2020 10:00:00,120,No\n");

        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", file, "--roster", Roster);

        exit.Should().Be(2);
        error.Should().Contain(MeetingRuleCodes.DateOrderAmbiguous).And.Contain("--date-order dmy|mdy");
    }

    [Fact]
    public void Attendance_WithABadRosterRow_IsRefusedNamingItsLineAndFieldNotItsValue()
    {
        var roster = Temp("roster.csv", "nip,name,email,session\n197905122005011003,A B,a@example.org,BDI-YOG-2020-06\n19790512200501100,C D,c@example.org,BDI-YOG-2020-06\n198211302009012004,E F,not-an-email,BDI-YOG-2020-06\n");

        var (exit, output, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", roster);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("roster.csv: line 3: field 'nip' is not a valid NIP").And.Contain("also line(s) 4");
        error.Should().NotContain("19790512200501100").And.NotContain("not-an-email");
    }

    [Fact]
    public void Attendance_RosterLackingAColumn_IsRefused()
    {
        var roster = Temp("roster-no-name.csv", "nip,email\n197905122005011003,a@example.org\n");

        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", roster);

        exit.Should().Be(2);
        error.Should().Contain("line 1").And.Contain("'name'");
    }

    [Fact]
    public void Attendance_RosterOfSeveralSessions_NeedsTheSessionAndRefusesAnUnknownOne()
    {
        var roster = Temp("roster-two.csv", "nip,name,session\n197905122005011003,A B,BDI-YOG-2020-06\n198211302009012004,C D,BDI-SBY-2020-06\n");

        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", roster);
        exit.Should().Be(2);
        error.Should().Contain("--session");

        var (unknown, _, message) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", roster, "--session", "NO-SUCH");
        unknown.Should().Be(2);
        message.Should().Contain("--session 'NO-SUCH'");
    }

    [Fact]
    public void Attendance_RosterAlias_ResolvesByTheHostsMapping()
    {
        // The unresolved guest's display name, as the host would copy it into the roster's alias column.
        var guest = File.ReadAllLines(Sample("zoom-classic.csv"))[9].Split(',')[0];
        var roster = Temp("roster-alias.csv", $"nip,name,email,session,alias\n198506202010122002,Hj. Siti Nurhaliza,,BDI-YOG-2020-06,{guest}\n");
        var (_, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", Roster, "--json");

        var (exit, mapped, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", roster, "--json");

        JsonDocument.Parse(output).RootElement.GetProperty("exports")[0].GetProperty("resolvedBy").GetProperty("hostMapping").GetInt32().Should().Be(0);
        JsonDocument.Parse(mapped).RootElement.GetProperty("exports")[0].GetProperty("resolvedBy").GetProperty("hostMapping").GetInt32().Should().Be(1, error);
        exit.Should().BeOneOf(0, 1);
    }

    [Theory]
    [InlineData("--format", "webex", "--format 'webex' is not a layout")]
    [InlineData("--date-order", "ymd", "--date-order 'ymd' is not a date order")]
    [InlineData("--date", "18/06/2020", "--date '18/06/2020' is not a date")]
    [InlineData("--zone", "CET", "--zone 'CET' is not an Indonesian time zone")]
    public void Attendance_BadOptionValue_IsAUsageErrorNamingIt(string option, string value, string expected)
    {
        var (exit, _, error) = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", Sample("zoom-classic.csv"), "--roster", Roster, option, value);

        exit.Should().Be(2);
        error.Should().Contain(expected);
    }

    [Fact]
    public void Attendance_OwnLogWithFormatAuto_IsReadAsBefore()
    {
        var logs = Repository.File("seeds", "attendance", "synthetic-attendance-log.csv");

        var auto = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", logs, "--json");
        var given = CliRunner.Run("attendance", "--schedule", Schedule, "--logs", logs, "--format", "bimtek", "--json");

        given.Should().Be(auto);
        JsonDocument.Parse(auto.Output).RootElement.TryGetProperty("exports", out _).Should().BeFalse();
    }

    private static string Sample(string name) => Repository.File("samples", "meetings", name);

    private static string Temp(string name, string content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "bimtek-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
