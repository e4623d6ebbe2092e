using System.Globalization;
using System.Text;
using Bimtek.Domain.Interop.Meetings;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

/// <summary>
/// The reader turns rows into instants as soon as a decisive date settles the day/month order, and keeps only the rows
/// read before it waiting: whatever the position of that date, the report must be the one a reader given the order
/// from the start makes, and a file that contradicts itself is still refused as a whole.
/// </summary>
public class DateOrderSettlingTests
{
    private const string Header = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n";

    [Theory]
    [InlineData("25/06/2020 10:00:00", DateOrder.DayMonth, 7, 6)]
    [InlineData("06/25/2020 10:00:00 AM", DateOrder.MonthDay, 6, 7)]
    public void Read_WhenTheOrderIsSettledLate_RowsReadBeforeItTakeIt(string decisive, DateOrder settled, int month, int day)
    {
        // Two rows that read both ways, then the first decisive date on the third.
        var text = Header
            + "A,a@example.go.id,06/07/2020 08:00:00,06/07/2020 09:00:00,60,No\n"
            + "B,b@example.go.id,06/07/2020 08:30:00,,,No\n"
            + $"C,c@example.go.id,{decisive},,,No\n";

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        report.DateOrder.Should().Be(settled);
        report.Rows.Select(r => r.Line).Should().Equal(2, 3, 4);
        report.Rows[0].Join.Should().Be(Wib(2020, month, day, 8, 0));
        report.Rows[0].Leave.Should().Be(Wib(2020, month, day, 9, 0));
        report.Rows[1].Join.Should().Be(Wib(2020, month, day, 8, 30));
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Read_WhenALaterDateContradictsTheSettledOrder_IsRefusedAsAWhole()
    {
        var text = Header
            + "A,,25/06/2020 08:00:00,25/06/2020 09:00:00,60,No\n"
            + "B,,06/07/2020 08:00:00,06/07/2020 09:00:00,60,No\n"
            + "C,,06/26/2020 08:00:00,06/26/2020 09:00:00,60,No\n";

        var act = () => MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        act.Should().Throw<MeetingExportException>().Which.Code.Should().Be(MeetingRuleCodes.DateOrderAmbiguous);
    }

    [Fact]
    public void Read_WhenTheMeetingBlockReadsBothWays_RowsReadBeforeTheOrderAreCheckedAgainstTheSettledMeeting()
    {
        // The meeting is 7 June under month-first (what the last row settles); the second row, 6 July, lies outside it.
        var text = "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
            + "123,Bimtek,06/07/2020 07:00:00 AM,06/07/2020 05:00:00 PM,host@example.go.id,600,3\n"
            + "\n"
            + Header
            + "A,,06/07/2020 08:00:00 AM,06/07/2020 09:00:00 AM,60,No\n"
            + "B,,07/06/2020 08:00:00 AM,07/06/2020 09:00:00 AM,60,No\n"
            + "C,,06/25/2020 08:00:00 AM,06/25/2020 09:00:00 AM,60,No\n";

        var report = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));

        report.DateOrder.Should().Be(DateOrder.MonthDay);
        report.Meeting.Should().Be(new Interval(Wib(2020, 6, 7, 7, 0), Wib(2020, 6, 7, 17, 0)));
        report.Rows[1].Join.Should().Be(Wib(2020, 7, 6, 8, 0));
        report.Findings.Select(f => (f.Code, Where: f.Details["Where"]!.ToString()))
            .Should().Equal((MeetingRuleCodes.OutsideMeeting, "line 6"), (MeetingRuleCodes.OutsideMeeting, "line 7"));
    }

    [Property(MaxTest = 300)]
    public bool Read_OrderDetected_GivesTheReportOfTheOrderGiven(int seed)
    {
        var random = new Random(seed);
        var order = random.Next(2) == 0 ? DateOrder.DayMonth : DateOrder.MonthDay;
        var text = Export(random, order);

        var detected = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib));
        var given = MeetingExportReader.ReadText(text, new MeetingReadOptions(Samples.Wib, order));

        return detected.DateOrder == order && Describe(detected) == Describe(given);
    }

    [Theory]
    [InlineData("11/19/2021 9:54:15 a.m.", 11, 19, 9)]
    [InlineData("Nov 19, 2021 9:54 PM", 11, 19, 21)]
    [InlineData("19 Agt 2021 09.54", 8, 19, 9)]
    [InlineData("19 September 2021 09:54", 9, 19, 9)]
    [InlineData("2021-11-19T09:54:15", 11, 19, 9)]
    public void LocalStamp_Words_AreReadWithoutRegardToCaseOrDots(string text, int month, int day, int hour)
    {
        LocalStamp.TryParse(text, out var stamp).Should().BeTrue();

        stamp.ToLocal(DateOrder.MonthDay, null).Should().Be(new LocalDateTime(2021, month, day, hour, 54, text.Contains(":15", StringComparison.Ordinal) ? 15 : 0));
    }

    [Theory]
    [InlineData("11/19/2021 9:54 xm")]
    [InlineData("19 Ju 2021 09:54")]
    [InlineData("2021-11-19 T 09:54 T")]
    public void LocalStamp_UnknownWords_AreRefused(string text) =>
        LocalStamp.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void TextPool_GivesOneStringPerText()
    {
        var pool = new TextPool();

        var first = pool.Get("pegawai@example.go.id".AsSpan());
        var again = pool.Get("xpegawai@example.go.id".AsSpan(1));

        again.Should().BeSameAs(first).And.Be("pegawai@example.go.id");
        pool.Get(ReadOnlySpan<char>.Empty).Should().BeSameAs(string.Empty);
    }

    // Rows whose dates read both ways, bad rows of each kind, and one decisive date (day or month above 12) somewhere,
    // perhaps after a meeting block that reads both ways too.
    private static string Export(Random random, DateOrder order)
    {
        var text = new StringBuilder();
        string Date(int month, int day, int year = 2020) => order == DateOrder.DayMonth ? $"{day:00}/{month:00}/{year}" : $"{month:00}/{day:00}/{year}";
        if (random.Next(2) == 0)
        {
            text.Append("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n")
                .Append(CultureInfo.InvariantCulture, $"1,Bimtek,{Date(6, 7)} 07:00:00,{Date(6, 8)} 17:00:00,host@example.go.id,600,9\n\n");
        }

        text.Append(Header);
        var rows = random.Next(1, 30);
        var decisive = random.Next(rows);
        for (var r = 0; r < rows; r++)
        {
            var (month, day) = (random.Next(1, 13), random.Next(1, 13));
            if (r == decisive)
            {
                // A row that is read whole (its fields all valid), so its date counts.
                (month, day) = (6, random.Next(13, 29));
            }

            var join = new LocalTime(random.Next(6, 18), random.Next(60));
            var minutes = random.Next(r == decisive ? 0 : -10, 120);
            var leave = join.PlusMinutes(minutes);
            var joinText = (r == decisive ? 3 : random.Next(12)) switch
            {
                0 => "soon",
                1 => string.Empty,
                2 => $"{Date(4, 31)} 08:00:00",
                _ => $"{Date(month, day)} {join:HH:mm:ss}",
            };
            var leaveText = random.Next(8) == 0 ? string.Empty : $"{Date(month, day)} {leave:HH:mm:ss}";
            var duration = (r == decisive ? 3 : random.Next(10)) switch
            {
                0 => "many",
                1 => string.Empty,
                2 => (minutes + 7).ToString(CultureInfo.InvariantCulture),
                _ => minutes.ToString(CultureInfo.InvariantCulture),
            };
            text.Append(CultureInfo.InvariantCulture, $"P{r % 5},p{r % 5}@example.go.id,{joinText},{leaveText},{duration},{(random.Next(2) == 0 ? "Yes" : "No")}\n");
        }

        return text.ToString();
    }

    private static string Describe(MeetingReport report) =>
        string.Join('\n', report.Rows.Select(r => $"{r.Line} {r.DisplayName} {r.Email} {r.Join} {r.Leave} {r.ReportedDuration} {r.Role}")
            .Concat(report.Findings.Select(f => $"{f.Code} {f.Format(CultureInfo.InvariantCulture)}"))
            .Append($"{report.Meeting} {report.WaitingRoomRows}"));

    private static Instant Wib(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Samples.Wib).ToInstant();
}
