using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Assessments;

public class ResultReaderTests
{
    private const string Nip1 = "196608011988031001";
    private const string Nip2 = "196608011988031002";

    private static readonly Bimtek.Domain.Scheduling.Schedule Schedule = new ScheduleBuilder().WithSessions(new SessionBuilder()).Build();

    [Fact]
    public void Read_AGoodRow_GivesItsResult()
    {
        var reading = ResultReader.Read(
            [new ResultRow(2, "19660801 198803 1 001", "S1", "34.01", "jptPratama", "40", "70.5", "92", "100", "ya", new Dictionary<string, string?> { ["M.01"] = "3", ["M.02"] = "" })],
            Schedule);

        reading.Result.Violations.Should().BeEmpty();
        var result = reading.Results.Should().ContainSingle().Subject;
        result.Nip.Should().Be(Nip.Parse(Nip1));
        (result.SessionId, result.Region.ToString(), result.Position).Should().Be(("S1", "34.01", PositionKind.JptPratama));
        (result.PreTest!.Value.Value, result.PostTest!.Value.Value, result.FinalScore!.Value.Value, result.AttendancePercent, result.Completed).Should().Be((40m, 70.5m, 92m, Percentage.Create(100), true));
        result.Assessed.Should().ContainSingle().Which.Value.Value.Should().Be(3);
        result.Gain.Value.Should().Be(30.5m / 60m);
    }

    [Fact]
    public void Read_ReportsEveryBadRowByLine_AndKeepsRowsWithOnlyWarnings()
    {
        var reading = ResultReader.Read(
        [
            new ResultRow(2, Nip1, "S1", "34.01", PreTest: "40", PostTest: "70"),
            new ResultRow(3, "12345", "S1", "34.01"),
            new ResultRow(4, Nip2, " ", "34.01"),
            new ResultRow(5, Nip2, "S9", "34.01"),
            new ResultRow(6, Nip2, "S1", "34.01", PreTest: "abc", PostTest: "101"),
            new ResultRow(7, Nip1, "S1", "34.02"),
            new ResultRow(8, Nip2, "S1", "35.01", PreTest: "50"),
            new ResultRow(9, "196608011988031003", "S1", "34.01", Position: "bupati", Completed: "maybe", Levels: new Dictionary<string, string?> { ["M.01"] = "7" }),
            new ResultRow(10, "196608011988031004", "S1", "34.01", FinalScore: Nip1),
        ],
            Schedule);

        reading.RowsRead.Should().Be(9);
        reading.Results.Select(r => r.Nip.ToUnmaskedString()).Should().Equal(Nip1, Nip2);
        reading.RowsRefused.Should().Be(7);
        reading.Result.Violations.Select(v => ((int)v.Details["Line"]!, v.Code)).Should().Equal(
            (3, AssessmentRuleCodes.ResultNipInvalid),
            (4, AssessmentRuleCodes.ResultFieldMissing),
            (5, AssessmentRuleCodes.ResultSessionUnknown),
            (6, AssessmentRuleCodes.ResultFieldInvalid),
            (6, AssessmentRuleCodes.ResultOutOfRange),
            (7, AssessmentRuleCodes.ResultDuplicate),
            (8, AssessmentRuleCodes.ResultTestUnpaired),
            (8, AssessmentRuleCodes.ResultRegionOutsideSession),
            (9, AssessmentRuleCodes.ResultFieldInvalid),
            (9, AssessmentRuleCodes.ResultFieldInvalid),
            (9, AssessmentRuleCodes.ResultFieldInvalid),
            (10, AssessmentRuleCodes.ResultOutOfRange));
        reading.Result.Violations.Single(v => v.Code == AssessmentRuleCodes.ResultDuplicate).Details["FirstLine"].Should().Be(2);
    }

    [Fact]
    public void Read_NeverPutsANipInAMessage()
    {
        var reading = ResultReader.Read(
        [
            new ResultRow(2, "196608011988031009X", "S1", "34.01"),
            new ResultRow(3, "196613011988031001", "S1", "34.01"),
            new ResultRow(4, Nip1, Nip2, "34.01"),
            new ResultRow(5, Nip1, "S1", Nip2, AttendancePercent: Nip2, Completed: Nip2, Position: Nip2),
        ],
            Schedule);

        reading.Result.Violations.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var violation in reading.Result.Violations)
        {
            violation.Message.Should().NotContainAny("1966080119880310", "196613011988031001");
            violation.Details.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).Should().NotContain(v => v != null && v.Contains("1966", StringComparison.Ordinal));
        }
    }
}
