using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Testing;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Tests.Attendance;

public class AttendanceLogBuilderTests
{
    [Fact]
    public void AddRow_WhenEveryFieldIsGood_KeepsTheRow()
    {
        var builder = new AttendanceLogBuilder();

        builder.AddRow(2, "19660801 198803 1 001", "S1", "2020-06-08T08:00:00+07:00", "2020-06-08T10:00:00+07:00").Should().BeTrue();
        builder.AddRow(3, People.AmirNip, " S1 ", "2020-06-08T01:00:00Z", "").Should().BeTrue();

        var log = builder.Build();
        log.Count.Should().Be(2);
        log.CountFor("S1").Should().Be(2);
        builder.Rejected.Should().BeEmpty();
    }

    [Fact]
    public void AddRow_WhenFieldsAreBad_RejectsTheRowWithItsLineAndEveryField()
    {
        var builder = new AttendanceLogBuilder();

        builder.AddRow(7, "196608011988031000", " ", "08:00", "yesterday").Should().BeFalse();

        builder.Rejected.Select(v => v.Details["Field"]).Should().Equal("nip", "session", "join", "leave");
        builder.Rejected.Should().OnlyContain(v => v.Code == RowInvalid && (int)v.Details["Line"]! == 7);
        builder.Rejected.Should().OnlyContain(v => !v.Message.Contains("196608011988031000"));
        builder.Count.Should().Be(0);
    }

    [Fact]
    public void AddRow_WhenLeaveIsBeforeJoin_RejectsIt()
    {
        var builder = new AttendanceLogBuilder();

        builder.AddRow(4, People.AmirNip, "S1", "2020-06-08T10:00:00+07:00", "2020-06-08T09:00:00+07:00").Should().BeFalse();

        var violation = builder.Rejected.Should().ContainSingle().Which;
        violation.Code.Should().Be(LeaveBeforeJoin);
        violation.Details["Line"].Should().Be(4);
        violation.Message.Should().Contain("19660801********01").And.NotContain(People.AmirNip);
    }

    [Fact]
    public void Build_GroupsRowsBySession()
    {
        var builder = new AttendanceLogBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.AddRow(i + 2, People.Nip(i % 7).ToUnmaskedString(), i % 3 == 0 ? "A" : "B", "2020-06-08T08:00:00+07:00", null);
        }

        var log = builder.Build();
        log.Sessions.Should().Equal("A", "B");
        log.CountFor("A").Should().Be(1000);
        log.CountFor("B").Should().Be(2000);
        log.CountFor("C").Should().Be(0);
    }

    [Fact]
    public void Add_WhenNipIsDefault_Throws() =>
        ((Action)(() => new AttendanceLogBuilder().Add(new AttendanceLogEntry(default(Nip), "S1", NodaTime.Instant.MinValue, null))))
            .Should().Throw<ArgumentException>();
}
