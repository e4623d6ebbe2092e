using Bimtek.Domain.Attendance;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

public class AttendanceLogFileTests
{
    private const string Nip = "198001012005031001";

    [Fact]
    public void ReadCsv_MapsColumnsByName_AndRejectsBadRowsByLine()
    {
        var builder = AttendanceLogFile.ReadCsv(
            ["platform", "leave", "join", "session", "nip"],
            [
                new CsvRecord(2, ["zoom", "2020-06-18T10:00:00+07:00", "2020-06-18T08:00:00+07:00", "S1", Nip]),
                new CsvRecord(3, ["zoom", "", "2020-06-18T08:00:00+07:00"]),
                new CsvRecord(4, ["zoom", "", "yesterday", "S1", Nip]),
                new CsvRecord(5, ["zoom", "2020-06-18T07:00:00+07:00", "2020-06-18T08:00:00+07:00", "S1", Nip]),
            ],
            "log.csv");

        builder.Count.Should().Be(1);
        builder.Build().CountFor("S1").Should().Be(1);
        builder.Rejected.Select(v => ((int)v.Details["Line"]!, v.Code)).Should().Equal(
            (3, AttendanceRuleCodes.RowInvalid),
            (4, AttendanceRuleCodes.RowInvalid),
            (5, AttendanceRuleCodes.LeaveBeforeJoin));
        builder.Rejected.Should().AllSatisfy(v => v.Message.Should().NotContain(Nip));
    }

    [Fact]
    public void ReadCsv_WhenTheHeaderLacksAColumn_ThrowsNamingIt()
    {
        var act = () => AttendanceLogFile.ReadCsv(["nip", "session", "join"], [], "log.csv");

        var thrown = act.Should().Throw<BimtekCsvException>().Which;
        thrown.Line.Should().Be(1);
        thrown.Message.Should().StartWith("log.csv: line 1:").And.Contain("'leave'");
    }

    [Fact]
    public void CsvRecord_RefusesANullFieldOrALineBelowOne()
    {
        FluentActions.Invoking(() => new CsvRecord(0, ["a"])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CsvRecord(2, ["a", null!])).Should().Throw<ArgumentException>().WithParameterName("fields");
        new CsvRecord(2, [Nip]).ToString().Should().NotContain(Nip);
    }

    [Theory]
    [InlineData("nip")]
    [InlineData("session")]
    [InlineData("join")]
    [InlineData("leave")]
    public void ReadCsv_NamesWhicheverColumnIsMissing_AndTheColumnsItExpects(string missing)
    {
        var header = AttendanceLogFile.Columns.Where(c => c != missing).Append("Nip").ToList();

        FluentActions.Invoking(() => AttendanceLogFile.ReadCsv(header, [], null)).Should().Throw<BimtekCsvException>()
            .Which.Reason.Should().Be($"the header lacks column '{missing}'; expected nip,session,join,leave.");
        AttendanceLogFile.Columns.Should().Equal("nip", "session", "join", "leave");
    }

    [Fact]
    public void ReadCsv_ARowWithTheWrongFieldCount_OrSwallowedLines_IsRejectedSayingWhy()
    {
        var builder = AttendanceLogFile.ReadCsv(
            ["nip", "session", "join", "leave"],
            [
                new CsvRecord(2, [Nip, "S1", "2020-06-18T08:00:00+07:00", "", "extra"]),
                new CsvRecord(3, [Nip, "S1\n", "2020-06-18T08:00:00+07:00", "2020-06-18T09:00:00+07:00"]),
                new CsvRecord(4, [Nip, "S1\nS2\nS3", "2020-06-18T08:00:00+07:00", "2020-06-18T09:00:00+07:00"]),
            ],
            "log.csv");

        builder.Count.Should().Be(0);
        builder.Rejected.Select(v => v.Format(Bimtek.Domain.Common.RuleLanguage.English)).Should().Equal(
            "Line 2: field row is invalid (expected 4 fields, got 5); the row is skipped.",
            "Line 3: field row is invalid (a quote is not closed: this row swallows the next 1 line(s)); the row is skipped.",
            "Line 4: field row is invalid (a quote is not closed: this row swallows the next 2 line(s)); the row is skipped.");
    }

    [Fact]
    public void ReadCsv_RefusesNullsByName()
    {
        FluentActions.Invoking(() => AttendanceLogFile.ReadCsv(null!, [], null)).Should().Throw<ArgumentNullException>().WithParameterName("header");
        FluentActions.Invoking(() => AttendanceLogFile.ReadCsv(AttendanceLogFile.Columns, null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => AttendanceLogFile.ReadCsv(AttendanceLogFile.Columns, [null!], null)).Should().Throw<ArgumentNullException>().WithParameterName("records");
    }
}
