using System.Text;
using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Meetings;

/// <summary>
/// Each reader over ~2,000 mutations of its sample (fixed seed): bytes flipped, inserted and cut, lines dropped and
/// repeated, quotes and separators thrown in. Only <see cref="MeetingExportException"/> may escape, and no message
/// (exception or finding, in either language) may carry a display name or e-mail.
/// </summary>
public class ReaderFuzzTests
{
    private const int Cases = 2000;

    [Theory]
    [InlineData("zoom-classic.csv", MeetingFormat.Zoom)]
    [InlineData("zoom-web.csv", MeetingFormat.Zoom)]
    [InlineData("zoom-api.json", MeetingFormat.ZoomApi)]
    [InlineData("teams-report.csv", MeetingFormat.Teams)]
    [InlineData("teams-report-utf8.csv", MeetingFormat.Teams)]
    [InlineData("teams-attendance-list.csv", MeetingFormat.Teams)]
    [InlineData("teams-graph.json", MeetingFormat.TeamsGraph)]
    [InlineData("meet.csv", MeetingFormat.Meet)]
    [InlineData("meet-api.json", MeetingFormat.MeetApi)]
    public void Read_MutatedSample_OnlyDocumentedExceptionsAndNoPersonalData(string sample, MeetingFormat format)
    {
        var original = Samples.Bytes(sample);
        var random = new Random(20200618);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var mutated = Mutate(original, random);
            var given = i % 2 == 0 ? format : (MeetingFormat?)null;
            var options = new MeetingReadOptions(Samples.Wib, (DateOrder)(i % 3), new LocalDate(2020, 6, 18), sample, given);
            string outcome;
            try
            {
                var report = MeetingExportReader.Read(mutated, options);
                foreach (var finding in report.Findings)
                {
                    Clean(finding.Format(new("en")));
                    Clean(finding.Format(new("id")));
                }

                outcome = "read";
            }
            catch (MeetingExportException ex)
            {
                Clean(ex.Message);
                outcome = ex.Code;
            }
            catch (ArgumentException) when (given is null && MeetingExportReader.Detect(Encoding.UTF8.GetString(mutated)) == MeetingFormat.Bimtek)
            {
                outcome = "bimtek";
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.Should().ContainKey("read", "most mutations leave a readable export");
    }

    private static void Clean(string message) => message.Should().NotContainAny(Samples.PersonalData);

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.Insert(at, "\",\t\n:/{}[]0123456789AP"u8[random.Next(22)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    var line = bytes.IndexOf((byte)'\n', at);
                    if (line > 0)
                    {
                        var next = bytes.IndexOf((byte)'\n', line + 1);
                        if (next > line)
                        {
                            bytes.InsertRange(line + 1, bytes.GetRange(line + 1, next - line));
                        }
                    }

                    break;
                case 5:
                    bytes.Insert(at, (byte)'"');
                    break;
                default:
                    bytes[at] = (byte)'1';
                    break;
            }
        }

        return [.. bytes];
    }
}
