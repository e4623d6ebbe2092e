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
            List<MeetingRow>? kept = null;
            Time(output, "rows + stamps + MeetingRow kept", () =>
            {
                kept = new List<MeetingRow>();
                foreach (var row in ExportText.Enumerate(text, ',').Skip(1))
                {
                    if (LocalStamp.TryParse(row.Field(2), out var j) && LocalStamp.TryParse(row.Field(3), out var l))
                    {
                        var join = j.ToLocal(DateOrder.MonthDay, null)!.Value.InZoneLeniently(wib).ToInstant();
                        var leave = l.ToLocal(DateOrder.MonthDay, null)!.Value.InZoneLeniently(wib).ToInstant();
                        kept.Add(new MeetingRow(null, row.Line, row.Field(0), row.Field(1), join, leave, Duration.FromMinutes(5), MeetingRole.Guest, false));
                    }
                }

                return kept.Count;
            });
            kept = null;
            var pool = new Dictionary<string, string>();
            Time(output, "... with pooled name/email", () =>
            {
                kept = new List<MeetingRow>();
                pool.Clear();
                foreach (var row in ExportText.Enumerate(text, ',').Skip(1))
                {
                    if (LocalStamp.TryParse(row.Field(2), out var j) && LocalStamp.TryParse(row.Field(3), out var l))
                    {
                        var join = j.ToLocal(DateOrder.MonthDay, null)!.Value.InZoneLeniently(wib).ToInstant();
                        var leave = l.ToLocal(DateOrder.MonthDay, null)!.Value.InZoneLeniently(wib).ToInstant();
                        var name = row.Field(0);
                        var email = row.Field(1);
                        if (!pool.TryGetValue(name, out var n)) { pool[name] = n = name; }
                        if (!pool.TryGetValue(email, out var e)) { pool[email] = e = email; }
                        kept.Add(new MeetingRow(null, row.Line, n, e, join, leave, Duration.FromMinutes(5), MeetingRole.Guest, false));
                    }
                }

                return kept.Count;
            });
            kept = null;
            ReportBuilder? builder = null;
            Time(output, "rows + AddText", () =>
            {
                builder = new ReportBuilder(MeetingFormat.Zoom, new MeetingReadOptions(wib));
                foreach (var row in ExportText.Enumerate(text, ',').Skip(1))
                {
                    builder.AddText(row.Line, row.Field(0), row.Field(1), row.Field(2), row.Field(3), Duration.FromMinutes(int.Parse(row.Field(4), System.Globalization.CultureInfo.InvariantCulture)), MeetingRole.Guest, continuity: false);
                }

                return 0;
            });
            Time(output, "Build", () => builder!.Build().Rows.Count);
            builder = null;
            Time(output, "read", () => bench.ZoomRead());
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
