using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

public class JsonReaderTests
{
    [Fact]
    public void Read_ZoomApiPages_ReadsEveryPageWithDurationInSeconds()
    {
        var report = Samples.Read("zoom-api.json");

        report.Format.Should().Be(MeetingFormat.ZoomApi);
        report.Rows.Should().HaveCount(3);
        report.Rows[2].Where.Should().Be("$[1].participants[0]");
        report.Rows[0].ReportedDuration.Should().Be(Duration.FromSeconds(21597));
        report.Rows[0].Join.Should().Be(Samples.Wib2020June18(7, 55, 12));
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Read_ZoomApiWaitingRoomAndBadTime_ExcludedAndReportedByPath()
    {
        const string json = """
            { "participants": [
              { "name": "A", "join_time": "2020-06-18T01:00:00Z", "leave_time": "2020-06-18T02:00:00Z", "duration": 3600, "status": "in_waiting_room" },
              { "name": "B", "join_time": "kemarin", "leave_time": "2020-06-18T02:00:00Z", "duration": 3600 },
              { "name": "C", "join_time": "2020-06-18T03:00:00Z", "leave_time": "2020-06-18T02:00:00Z", "duration": 3600 }
            ] }
            """;

        var report = MeetingExportReader.ReadText(json, new MeetingReadOptions(Samples.Wib));

        report.Rows.Should().BeEmpty();
        report.WaitingRoomRows.Should().Be(1);
        report.Findings.Select(f => (f.Code, f.Details.GetValueOrDefault("Where"))).Should().Equal(
            (MeetingRuleCodes.FieldInvalid, "$.participants[1]"),
            (MeetingRuleCodes.LeaveBeforeJoin, "$.participants[2]"),
            (MeetingRuleCodes.WaitingRoomExcluded, null));
    }

    [Fact]
    public void Read_TeamsGraph_ReadsEveryIntervalAndTheOrganiserRole()
    {
        var report = Samples.Read("teams-graph.json");

        report.Format.Should().Be(MeetingFormat.TeamsGraph);
        report.Rows.Should().HaveCount(3);
        report.Rows[0].Role.Should().Be(MeetingRole.Host);
        report.Rows[2].Where.Should().Be("$.value[1].attendanceIntervals[1]");
        report.Rows[2].Join.Should().Be(Samples.Wib2020June18(10, 10));
    }

    [Fact]
    public void Read_MeetApi_SessionsWhereGivenElseContinuityAssumed()
    {
        var report = Samples.Read("meet-api.json");

        report.Format.Should().Be(MeetingFormat.MeetApi);
        report.Rows.Should().HaveCount(3);
        report.Rows.Count(r => r.ContinuityAssumed).Should().Be(1);
        report.Rows.Single(r => r.ContinuityAssumed).Role.Should().Be(MeetingRole.Guest);
        report.Findings.Select(f => f.Code).Should().Equal(MeetingRuleCodes.ContinuityAssumed);
    }

    [Fact]
    public void Read_MeetCsv_NeedsTheDateAndAssumesContinuity()
    {
        var act = () => Samples.Read("meet.csv");
        act.Should().Throw<MeetingExportException>().Which.Code.Should().Be(MeetingRuleCodes.MeetingDateMissing);

        var report = Samples.Read("meet.csv", date: new LocalDate(2020, 6, 18));

        report.Format.Should().Be(MeetingFormat.Meet);
        report.Rows.Should().HaveCount(2).And.OnlyContain(r => r.ContinuityAssumed);
        report.Rows[0].DisplayName.Should().Be("Sutrisno Wibowo");
        report.Rows[0].Join.Should().Be(Samples.Wib2020June18(7, 55));
        report.Rows[1].Leave.Should().Be(Samples.Wib2020June18(13, 52));
    }

    [Fact]
    public void Read_InvalidJson_IsAnUnknownLayoutNamingItsLine()
    {
        var act = () => MeetingExportReader.ReadText("{ \"participants\": [ {\n\"name\": Sutrisno } ] }", new MeetingReadOptions(Samples.Wib, documentName: "p.json"));

        act.Should().Throw<MeetingExportException>().Where(e => e.Code == MeetingRuleCodes.UnknownLayout && e.Message.Contains("line 2", StringComparison.Ordinal) && !e.Message.Contains("Sutrisno", StringComparison.Ordinal));
    }
}
