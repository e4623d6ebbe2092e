namespace Bimtek.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// One reader's fuzz counts: cases read (parsed, then checked downstream), refused with the documented exception, and
/// escaped (any other exception: none may). With <c>BIMTEK_FUZZ_REPORT</c> set (as <c>eng/fuzz</c> sets it) each reader
/// appends a line <c>reader, cases, parsed, refused, escaped</c> to that file.
/// </summary>
internal sealed class FuzzTally(string reader)
{
    private Exception? _firstEscape;
    private int _firstCase;

    public int Parsed { get; set; }

    public int Refused { get; set; }

    public int Escaped { get; private set; }

    public void Escape(int i, Exception ex)
    {
        if (Escaped++ == 0)
        {
            (_firstEscape, _firstCase) = (ex, i);
        }
    }

    public void Finish(int cases)
    {
        if (Environment.GetEnvironmentVariable("BIMTEK_FUZZ_REPORT") is { Length: > 0 } report)
        {
            lock (typeof(FuzzTally))
            {
                File.AppendAllText(report, $"{reader}\t{cases}\t{Parsed}\t{Refused}\t{Escaped}{Environment.NewLine}");
            }
        }

        (Parsed + Refused + Escaped).Should().Be(cases);
        Escaped.Should().Be(0, "only the documented exception may escape a reader; case {0}: {1}", _firstCase, _firstEscape);
    }
}
