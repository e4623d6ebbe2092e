using System.Text;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Serialization;

public class ResultsFileTests
{
    private const string Nip1 = "196608011988031001";
    private const string Nip2 = "196608011988031002";

    private static readonly Bimtek.Domain.Scheduling.Schedule Schedule = new ScheduleBuilder().WithSessions(new SessionBuilder()).Build();

    private static CsvRecord Record(int line, params string[] fields) => new(line, fields);

    [Fact]
    public void ReadCsv_MapsColumnsByName_InAnyOrder_WithLevelColumns()
    {
        var rows = ResultsFile.ReadCsv(
            ["session", "region", "nip", "post_test", "pre_test", "level:M.01"],
            [Record(2, "S1", "34.01", Nip1, "70", "40", "3")],
            "results.csv");

        var row = rows.Should().ContainSingle().Subject;
        (row.Line, row.Nip, row.Session, row.Region, row.PreTest, row.PostTest, row.Malformed).Should().Be((2, Nip1, "S1", "34.01", "40", "70", null));
        row.Levels.Should().ContainKey("M.01").WhoseValue.Should().Be("3");
    }

    [Fact]
    public void ReadCsv_ARecordWithTheWrongFieldCount_IsAMalformedRowNamingItsLine()
    {
        var rows = ResultsFile.ReadCsv(
            ["nip", "session", "region", "pre_test", "post_test"],
            [Record(2, Nip1, "S1", "34.01", "40", "70"), Record(3, Nip2, "S1", "34.01", "40"), Record(4, Nip2, "S1", "34.01", "40", "70", "x")],
            "results.csv");

        rows.Select(r => (r.Line, r.Malformed?.English)).Should().Equal(
            (2, null),
            (3, "4 field(s), the header has 5"),
            (4, "6 field(s), the header has 5"));
        rows[1].Malformed!.Indonesian.Should().Be("4 kolom, judul kolom ada 5");
    }

    [Fact]
    public void ReadCsv_BadRowsReachTheReader_ReportedByLine()
    {
        var rows = ResultsFile.ReadCsv(
            ["nip", "session", "region", "pre_test", "post_test"],
            [Record(2, Nip1, "S1", "34.01", "40", "70"), Record(3, Nip2, "S1", "34.01", "40"), Record(4, "1966", "S1", "34.01", "40", "170")],
            "results.csv");

        var reading = ResultReader.Read(rows, Schedule);

        reading.Results.Should().ContainSingle();
        reading.Result.Violations.Select(v => ((int)v.Details["Line"]!, v.Code)).Should().Equal(
            (3, AssessmentRuleCodes.ResultRowMalformed),
            (4, AssessmentRuleCodes.ResultNipInvalid),
            (4, AssessmentRuleCodes.ResultOutOfRange));
    }

    [Theory]
    [InlineData(new string[0], "no header line")]
    [InlineData(new[] { "nip", "session" }, "lacks 'region'")]
    [InlineData(new[] { "nip", "session", "region", "score" }, "has unknown column(s) 'score'")]
    [InlineData(new[] { "nip", "session", "region", "nip" }, "repeats 'nip'")]
    [InlineData(new[] { "nip", "session", "region", "level:" }, "has unknown column(s) 'level:'")]
    public void ReadCsv_ABadHeader_ThrowsNamingTheFileAndColumn(string[] header, string expected)
    {
        var act = () => ResultsFile.ReadCsv(header, [], "results.csv");

        var thrown = act.Should().Throw<BimtekCsvException>().Which;
        (thrown.DocumentName, thrown.Line).Should().Be(("results.csv", 1));
        thrown.Reason.Should().Contain(expected);
        thrown.Message.Should().StartWith("results.csv: line 1: ");
    }

    [Fact]
    public void ReadCsv_AHeaderNamingANip_DoesNotEchoIt()
    {
        var act = () => ResultsFile.ReadCsv(["nip", "session", "region", Nip1], [], null);

        act.Should().Throw<BimtekCsvException>().Which.Message.Should().NotContain(Nip1).And.Contain("18-character value");
    }

    [Fact]
    public void ReadJson_ReadsObjectsAndNamesEachByPosition()
    {
        var rows = ResultsFile.ReadJson(
            Utf8("[{\"nip\":\"" + Nip1 + "\",\"session\":\"S1\",\"region\":\"34.01\",\"preTest\":40,\"postTest\":70.5,\"completed\":true,\"levels\":{\"M.01\":3}}, 42, "
                + "{\"nip\":\"" + Nip2 + "\",\"colour\":\"red\"}, {\"nip\":[\"x\"]}]"),
            "results.json");

        rows.Select(r => (r.Line, r.Malformed?.English)).Should().Equal(
            (1, null),
            (2, "a number, not an object"),
            (3, "unknown field 'colour'"),
            (4, "field nip is not a number, text or true/false"));
        (rows[0].Nip, rows[0].PreTest, rows[0].PostTest, rows[0].Completed).Should().Be((Nip1, "40", "70.5", "true"));
        rows[0].Levels.Should().ContainKey("M.01").WhoseValue.Should().Be("3");
    }

    [Fact]
    public void ReadJson_CsvAndJsonOfTheSameRows_ReadAlike()
    {
        var fromCsv = ResultsFile.ReadCsv(["nip", "session", "region", "final_score"], [Record(2, Nip1, "S1", "34.01", "92")], null);
        var fromJson = ResultsFile.ReadJson(Utf8($$"""[{"nip":"{{Nip1}}","session":"S1","region":"34.01","finalScore":92}]"""), null);

        fromJson[0].Should().BeEquivalentTo(fromCsv[0], o => o.Excluding(r => r.Line));
    }

    [Theory]
    [InlineData("{\"nip\": 1}", "expected a JSON array")]
    [InlineData("[{", "is not JSON")]
    public void ReadJson_NotAnArray_Throws(string json, string expected)
    {
        var act = () => ResultsFile.ReadJson(Utf8(json), "results.json");

        act.Should().Throw<BimtekJsonException>().Which.Message.Should().StartWith("results.json: $").And.Contain(expected);
    }

    /// <summary>The README's results-file example, line by line: if this breaks, the README is wrong.</summary>
    [Fact]
    public void ReadmeExample_ReadsTheSyntheticSample()
    {
        using var json = File.OpenRead(Repository.File("samples", "results", "kemenperin-2020-synthetic-results.json"));
        var rows = ResultsFile.ReadJson(json, "results.json");
        var reading = ResultReader.Read(rows, EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

        reading.RowsRead.Should().Be(10);
        reading.Result.Violations.Should().OnlyContain(v => v.Details.ContainsKey("Line"));
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
