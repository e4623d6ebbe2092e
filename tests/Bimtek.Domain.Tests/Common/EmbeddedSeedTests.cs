using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Common;

/// <summary>
/// The seeds' CSV reader on texts a test gives it: RFC 4180 quoting on one line, and a malformed seed refused with its
/// file and line, never an index error or a silently dropped row.
/// </summary>
public class EmbeddedSeedTests
{
    private static readonly string[] Columns = ["code", "source"];

    [Theory]
    [InlineData("32,\"Perpres 1, 2020\"", "32", "Perpres 1, 2020")]
    [InlineData("32,\"he said \"\"no\"\"\"", "32", "he said \"no\"")]
    [InlineData("\"32\",BPS", "32", "BPS")]
    [InlineData(",\"BPS\"", "", "BPS")]
    [InlineData("\"32\",", "32", "")]
    [InlineData("32,", "32", "")]
    [InlineData("\"\",\"\"", "", "")]
    public void AQuotedOrEmptyField_ReadsAsWritten(string line, string code, string source)
    {
        var row = Read($"code,source\n{line}\n").Single();

        row["code"].Should().Be(code);
        row["source"].Should().Be(source);
        row.Line.Should().Be(2);
    }

    [Fact]
    public void BlankLines_AreSkipped_ButCounted_SoALineNumberIsTheFilesOwn()
    {
        var rows = Read("code,source\n\n31,BPS\n\n32,BPS\n");

        rows.Select(r => r.Line).Should().Equal(3, 5);
        rows.Select(r => r["code"]).Should().Equal("31", "32");
    }

    [Theory]
    [InlineData("\"32,BPS")]
    [InlineData("32,\"BPS")]
    [InlineData("\"32\"x,BPS")]
    [InlineData("32,\"BPS\"x")]
    [InlineData("3\"2,\"BPS\"")]
    public void AnUnbalancedOrMisplacedQuote_IsRefusedWithTheFileAndLine(string line)
    {
        var act = () => Read($"code,source\n31,BPS\n{line}\n");

        act.Should().ThrowExactly<InvalidDataException>().WithMessage("Seed test.csv line 3: unbalanced or misplaced quote.");
    }

    [Theory]
    [InlineData("31,BPS,extra", 3)]
    [InlineData("31", 1)]
    [InlineData("\"31\",\"BPS\",\"x\"", 3)]
    public void ARowOfTheWrongWidth_IsRefusedWithTheFileLineAndColumns(string line, int fields)
    {
        var act = () => Read($"code,source\n\n{line}\n");

        act.Should().ThrowExactly<InvalidDataException>()
            .WithMessage($"Seed test.csv line 3: {fields} fields, expected 2 (code,source).");
    }

    [Theory]
    [InlineData("code;source\n31;BPS\n", "code;source")]
    [InlineData("", "")]
    public void AnotherHeader_IsRefusedNamingBoth(string text, string header)
    {
        var act = () => Read(text);

        act.Should().ThrowExactly<InvalidDataException>().WithMessage($"Seed test.csv: header is '{header}', expected 'code,source'.");
    }

    [Fact]
    public void AMissingResource_IsNamed() =>
        ((Action)(() => EmbeddedSeed.Open("regions.nowhere.csv"))).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("Embedded seed 'Bimtek.Domain.Seeds.regions.nowhere.csv' is missing from the assembly.");

    [Fact]
    public void ARowsError_NamesTheFileLineColumnAndValue()
    {
        var row = Read("code,source\n\n31,BPS\n").Single();

        row.Error("source", "not a source").Message.Should().Be("Seed test.csv line 3, column 'source' = 'BPS': not a source");
    }

    private static IReadOnlyList<SeedRow> Read(string text)
    {
        using var reader = new StringReader(text);
        return EmbeddedSeed.ReadCsv(reader, "test.csv", Columns);
    }
}
