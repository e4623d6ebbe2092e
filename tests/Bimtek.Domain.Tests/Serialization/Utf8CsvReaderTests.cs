using System.Text;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>The CSV text reader's own rules: UTF-8 only, within its limits, each refusal naming the line it stopped at.</summary>
public class Utf8CsvReaderTests
{
    private static Utf8CsvReader Reader(byte[] bytes, ReadLimits? limits = null) => new(new MemoryStream(bytes), "log.csv", limits);

    private static Utf8CsvReader Reader(string text, ReadLimits? limits = null) => Reader(Encoding.UTF8.GetBytes(text), limits);

    [Fact]
    public void ReadsTheTextAsItIs_AcrossChunks_AndACharacterSplitBetweenThem()
    {
        // 65,535 ASCII bytes, then "é" (two bytes) across the 64 KiB chunk boundary, then more lines.
        var text = new string('a', 65_535) + "é\n" + string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"line {i},ü"));

        using var reader = Reader(text, new ReadLimits(maxCsvLineLength: 70_000));

        reader.ReadToEnd().Should().Be(text);
    }

    [Fact]
    public void PeekReadsWithoutTaking_ReadTakesOneCharacter_AndTheEndIsMinusOne()
    {
        using var reader = Reader("ab");

        (reader.Peek(), reader.Peek(), reader.Read(), reader.Read(), reader.Peek(), reader.Read()).Should().Be(((int)'a', (int)'a', (int)'a', (int)'b', -1, -1));
    }

    [Fact]
    public void ReadIntoABuffer_TakesWhatFits_AndNothingFromAnEmptyBufferOrStream()
    {
        using var reader = Reader("abcdef");
        var buffer = new char[4];

        reader.Read(buffer, 1, 3).Should().Be(3);
        new string(buffer, 1, 3).Should().Be("abc");
        reader.Read(Span<char>.Empty).Should().Be(0);
        reader.Read(buffer, 0, 4).Should().Be(3);
        new string(buffer, 0, 3).Should().Be("def");
        reader.Read(buffer, 0, 4).Should().Be(0);
        Reader([]).ReadToEnd().Should().BeEmpty();
    }

    [Fact]
    public void ALineOfExactlyTheLimit_IsRead_AndOneCharacterMoreIsRefusedWithItsLine()
    {
        Reader("abcde\nabcde\n", new ReadLimits(maxCsvLineLength: 5)).ReadToEnd().Should().Be("abcde\nabcde\n");

        var error = FluentActions.Invoking(() => Reader("abcde\nabcdef\n", new ReadLimits(maxCsvLineLength: 5)).ReadToEnd())
            .Should().Throw<BimtekCsvException>().Which;

        (error.DocumentName, error.Line, error.Reason).Should().Be(("log.csv", 2, "the line is longer than the limit of 5 characters"));
    }

    [Fact]
    public void AStreamThatCannotSeek_IsRefusedWhenItPassesTheLimit_NotBefore()
    {
        var limits = new ReadLimits(maxCsvBytes: 10);

        new Utf8CsvReader(new ForwardOnlyStream(Encoding.UTF8.GetBytes("0123456789"), 4), null, limits).ReadToEnd().Should().Be("0123456789");
        var error = FluentActions.Invoking(() => new Utf8CsvReader(new ForwardOnlyStream(Encoding.UTF8.GetBytes("01234\n67890"), 4), null, limits).ReadToEnd())
            .Should().Throw<BimtekCsvException>().Which;
        (error.Line, error.Reason).Should().Be((2, "the document is larger than the limit of 10 bytes; raise the limit (ReadLimits) if the document is genuine"));
    }

    [Fact]
    public void ASeekableStreamOverTheLimit_IsRefusedBeforeReading_CountingFromItsPosition()
    {
        // 20 bytes, of which the 10 after the position are read: within a limit of 10.
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("skipped...0123456789")) { Position = 10 };

        new Utf8CsvReader(stream, "log.csv", new ReadLimits(maxCsvBytes: 10)).ReadToEnd().Should().Be("0123456789");
        FluentActions.Invoking(() => new Utf8CsvReader(new MemoryStream(new byte[11]), "log.csv", new ReadLimits(maxCsvBytes: 10)))
            .Should().Throw<BimtekCsvException>().Which.Reason.Should().Be("the document is larger than the limit of 10 bytes (11 bytes); raise the limit (ReadLimits) if the document is genuine");
    }

    [Fact]
    public void ASeekableStreamsSize_IsCountedFromItsPosition_InTheMessage()
    {
        var stream = new MemoryStream(new byte[25]) { Position = 10 };

        FluentActions.Invoking(() => new Utf8CsvReader(stream, null, new ReadLimits(maxCsvBytes: 10)))
            .Should().Throw<BimtekCsvException>().Which.Reason.Should().Contain("(15 bytes)");
    }

    [Fact]
    public void AByteOrderMarkLaterInTheFile_IsText_NotSkipped()
    {
        // U+FEFF is a valid character inside a document; only the first three bytes of the stream may be a byte-order mark.
        var bytes = Enumerable.Repeat((byte)'a', 65_536).Concat(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'b' }).ToArray();

        Reader(bytes, new ReadLimits(maxCsvLineLength: 70_000)).ReadToEnd().Should().Be(new string('a', 65_536) + "\uFEFFb");
    }

    [Fact]
    public void AnInvalidByte_IsRefusedWithTheLineItIsOn()
    {
        var bytes = Encoding.UTF8.GetBytes("a\nb\nc").Concat(new byte[] { 0xC3, (byte)'x' }).ToArray();

        var error = FluentActions.Invoking(() => Reader(bytes).ReadToEnd()).Should().Throw<BimtekCsvException>().Which;

        (error.Line, error.Reason).Should().Be((3, "a byte is not valid UTF-8; save the document as UTF-8"));
    }

    [Fact]
    public void AnInvalidByteInALaterChunk_CountsTheLinesReadBefore()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(new string('a', 99) + "\n", 700)) + "b\n").Concat(new byte[] { 0xFF }).ToArray();

        FluentActions.Invoking(() => Reader(bytes).ReadToEnd()).Should().Throw<BimtekCsvException>().Which.Line.Should().Be(702);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 }, "UTF-16 (big-endian)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "UTF-32 (little-endian)")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "UTF-32 (big-endian)")]
    public void ADocumentInAnotherEncoding_IsRefusedNamingIt(byte[] bytes, string encoding) =>
        FluentActions.Invoking(() => Reader(bytes).ReadToEnd()).Should().Throw<BimtekCsvException>()
            .Which.Reason.Should().Be($"the document is encoded as {encoding}; save it as UTF-8");

    [Fact]
    public void Disposing_ClosesTheStream_AndANullStreamIsRefused()
    {
        var stream = new MemoryStream([1]);

        new Utf8CsvReader(stream, null).Dispose();

        stream.CanRead.Should().BeFalse();
        FluentActions.Invoking(() => new Utf8CsvReader(null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }
}
