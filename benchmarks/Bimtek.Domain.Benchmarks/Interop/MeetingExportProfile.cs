using System.Diagnostics;
using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Interop;

/// <summary>Where the time of <see cref="MeetingExportBenchmarks"/> goes, stage by stage (Stopwatch, a hint, not a measurement).</summary>
internal static class MeetingExportProfile
{
    public static void Run(TextWriter output)
    {
        var bench = new MeetingExportBenchmarks();
        bench.Setup();
        var zoom = bench.ZoomBytes;
        var wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        for (var round = 0; round < 3; round++)
        {
            Time(output, "own format (baseline)", () => bench.OwnFormat());
            Time(output, "decode", () => ExportText.Decode(zoom).Length);
            var text = ExportText.Decode(zoom);
            Time(output, "rows (Sep, fields as strings)", () => ExportText.Enumerate(text, ',').Count());
            Time(output, "rows + stamps", () =>
            {
                var n = 0;
                foreach (var row in ExportText.Enumerate(text, ','))
                {
                    n += LocalStamp.TryParse(row.Field(2), out _) && LocalStamp.TryParse(row.Field(3), out _) ? 1 : 0;
                }

                return n;
            });
            Time(output, "read (stream)", () => bench.ZoomRead());
            Time(output, "read bytes (decoded whole)", () => MeetingExportReader.Read(zoom, new MeetingReadOptions(wib)).Rows.Count);
            Time(output, "read text (decoded before)", () => MeetingExportReader.ReadText(text, new MeetingReadOptions(wib)).Rows.Count);
            var report = MeetingExportReader.Read(zoom, new MeetingReadOptions(wib));
            var resolver = bench.Resolver;
            Time(output, "resolve", () => resolver.Resolve(report).Rows.Count);
            var resolved = resolver.Resolve(report);
            Time(output, "to attendance log", () => resolved.ToAttendanceLog("BDI-YOG-2020-06").CountFor("BDI-YOG-2020-06"));
            Time(output, "read + resolve + log", () => bench.ZoomToAttendance());
        }
    }

    private static void Time(TextWriter output, string name, Func<int> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        output.WriteLine($"{name,-32} {clock.Elapsed.TotalMilliseconds,9:F0} ms {bytes / 1e6,9:F0} MB  gen0/1/2 {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}  ({result})");
    }
}
