using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

public class TeamsReportReaderTests
{
    [Fact]
    public void Read_Utf16Download_ReadsTheInMeetingActivitiesDayFirst()
    {
        Samples.Bytes("teams-report.csv").Take(2).Should().Equal((byte)0xFF, (byte)0xFE);

        var report = Samples.Read("teams-report.csv");

        report.Format.Should().Be(MeetingFormat.Teams);
        report.DateOrder.Should().Be(DateOrder.DayMonth);
        report.Rows.Should().HaveCount(4);
        report.Rows[0].Role.Should().Be(MeetingRole.Host);
        report.Rows.Select(r => r.Line).Should().Equal(17, 18, 19, 20);
        report.Rows[1].Join.Should().Be(Samples.Wib2020June18(7, 58, 30));
        report.Rows[2].Leave.Should().Be(Samples.Wib2020June18(13, 50));
        report.Meeting.Should().Be(new Interval(Samples.Wib2020June18(7, 45), Samples.Wib2020June18(14, 10)));
        report.Findings.Should().BeEmpty();
        report.ContinuityAssumed.Should().BeFalse();
    }

    [Fact]
    public void Read_Utf8CopyInUsLocale_ReadsMonthFirstAndWarnsOfTheWrongDuration()
    {
        var report = Samples.Read("teams-report-utf8.csv");

        report.Format.Should().Be(MeetingFormat.Teams);
        report.DateOrder.Should().Be(DateOrder.MonthDay);
        report.Rows.Should().HaveCount(2);
        report.Rows[0].Role.Should().Be(MeetingRole.Host);
        report.Rows[1].Join.Should().Be(Samples.Wib2020June18(8, 1));
        report.Findings.Should().ContainSingle().Which.Code.Should().Be(MeetingRuleCodes.DurationMismatch);
    }

    [Fact]
    public void Read_WithoutActivities_FallsBackToFirstJoinLastLeaveMarkedContinuityAssumed()
    {
        var text = string.Join("\n", File.ReadAllText(Samples.Path("teams-report-utf8.csv")).Split('\n').TakeWhile(l => !l.StartsWith("3.", StringComparison.Ordinal)));

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        report.Rows.Should().HaveCount(2).And.OnlyContain(r => r.ContinuityAssumed);
        report.Findings.Select(f => f.Code).Should().Contain(MeetingRuleCodes.ContinuityAssumed);
    }

    [Theory]
    [InlineData("1h 2m 10s", 3730)]
    [InlineData("55m", 3300)]
    [InlineData("30s", 30)]
    [InlineData("1 hr 5 min", 3900)]
    [InlineData("01:02:10", 3730)]
    [InlineData("47:03", 2823)]
    [InlineData("128", 7680)]
    public void Duration_AsPlatformsWriteIt_IsRead(string text, long seconds)
    {
        ExportDuration.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().Be(Duration.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5 parsecs")]
    public void Duration_Unreadable_IsRefused(string text) =>
        ExportDuration.TryParse(text, out _).Should().BeFalse();
}
