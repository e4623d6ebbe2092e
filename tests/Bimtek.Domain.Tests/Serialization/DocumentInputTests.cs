using System.Text;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>What every JSON document reader checks before parsing (size, encoding), and how document errors read.</summary>
public class DocumentInputTests
{
    private static IReadOnlyList<Bimtek.Domain.Assessments.ResultRow> Read(Stream stream, long maxJsonBytes = 32L << 20) =>
        ResultsFile.ReadJson(stream, "r.json", new ReadLimits(maxJsonBytes: maxJsonBytes));

    [Fact]
    public void AStreamThatCannotSeek_IsReadUpToItsLimit_AndRefusedOneByteOver()
    {
        Read(new ForwardOnlyStream("[ ]"u8.ToArray(), 2), maxJsonBytes: 3).Should().BeEmpty();

        FluentActions.Invoking(() => Read(new ForwardOnlyStream("[  ]"u8.ToArray(), 2), maxJsonBytes: 3)).Should().Throw<BimtekJsonException>()
            .Which.Reason.Should().Be("the document is larger than the limit of 3 bytes; raise the limit (ReadLimits) if the document is genuine");
    }

    [Fact]
    public void ASeekableStream_IsMeasuredFromItsPosition_AndItsSizeNamed()
    {
        var fits = new MemoryStream(Encoding.UTF8.GetBytes("xxxxx[ ]")) { Position = 5 };
        var over = new MemoryStream(new byte[2_000]) { Position = 500 };

        Read(fits, maxJsonBytes: 3).Should().BeEmpty();
        FluentActions.Invoking(() => Read(over, maxJsonBytes: 1_000)).Should().Throw<BimtekJsonException>()
            .Which.Reason.Should().Be("the document is larger than the limit of 1,000 bytes (1,500 bytes); raise the limit (ReadLimits) if the document is genuine");
    }

    [Fact]
    public void AnInvalidByte_IsNamedByLineAndPosition_CountingTheByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'[', (byte)'\n', 0xFF, (byte)']' };

        var error = FluentActions.Invoking(() => Read(new MemoryStream(bytes))).Should().Throw<BimtekJsonException>().Which;

        (error.JsonPath, error.Reason).Should().Be(("$", "line 2: byte 6 is not valid UTF-8; save the document as UTF-8"));
    }

    [Fact]
    public void ADocumentNestedDeeperThanTheCap_IsRefused()
    {
        var deep = $"[{{\"levels\":{{\"M.01\":{new string('[', 40)}{new string(']', 40)}}}}}]";

        FluentActions.Invoking(() => Read(new MemoryStream(Encoding.UTF8.GetBytes(deep)))).Should().Throw<BimtekJsonException>()
            .Which.Reason.Should().StartWith("is not JSON: ").And.Contain("depth");
        ReadLimits.MaxJsonDepth.Should().Be(32);
    }

    [Fact]
    public void DocumentErrors_NameTheDocumentWhenItHasAName()
    {
        new BimtekJsonException("p.json", "$.code", "must not be null").Message.Should().Be("p.json: $.code: must not be null");
        new BimtekJsonException(null, "$.code", "must not be null").Message.Should().Be("$.code: must not be null");
        new BimtekCsvException("log.csv", 3, "bad").Message.Should().Be("log.csv: line 3: bad");
        new BimtekCsvException(null, 3, "bad").Message.Should().Be("line 3: bad");
    }

    [Fact]
    public void DocumentErrors_MaskANipInThePathAndTheReason()
    {
        var json = new BimtekJsonException("p.json", "$.196608011988031001", "value 196608011988031001");
        var csv = new BimtekCsvException("log.csv", 1, "column '196608011988031001'");

        (json.Message + json.JsonPath + json.Reason + csv.Message + csv.Reason).Should().NotContain("196608011988031001");
        (json.DocumentName, csv.DocumentName, csv.Line).Should().Be(("p.json", "log.csv", 1));
    }

    [Fact]
    public void ACsvRecord_RefusesANullFieldWherever_AndNullFields()
    {
        FluentActions.Invoking(() => new CsvRecord(2, [null!, "a"])).Should().Throw<ArgumentException>()
            .WithMessage("A field is null; give an empty string for an empty field. (Parameter 'fields')");
        FluentActions.Invoking(() => new CsvRecord(2, null!)).Should().Throw<ArgumentNullException>().WithParameterName("fields");
        FluentActions.Invoking(() => new CsvRecord(0, [])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line");
        new CsvRecord(1, ["a", "b"]).ToString().Should().Be("line 1, 2 field(s)");
    }

    [Theory]
    [InlineData("\nS1", 1)]
    [InlineData("S1\r", 1)]
    [InlineData("S1\r\n\r\n", 2)]
    [InlineData("S1", 0)]
    public void AFieldWithALineBreak_AnywhereInIt_SwallowedLines(string field, int lines)
    {
        var rows = ResultsFile.ReadCsv(["nip", "session", "region"], [new CsvRecord(2, ["x", field, "34.01"])], null);

        rows.Single().Malformed?.English.Should().Be(lines == 0 ? null : $"a quote is not closed: this row swallows the next {lines} line(s)");
    }
}
