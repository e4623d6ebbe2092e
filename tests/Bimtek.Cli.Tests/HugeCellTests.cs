using Bimtek.Cli.Rendering;
using Bimtek.Cli.Text;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;

namespace Bimtek.Cli.Tests;

/// <summary>Issue 17 §4: a report's text tables stay bounded whatever a key holds (a 50 MB session id once took a table
/// past 15 GB to lay out).</summary>
public class HugeCellTests
{
    [Fact]
    public void ReportText_WithA50MegabyteSessionId_CutsTheCellAndSaysSo_InBoundedMemory()
    {
        var asRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);
        var first = asRun.Sessions[0];
        var hugeId = new string('S', 50 << 20);
        var huge = new TrainingSession(hugeId, first.PhaseId, first.Centre, first.Mode, first.Days, first.Regions, platformRoom: first.PlatformRoom, seatLimit: first.SeatLimit);
        var schedule = new Schedule(asRun.Programme, [huge, .. asRun.Sessions.Skip(1)], asRun.Instructors);
        var report = new ReportCalculator(GradingPolicy.Default, new GapAnalyzer(PositionStandardTable.Default)).Calculate(schedule, []);
        var reading = ResultReader.Read([], schedule);
        using var output = new StringWriter();

        var before = GC.GetAllocatedBytesForCurrentThread();
        ReportOutput.Write(output, report, reading, GradingPolicy.Default.Bands, new ReportOutput.Options(Json: false, IncludeEmpty: true), CliText.English);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var text = output.ToString();
        text.Length.Should().BeLessThan(1 << 20, "the 50 MB key is cut to a cell's width");
        text.Should().Contain("SSSS…").And.NotContain(new string('S', TableOutput.MaxCell + 1));
        text.Should().Contain(CliText.English.CellsShortened(1, TableOutput.MaxCell));
        allocated.Should().BeLessThan(64L << 20, "the whole key (100 MB in UTF-16) is never copied or laid out");
    }

    [Fact]
    public void Cell_CutsALongTextToTheWidthWithAnEllipsis_AndCountsIt()
    {
        var shortened = 0;

        TableOutput.Cell("BDI-YOG-2020-06", ref shortened).Should().Be("BDI-YOG-2020-06");
        TableOutput.Cell(new string('x', TableOutput.MaxCell), ref shortened).Should().HaveLength(TableOutput.MaxCell);
        shortened.Should().Be(0);
        var cut = TableOutput.Cell(new string('x', TableOutput.MaxCell + 1), ref shortened);

        cut.Should().HaveLength(TableOutput.MaxCell).And.EndWith("…");
        shortened.Should().Be(1);
        TableOutput.Cell(new string('[', 500), ref shortened).Should().StartWith("[[[[", "markup is escaped").And.EndWith("…");
    }
}
