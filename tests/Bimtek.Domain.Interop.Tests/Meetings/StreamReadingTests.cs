using System.Globalization;
using System.Text;
using Bimtek.Domain.Interop.Meetings;

namespace Bimtek.Domain.Interop.Tests.Meetings;

/// <summary>
/// A large UTF-8 Zoom report read from a seekable stream is decoded as it is read, not made into one string first: the
/// report must be the one its bytes give read whole, whatever the bytes (multi-byte and invalid sequences, a BOM, quotes).
/// </summary>
public class StreamReadingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_LargeZoomStream_GivesTheReportOfItsBytesReadWhole(bool bom)
    {
        var bytes = LargeZoom(bom);

        var streamed = MeetingExportReader.Read(new MemoryStream(bytes, writable: false), Options());

        streamed.Rows.Should().HaveCountGreaterThan(2000);
        streamed.Findings.Should().NotBeEmpty();
        Describe(streamed).Should().Be(Describe(MeetingExportReader.Read(bytes.AsSpan(), Options())));
    }

    [Fact]
    public void Read_StreamNotAtItsStartOrNotSeekable_ReadsFromWhereItIs()
    {
        var bytes = LargeZoom(bom: false);
        var whole = Describe(MeetingExportReader.Read(bytes.AsSpan(), Options()));
        var prefixed = new MemoryStream([.. "junk\n"u8, .. bytes]) { Position = 5 };

        Describe(MeetingExportReader.Read(prefixed, Options())).Should().Be(whole);
        Describe(MeetingExportReader.Read(new ForwardOnlyStream(bytes), Options())).Should().Be(whole);
    }

    [Fact]
    public void Read_LargeStreamOfAnotherLayout_IsReadAsBefore()
    {
        var meet = new StringBuilder("First name,Last name,Email,Duration,Time joined,Time exited\n");
        for (var r = 0; r < 3000; r++)
        {
            meet.Append(CultureInfo.InvariantCulture, $"Peserta,{r},p{r}@example.go.id,30 min,09:{r % 60:00},10:{r % 60:00}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(meet.ToString());
        var options = new MeetingReadOptions(Samples.Wib, meetingDate: new NodaTime.LocalDate(2020, 6, 18));

        Describe(MeetingExportReader.Read(new MemoryStream(bytes), options)).Should().Be(Describe(MeetingExportReader.Read(bytes.AsSpan(), options)));
    }

    [Theory]
    [InlineData("\"Broken,,06/18/2020 09:00:00 AM,,,No\n")]
    [InlineData("Bro\"ken\",\"x,06/18/2020 09:00:00 AM\n\"\n")]
    [InlineData("Name (Original Name),Total Duration (Minutes)\n")]
    public void Read_LargeZoomStreamEndingBadly_EndsAsItsBytesReadWhole(string ending)
    {
        var bytes = LargeZoom(bom: false).Concat(Encoding.UTF8.GetBytes(ending)).ToArray();

        Outcome(() => MeetingExportReader.Read(new MemoryStream(bytes), Options()))
            .Should().Be(Outcome(() => MeetingExportReader.Read(bytes.AsSpan(), Options())));
    }

    private static string Outcome(Func<MeetingReport> read)
    {
        try
        {
            return Describe(read());
        }
        catch (MeetingExportException e)
        {
            return e.Code + " " + e.Message;
        }
    }

    private static MeetingReadOptions Options() => new(Samples.Wib, documentName: "zoom.csv");

    // About 200 KB: names with accents, a character outside the BMP and invalid bytes, quoted fields, and bad rows.
    private static byte[] LargeZoom(bool bom)
    {
        var bytes = new List<byte>();
        if (bom)
        {
            bytes.AddRange(Encoding.UTF8.GetPreamble());
        }

        bytes.AddRange(Encoding.UTF8.GetBytes("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
            + "1,Bimtek,06/18/2020 07:00:00 AM,06/18/2020 05:00:00 PM,host@example.go.id,600,3000\n\n"
            + "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"));
        for (var r = 0; r < 3000; r++)
        {
            var name = (r % 7) switch
            {
                0 => "Çahya Ñuraini",
                1 => "\"Wibowo, Sutrisno\"",
                2 => "Peserta \U0001F600",
                _ => "Peserta " + r.ToString(CultureInfo.InvariantCulture),
            };
            bytes.AddRange(Encoding.UTF8.GetBytes(name));
            if (r % 11 == 0)
            {
                bytes.AddRange([0xC3, 0x28, 0xFF]);
            }

            var minute = r % 50;
            var join = r % 97 == 0 ? "later" : $"06/18/2020 09:{minute:00}:00 AM";
            bytes.AddRange(Encoding.UTF8.GetBytes($",p{r % 400}@example.go.id,{join},06/18/2020 10:{minute:00}:00 AM,{(r % 13 == 0 ? 5 : 60)},{(r % 2 == 0 ? "Yes" : "No")}\n"));
        }

        return [.. bytes];
    }

    private static string Describe(MeetingReport report) =>
        string.Join('\n', report.Rows.Select(r => $"{r.Line} {r.DisplayName} {r.Email} {r.Join} {r.Leave} {r.ReportedDuration} {r.Role}")
            .Concat(report.Findings.Select(f => $"{f.Code} {f.Format(CultureInfo.InvariantCulture)}"))
            .Append($"{report.Format} {report.DateOrder} {report.Meeting} {report.WaitingRoomRows}"));

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
