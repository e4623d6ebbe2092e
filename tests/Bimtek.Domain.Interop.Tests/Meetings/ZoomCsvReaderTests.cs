using System.Text;
using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

public class ZoomCsvReaderTests
{
    [Fact]
    public void Read_ClassicWithMeetingBlock_ReadsEveryJoinInTheCallersZone()
    {
        var report = Samples.Read("zoom-classic.csv");

        report.Format.Should().Be(MeetingFormat.Zoom);
        report.DateOrder.Should().Be(DateOrder.MonthDay);
        report.Rows.Should().HaveCount(6);
        report.Meeting.Should().Be(new Interval(Samples.Wib2020June18(7, 45), Samples.Wib2020June18(14, 10)));
        var rejoin = report.Rows.Where(r => r.Email == "sutrisno.wibowo@disperin.example.go.id").ToList();
        rejoin.Select(r => r.Join).Should().Equal(Samples.Wib2020June18(7, 55, 12), Samples.Wib2020June18(10, 5, 3));
        rejoin[0].Leave.Should().Be(Samples.Wib2020June18(10, 2, 40));
        rejoin[0].Line.Should().Be(6);
        report.Rows[0].Role.Should().Be(MeetingRole.Host);
        report.Rows[1].Role.Should().Be(MeetingRole.Guest);
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Read_ClassicWithoutMeetingBlock_ReadsTheSameRows()
    {
        var text = File.ReadAllText(Samples.Path("zoom-classic.csv"));
        var withoutBlock = string.Join('\n', text.Split('\n').Skip(3));

        var report = MeetingExportReader.ReadText(withoutBlock, new MeetingReadOptions(Samples.Wib));

        report.Rows.Select(r => (r.Join, r.Leave)).Should().Equal(Samples.Read("zoom-classic.csv").Rows.Select(r => (r.Join, r.Leave)));
        report.Meeting.Should().BeNull();
    }

    [Fact]
    public void Read_WebPortalLayout_DetectsDayFirstAndLeavesOutTheWaitingRoom()
    {
        var report = Samples.Read("zoom-web.csv");

        report.Format.Should().Be(MeetingFormat.Zoom);
        report.DateOrder.Should().Be(DateOrder.DayMonth);
        report.Rows.Should().HaveCount(3);
        report.WaitingRoomRows.Should().Be(1);
        report.Findings.Select(f => f.Code).Should().Equal(MeetingRuleCodes.WaitingRoomExcluded);
        report.Rows[0].Join.Should().Be(Samples.Wib2020June18(7, 55, 12));
    }

    [Fact]
    public void Read_UniqueUsersVariant_IsRefusedWithTheExportToTake()
    {
        var act = () => Samples.Read("zoom-unique-users.csv");

        act.Should().Throw<MeetingExportException>().Where(e => e.Code == MeetingRuleCodes.UniqueUsersLayout && e.Message.Contains("unique users", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenEveryDateReadsBothWays_IsRefusedUnlessTheOrderIsGiven()
    {
        const string text = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\nA,,03/04/2020 08:00:00,03/04/2020 09:00:00,60,No\n";

        var act = () => MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        act.Should().Throw<MeetingExportException>().Which.Code.Should().Be(MeetingRuleCodes.DateOrderAmbiguous);
        MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib, DateOrder.DayMonth)).Rows[0].Join
            .Should().Be(new LocalDateTime(2020, 4, 3, 8, 0).InZoneStrictly(Samples.Wib).ToInstant());
    }

    [Fact]
    public void Read_BadRows_AreReportedByLineAndRuleWithoutPersonalData()
    {
        const string text = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
            + "Sutrisno Wibowo,sutrisno@example.go.id,06/18/2020 09:00:00 AM,06/18/2020 08:00:00 AM,60,No\n"
            + "Rina Kusumawati,rina@example.go.id,yesterday,06/18/2020 08:00:00 AM,60,No\n"
            + "Agus Prasetyo,,06/18/2020 08:00:00 AM,06/18/2020 09:00:00 AM,5,No\n"
            + "Tamu,,06/13/2020 08:00:00 AM,06/13/2020 09:00:00 AM,60,No\n";

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        report.Findings.Select(f => (f.Code, Where: f.Details["Where"]!.ToString()))
            .Should().Equal(
                (MeetingRuleCodes.FieldInvalid, "line 3"),
                (MeetingRuleCodes.LeaveBeforeJoin, "line 2"),
                (MeetingRuleCodes.DurationMismatch, "line 4"));
        report.Rows.Select(r => r.Line).Should().Equal(4, 5);
        foreach (var message in report.Findings.SelectMany(f => new[] { f.Format(new("en")), f.Format(new("id")) }))
        {
            message.Should().NotContainAny(Samples.PersonalData);
        }
    }

    [Fact]
    public void Read_RowOutsideTheMeetingBlock_IsKeptWithAWarning()
    {
        var text = File.ReadAllText(Samples.Path("zoom-classic.csv")) + "Late,,06/18/2020 03:00:00 PM,06/18/2020 03:30:00 PM,30,Yes,\n";

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        report.Rows.Should().HaveCount(7);
        report.Findings.Should().ContainSingle().Which.Code.Should().Be(MeetingRuleCodes.OutsideMeeting);
    }

    [Fact]
    public void Detect_FromContentNotName_NamesTheLayouts()
    {
        MeetingExportReader.Detect(File.ReadAllText(Samples.Path("zoom-web.csv"))).Should().Be(MeetingFormat.Zoom);
        MeetingExportReader.Detect("nip,session,join,leave\n").Should().Be(MeetingFormat.Bimtek);

        var act = () => MeetingExportReader.Detect("a,b,c\n1,2,3\n", "x.csv");

        act.Should().Throw<MeetingExportException>().Where(e => e.Code == MeetingRuleCodes.UnknownLayout && e.Message.Contains("Zoom participants CSV", StringComparison.Ordinal) && e.Message.StartsWith("x.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Utf8WithBom_IsTheSameAsWithout()
    {
        var bytes = Samples.Bytes("zoom-classic.csv");
        var withBom = Encoding.UTF8.GetPreamble().Concat(bytes).ToArray();

        MeetingExportReader.Read(withBom, new MeetingReadOptions(Samples.Wib)).Rows.Should().HaveCount(6);
    }

    [Fact]
    public void Read_InAZoneWithDaylightSaving_MapsEveryRowWithItsOwnOffset()
    {
        // The reader keeps the last zone interval to map a million rows quickly; rows either side of a change must not share it.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var stamps = new[] { "2020-03-27 10:00:00", "2020-03-29 01:30:00", "2020-03-29 03:30:00", "2020-03-30 10:00:00", "2020-10-25 02:30:00", "2020-03-27 11:00:00" };
        var text = "Name (Original Name),User Email,Join Time,Leave Time\n" + string.Join("\n", stamps.Select(s => $"A,,{s},"));

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(zone));

        report.Rows.Select(r => r.Join).Should().Equal(stamps.Select(s => NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss").Parse(s).Value.InZoneLeniently(zone).ToInstant()));
    }
}
