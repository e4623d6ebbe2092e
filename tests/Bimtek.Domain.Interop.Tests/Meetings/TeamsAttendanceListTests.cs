using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

/// <summary>The older Teams attendance list: one row per Joined / Joined before / Left, paired into intervals per person.</summary>
public class TeamsAttendanceListTests
{
    private const string Sample = "teams-attendance-list.csv";

    [Fact]
    public void Read_OldAttendanceList_IsDetectedFromContentAndPairedIntoIntervals()
    {
        Samples.Bytes(Sample).Take(2).Should().Equal((byte)0xFF, (byte)0xFE);

        var report = Samples.Read(Sample);

        report.Format.Should().Be(MeetingFormat.Teams);
        report.DateOrder.Should().Be(DateOrder.MonthDay);
        report.Findings.Should().BeEmpty();
        report.Rows.Select(r => (r.Line, r.Join, r.Leave)).Should().Equal(
            (2, Samples.Wib2020June18(7, 45), Samples.Wib2020June18(14, 10)),
            (3, Samples.Wib2020June18(7, 45), Samples.Wib2020June18(10, 2, 40)),
            (4, Samples.Wib2020June18(7, 58, 30), Samples.Wib2020June18(12, 0, 15)),
            (7, Samples.Wib2020June18(10, 15), Samples.Wib2020June18(14, 5)),
            (9, Samples.Wib2020June18(9, 0), Samples.Wib2020June18(9, 45)),
            (13, Samples.Wib2020June18(13, 0), (Instant?)null));
        report.Rows.Should().OnlyContain(r => r.Email == null && r.Role == MeetingRole.Attendee && !r.ContinuityAssumed);
    }

    [Fact]
    public void Read_SecondDevice_CountsOnceUntilTheLastLeave()
    {
        var report = Read("Full Name\tUser Action\tTimestamp", "A B\tJoined\t18/06/2020 08:00", "A B\tJoined\t18/06/2020 08:30", "A B\tLeft\t18/06/2020 09:00", "A B\tLeft\t18/06/2020 10:00");

        report.Rows.Should().ContainSingle().Which.Leave.Should().Be(Samples.Wib2020June18(10, 0));
        report.DateOrder.Should().Be(DateOrder.DayMonth);
    }

    [Fact]
    public void Read_LeftWithoutJoinAndUnknownAction_AreRejectedByLine()
    {
        var report = Read("Full Name\tUser Action\tTimestamp", "A B\tLeft\t18/06/2020 08:00", "A B\tRaised hand\t18/06/2020 08:10", "A B\tJoined\t18/06/2020 08:20", "A B\tLeft\t18/06/2020 09:00");

        report.Rows.Should().ContainSingle().Which.Line.Should().Be(4);
        report.Findings.Select(f => (f.Code, f.Details["Field"])).Should().BeEquivalentTo(new[]
        {
            (MeetingRuleCodes.FieldInvalid, (object?)"User Action"),
            (MeetingRuleCodes.FieldInvalid, (object?)"User Action"),
        });
        report.Findings.Select(f => f.Format(new("en"))).Should().Contain(m => m.Contains("line 2", StringComparison.Ordinal)).And.Contain(m => m.Contains("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AnyOrderOfActions_GivesTheSameIntervals()
    {
        var lines = File.ReadAllText(Samples.Path(Sample)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var expected = Intervals(lines);
        var random = new Random(2020);
        for (var i = 0; i < 200; i++)
        {
            var rows = lines.Skip(1).ToArray();
            random.Shuffle(rows);

            Intervals([lines[0], .. rows]).Should().Equal(expected);
        }
    }

    private static List<(string, Instant, Instant?)> Intervals(string[] lines) =>
        [.. Read(lines).Rows.Select(r => (r.DisplayName, r.Join, r.Leave)).Order()];

    private static MeetingReport Read(params string[] lines) =>
        MeetingExportReader.ReadText(string.Join("\r\n", lines), new MeetingReadOptions(Samples.Wib));
}
