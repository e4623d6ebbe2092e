using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Serialization;
using nietras.SeparatedValues;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Interop;

/// <summary>
/// 1,000,000 presence rows (100,000 officials, ten joins each, one two-day session) read from a Zoom participants report
/// (classic layout, US dates with AM/PM, as Zoom writes them) and, as the baseline, from the same rows in the project's own
/// log (<c>nip,session,join,leave</c>, ISO instants), both from bytes in memory. Goal of issue 12: Zoom within 2× of the
/// baseline. The Zoom path is measured twice: reading alone, and reading plus resolving every row to its official by
/// e-mail and building the attendance log (what the own format gives directly). Both formats are read from a stream over
/// the bytes, as a host reads a file.
/// </summary>
[MemoryDiagnoser]
public class MeetingExportBenchmarks
{
    private const int Officials = 100_000;
    private const int RowsPerOfficial = 10;
    private const string Session = "BDI-YOG-2020-06";
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    private byte[] _zoom = null!;
    private byte[] _own = null!;
    private IdentityResolver _resolver = null!;

    internal byte[] ZoomBytes => _zoom;

    internal IdentityResolver Resolver => _resolver;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2020);
        var zoom = new StringBuilder(130 * Officials * RowsPerOfficial);
        var own = new StringBuilder(80 * Officials * RowsPerOfficial);
        zoom.Append("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n");
        own.Append("nip,session,join,leave\n");
        var roster = new List<RosterOfficial>(Officials);
        for (var o = 0; o < Officials; o++)
        {
            var nip = SyntheticOfficials.NipOf(o);
            var email = SyntheticOfficials.EmailOf(o);
            roster.Add(new RosterOfficial(nip, SyntheticOfficials.NameOf(o % 50_000), [email]));
            for (var r = 0; r < RowsPerOfficial; r++)
            {
                var day = new LocalDate(2020, 6, 18).PlusDays(r / 5);
                var join = day.At(new LocalTime(7, 30)).PlusMinutes(random.Next(0, 420)).PlusSeconds(random.Next(60));
                var minutes = random.Next(5, 90);
                var leave = join.PlusMinutes(minutes);
                zoom.Append(CultureInfo.InvariantCulture, $"Peserta {o},{email},{Us(join)},{Us(leave)},{minutes},Yes\n");
                own.Append(CultureInfo.InvariantCulture, $"{nip.ToUnmaskedString()},{Session},{Iso(join)},{Iso(leave)}\n");
            }
        }

        _zoom = Encoding.UTF8.GetBytes(zoom.ToString());
        _own = Encoding.UTF8.GetBytes(own.ToString());
        _resolver = new IdentityResolver(roster);
    }

    [Benchmark(Baseline = true, Description = "Own log CSV → AttendanceLog (Sep + AttendanceLogFile)")]
    public int OwnFormat()
    {
        using var stream = new MemoryStream(_own, writable: false);
        using var text = new Utf8CsvReader(stream, "own.csv", new ReadLimits(ReadLimits.Default.MaxJsonBytes, 1L << 30, ReadLimits.Default.MaxCsvLineLength, ReadLimits.Default.MaxTextLength));
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).From(text);
        using var records = reader.Enumerate(row => new CsvRecord(row.LineNumberFrom, Fields(row))).GetEnumerator();
        records.MoveNext();
        var header = records.Current.Fields;
        var log = AttendanceLogFile.ReadCsv(header, Rest(records), "own.csv").Build();
        return log.CountFor(Session);
    }

    [Benchmark(Description = "Zoom CSV → MeetingReport (read only)")]
    public int ZoomRead()
    {
        using var stream = new MemoryStream(_zoom, writable: false);
        return MeetingExportReader.Read(stream, new MeetingReadOptions(Wib, documentName: "zoom.csv")).Rows.Count;
    }

    [Benchmark(Description = "Zoom CSV → resolved by e-mail → AttendanceLog")]
    public int ZoomToAttendance()
    {
        using var stream = new MemoryStream(_zoom, writable: false);
        var report = MeetingExportReader.Read(stream, new MeetingReadOptions(Wib, documentName: "zoom.csv"));
        return _resolver.Resolve(report).ToAttendanceLog(Session).CountFor(Session);
    }

    private static string Us(LocalDateTime t) => t.ToString("MM/dd/yyyy hh:mm:ss tt", CultureInfo.InvariantCulture);

    private static string Iso(LocalDateTime t) => t.InZoneStrictly(Wib).ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture);

    private static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    private static IEnumerable<CsvRecord> Rest(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }
}
