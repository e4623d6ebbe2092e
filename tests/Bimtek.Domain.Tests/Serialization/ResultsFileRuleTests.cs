using System.Text;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>The results file's formats at their edges: each way a header, a record or a JSON element can be wrong, and how it reads.</summary>
public class ResultsFileRuleTests
{
    private const string Nip1 = "196608011988031001";

    private const string Expected = "expected nip,session,region,position,pre_test,post_test,final_score,attendance_percent,completed (only nip, session, region are required) and any level:<competency> columns";

    private static MemoryStream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private static IReadOnlyList<Bimtek.Domain.Assessments.ResultRow> Json(string json) => ResultsFile.ReadJson(Utf8(json), "results.json");

    [Fact]
    public void TheColumns_AreTheDocumentedOnes()
    {
        ResultsFile.Columns.Should().Equal("nip", "session", "region", "position", "pre_test", "post_test", "final_score", "attendance_percent", "completed");
        ResultsFile.RequiredColumns.Should().Equal("nip", "session", "region");
        ResultsFile.LevelColumnPrefix.Should().Be("level:");
    }

    [Fact]
    public void ReadCsv_EveryColumn_ReachesItsField_AndNoLevelColumnsMeansNoLevels()
    {
        var row = ResultsFile.ReadCsv(ResultsFile.Columns, [new CsvRecord(5, [Nip1, "S1", "34.01", "jptPratama", "40", "70", "92", "100", "ya"])], null).Single();

        row.Should().Be(new Bimtek.Domain.Assessments.ResultRow(5, Nip1, "S1", "34.01", "jptPratama", "40", "70", "92", "100", "ya"));
        row.Levels.Should().BeNull();
    }

    [Fact]
    public void ReadCsv_ABadHeader_SaysAllThatIsWrong_AndWhatIsExpected()
    {
        var thrown = FluentActions.Invoking(() => ResultsFile.ReadCsv(["nip", "score", "nip", "level:M.01"], [], "results.csv")).Should().Throw<BimtekCsvException>().Which;

        thrown.Reason.Should().Be($"the header lacks 'session', 'region'; has unknown column(s) 'score'; repeats 'nip'; {Expected}.");
        FluentActions.Invoking(() => ResultsFile.ReadCsv([], [], "results.csv")).Should().Throw<BimtekCsvException>().Which.Reason.Should().Be($"no header line; {Expected}.");
    }

    [Theory]
    [InlineData(new[] { "nip", "session" }, "the header lacks 'region'")]
    [InlineData(new[] { "nip", "session", "region", "score" }, "the header has unknown column(s) 'score'")]
    [InlineData(new[] { "nip", "session", "region", "session" }, "the header repeats 'session'")]
    public void ReadCsv_AHeaderWithOneFault_NamesOnlyThatOne(string[] header, string reason) =>
        FluentActions.Invoking(() => ResultsFile.ReadCsv(header, [], "results.csv")).Should().Throw<BimtekCsvException>()
            .Which.Reason.Should().Be($"{reason}; {Expected}.");

    [Fact]
    public void ReadCsv_ARecordWhoseQuoteSwallowedLines_IsMalformed_SayingHowMany()
    {
        var rows = ResultsFile.ReadCsv(["nip", "session", "region"], [new CsvRecord(2, [Nip1, "S1\r\n34.01,x\ny", "34.01"])], null);

        rows.Single().Malformed!.English.Should().Be("a quote is not closed: this row swallows the next 2 line(s)");
        rows.Single().Malformed!.Indonesian.Should().Be("tanda kutip tidak ditutup: baris ini menelan 2 baris berikutnya");
    }

    [Fact]
    public void ReadCsv_RefusesNullsByName()
    {
        FluentActions.Invoking(() => ResultsFile.ReadCsv(null!, [], null)).Should().Throw<ArgumentNullException>().WithParameterName("header");
        FluentActions.Invoking(() => ResultsFile.ReadCsv(ResultsFile.RequiredColumns, null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => ResultsFile.ReadCsv(ResultsFile.RequiredColumns, [null!], null)).Should().Throw<ArgumentNullException>().WithParameterName("records");
    }

    [Theory]
    [InlineData("[[1]]", "an array, not an object", "larik, bukan objek")]
    [InlineData("[\"x\"]", "a text, not an object", "teks, bukan objek")]
    [InlineData("[7]", "a number, not an object", "angka, bukan objek")]
    [InlineData("[false]", "true or false, not an object", "nilai true/false, bukan objek")]
    [InlineData("[null]", "null, not an object", "null, bukan objek")]
    public void ReadJson_AnElementThatIsNoObject_IsAMalformedRow(string json, string english, string indonesian)
    {
        var reason = Json(json).Single().Malformed!;

        (reason.English, reason.Indonesian).Should().Be((english, indonesian));
    }

    [Theory]
    [InlineData("{\"x\":1}", "an object")]
    [InlineData("\"x\"", "a text")]
    [InlineData("7", "a number")]
    [InlineData("true", "true or false")]
    [InlineData("null", "null")]
    public void ReadJson_ARootThatIsNoArray_IsRefused_NamingWhatItIs(string json, string kind) =>
        FluentActions.Invoking(() => Json(json)).Should().Throw<BimtekJsonException>()
            .WithMessage($"results.json: $: line 1: expected a JSON array of result objects, got {kind}.");

    [Fact]
    public void ReadJson_ReadsEveryField_AsText()
    {
        var row = Json($$$"""[{"nip":"{{{Nip1}}}","session":"S1","region":"34.01","position":"jptPratama","preTest":40.50,"postTest":70,"finalScore":null,"attendancePercent":"100","completed":false,"levels":{"M.01":"3","M.02":null}}]""").Single();

        row.Should().BeEquivalentTo(new { Line = 1, Nip = Nip1, Session = "S1", Region = "34.01", Position = "jptPratama", PreTest = "40.50", PostTest = "70", FinalScore = (string?)null, AttendancePercent = "100", Completed = "false", Malformed = (object?)null });
        row.Levels.Should().BeEquivalentTo(new Dictionary<string, string?> { ["M.01"] = "3", ["M.02"] = null });
    }

    [Theory]
    [InlineData("""{"nip":"1","nip":"2"}""", "field nip is given twice", "isian nip ditulis dua kali")]
    [InlineData("""{"levels":{"M.01":1},"levels":{}}""", "field levels is given twice", "isian levels ditulis dua kali")]
    [InlineData("""{"levels":{"M.01":1,"M.01":2}}""", "level 'M.01' is given twice", "level 'M.01' ditulis dua kali")]
    [InlineData("""{"levels":[3]}""", "field levels is not an object (competency code: level)", "isian levels bukan objek (kode kompetensi: tingkat)")]
    [InlineData("""{"levels":{"M.01":[3]}}""", "level 'M.01' is not a number or text", "level 'M.01' bukan angka atau teks")]
    [InlineData("""{"preTest":{"v":3}}""", "field preTest is not a number, text or true/false", "isian preTest bukan angka, teks atau true/false")]
    [InlineData("""{"score":3}""", "unknown field 'score'", "isian 'score' tidak dikenal")]
    public void ReadJson_AnObjectThatCannotBeRead_IsAMalformedRow_SayingWhy(string element, string english, string indonesian)
    {
        var reason = Json($"[{element}]").Single().Malformed!;

        (reason.English, reason.Indonesian).Should().Be((english, indonesian));
    }

    [Fact]
    public void ReadJson_NullLevels_AreNoLevels() =>
        Json("""[{"nip":"1","levels":null}]""").Single().Should().Match<Bimtek.Domain.Assessments.ResultRow>(r => r.Levels == null && r.Malformed == null && r.Nip == "1");

    [Fact]
    public void ReadJson_AFieldNamedLikeANip_IsNotEchoed()
    {
        var reason = Json($$"""[{"{{Nip1}}":1}]""").Single().Malformed!;

        reason.English.Should().Be("unknown field a 18-character value");
    }

    [Fact]
    public void ReadJson_RefusesNullsByName()
    {
        FluentActions.Invoking(() => ResultsFile.ReadJson(null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => ResultsFile.ReadJson(Utf8("[]"), null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("limits");
        ResultsFile.ReadJson(Utf8("[]"), null).Should().BeEmpty();
    }
}
