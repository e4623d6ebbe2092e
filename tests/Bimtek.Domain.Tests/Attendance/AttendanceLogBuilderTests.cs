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
        violation.Message.Should().Contain("1966************01").And.NotContain(People.AmirNip);
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
            .Should().Throw<ArgumentException>().WithParameterName("entry").WithMessage("*NIP*");

    [Fact]
    public void Add_WhenTheSessionIsBlank_Throws() =>
        ((Action)(() => new AttendanceLogBuilder().Add(new AttendanceLogEntry(People.Nip(1), " ", NodaTime.Instant.MinValue, null))))
            .Should().Throw<ArgumentException>().WithParameterName("entry");

    [Fact]
    public void AddRow_WhenLeaveEqualsJoin_KeepsTheEmptyRow()
    {
        var builder = new AttendanceLogBuilder();

        builder.AddRow(2, People.AmirNip, "S1", "2020-06-08T09:00:00+07:00", "2020-06-08T09:00:00+07:00").Should().BeTrue();

        builder.Rejected.Should().BeEmpty();
    }

    [Theory]
    [InlineData("123", "", "2020-06-08T09:00:00+07:00", "nip", "session")]
    [InlineData(People.AmirNip, "S1", null, "join", null)]
    public void AddRow_RejectsEveryBadField_WithoutThrowing(string nip, string session, string? join, string problem, string? another)
    {
        var builder = new AttendanceLogBuilder();

        builder.AddRow(5, nip, session, join, null).Should().BeFalse();

        builder.Rejected.Select(v => v.Details["Field"]).Should().Equal(new[] { problem, another }.OfType<string>());
    }

    [Fact]
    public void RejectRow_RecordsTheLineWithTheReasonMasked()
    {
        var builder = new AttendanceLogBuilder();

        builder.RejectRow(9, "3 fields instead of 4: " + People.AmirNip);

        var violation = builder.Rejected.Should().ContainSingle().Which;
        violation.Code.Should().Be(RowInvalid);
        violation.Details["Line"].Should().Be(9);
        violation.Message.Should().NotContain(People.AmirNip);
        ((Action)(() => builder.RejectRow(10, " "))).Should().Throw<ArgumentException>().WithParameterName("reason");
        ((Action)(() => builder.RejectRow(10, (RuleText)null!))).Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }

    [Fact]
    public void FindUnknownSessions_CountsTheRowsOfEachUnknownSession()
    {
        var builder = new AttendanceLogBuilder();
        foreach (var (session, line) in new[] { ("S1", 2), ("X", 3), ("S1", 4), ("X", 5), ("Y", 6), ("X", 7) })
        {
            builder.AddRow(line, People.AmirNip, session, "2020-06-08T09:00:00+07:00", null);
        }

        var unknown = builder.Build().FindUnknownSessions(["S1"]);

        unknown.Select(v => v.Details["Session"]).Should().Equal("X", "Y");
        unknown.Select(v => v.Details["Rows"]).Should().Equal(3, 1);
    }
}
