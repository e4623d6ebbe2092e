using System.Globalization;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Interop.Siasn;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using FluentValidation;
using nietras.SeparatedValues;

namespace Bimtek.Cli.Commands;

/// <summary>
/// Opens the files the commands take and hands their content to the package's readers (JSON forms, results and
/// attendance formats); any failure becomes a one-line usage error (exit 2) naming the file.
/// </summary>
/// <remarks>
/// CSV is tokenised here with Sep (the package has no CSV tokeniser and takes no dependency on one); the package reads
/// the format from the records: columns, rows by line, every rule.
/// </remarks>
internal static class InputFile
{
    public static Programme ReadProgramme(string path) =>
        Read(path, stream => BimtekJson.ReadProgramme(stream, path, InputLimits.Current()));

    /// <summary>Reads a programme and refuses it, naming each broken rule and path, when the programme validator finds an
    /// error: <c>plan</c>, <c>validate</c> and <c>report</c> use what <c>programme --programme</c> accepts, nothing else.</summary>
    public static Programme ReadValidProgramme(CliContext context, string path)
    {
        var programme = ReadProgramme(path);
        var errors = context.Get<IValidator<Programme>>().Validate(programme).Errors.Where(e => e.Severity == Severity.Error).ToList();
        return errors.Count == 0 ? programme
            : throw new CliUsageException($"{path}: the programme is not valid (check it with bimtek programme --programme): "
                + string.Join("; ", errors.Take(10).Select(e => $"{JsonPath(e.PropertyName)}: {e.ErrorCode}")) + (errors.Count > 10 ? $"; and {errors.Count - 10} more" : string.Empty));
    }

    /// <summary>Reads a schedule; its programme is <paramref name="programme"/> when the codes match, else an embedded one.</summary>
    public static Schedule ReadSchedule(CliContext context, string path, Programme? programme) =>
        Read(path, stream => BimtekJson.ReadSchedule(
            stream,
            path,
            code => programme is not null && programme.Code == code ? programme
                : EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code)
                : null,
            context.Get<IWorkingCalendar>().LessonHourLength,
            InputLimits.Current()));

    /// <summary>Reads a results file: <c>.csv</c> or <c>.json</c> (<see cref="ResultsFile"/>).</summary>
    public static IReadOnlyList<ResultRow> ReadResults(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(path, (header, records) => ResultsFile.ReadCsv(header, records, path)),
        ".json" => Read(path, stream => ResultsFile.ReadJson(stream, path, InputLimits.Current())),
        _ => throw new CliUsageException($"{path}: a results file ends in .csv or .json."),
    };

    /// <summary>Reads a meeting log in CSV (<see cref="AttendanceLogFile"/>).</summary>
    /// <param name="path">The log, as the user typed it.</param>
    /// <param name="progress">Told the share of the file read so far (0 to 1), when a terminal shows progress.</param>
    /// <param name="offset">Told the UTC offset of every join and leave, so messages can show the user's clock.</param>
    public static AttendanceLogBuilder ReadAttendanceLog(string path, IProgress<double>? progress = null, Rendering.WrittenOffset? offset = null) =>
        ReadCsv(
            path,
            (header, records) => AttendanceLogFile.ReadCsv(header, offset is null ? records : records.Select(r => Observed(r, offset)), path),
            progress);

    /// <summary>Reads a roster for identity resolution (<see cref="RosterFile"/>): a bad row refuses it (exit 2), naming the lines.</summary>
    public static Roster ReadRoster(string path) => ReadCsv(path, (header, records) => RosterFile.ReadCsv(header, records, path));

    /// <summary>Reads certificates (<see cref="CertificatesFile"/>): a bad row refuses the file (exit 2), naming the lines.</summary>
    public static IReadOnlyList<Certificate> ReadCertificates(string path) => ReadCsv(path, (header, records) => CertificatesFile.ReadCsv(header, records, path));

    /// <summary>Reads the host's SIASN reference ids (<see cref="SiasnMappingFile"/>).</summary>
    public static SiasnMapping ReadSiasnMapping(string path) => Read(path, stream => SiasnMappingFile.ReadJson(stream, path));

    /// <summary>Reads a file's text whole (UTF-8, or UTF-16 with a BOM), refusing one above the JSON limit.</summary>
    public static string ReadText(string path) => Read(path, stream =>
    {
        var limit = InputLimits.Current().MaxJsonBytes;
        if (stream.Length > limit)
        {
            throw new CliUsageException($"{path} is larger than {limit >> 20} MB; raise BIMTEK_MAX_JSON_MB to read it.");
        }

        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    });

    /// <summary>Whether a log is meant as the tool's own CSV (header <c>nip,session,join,leave</c>), from its first line:
    /// <c>nip</c> and <c>session</c> are enough, so a header lacking <c>join</c> or <c>leave</c> is reported as such.</summary>
    public static bool IsBimtekLog(string path) => Read(path, stream =>
    {
        var head = new byte[4096];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF');
        var line = text.Split('\n')[0].ToLowerInvariant().Split(',').Select(c => c.Trim().Trim('"')).ToHashSet();
        return line.Contains("nip") && line.Contains("session");
    });

    /// <summary>Reads a meeting platform's export (<see cref="MeetingExportReader"/>); a document that cannot be read at all
    /// is a usage error naming the rule and, where the tool has an option for it, the option to give.</summary>
    public static MeetingReport ReadMeetingExport(string path, MeetingReadOptions options) => Read(path, stream =>
    {
        var limit = InputLimits.Current().MaxCsvBytes;
        if (stream.Length > limit)
        {
            throw new CliUsageException($"{path} is larger than {limit >> 20} MB; raise BIMTEK_MAX_CSV_MB to read it.");
        }

        try
        {
            return MeetingExportReader.Read(stream, options);
        }
        catch (MeetingExportException ex)
        {
            var hint = ex.Code switch
            {
                MeetingRuleCodes.DateOrderAmbiguous => " (--date-order dmy|mdy)",
                MeetingRuleCodes.MeetingDateMissing => " (--date YYYY-MM-DD)",
                MeetingRuleCodes.UnknownLayout => " (or give --format)",
                _ => string.Empty,
            };
            throw new CliUsageException($"{ex.Code}: {(hint.Length > 0 ? ex.Message.TrimEnd('.') + hint + "." : ex.Message)}");
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"{path} is the tool's own log (nip,session,join,leave): read it with --format bimtek or auto, without --roster.");
        }
    });

    // The join and leave columns are the third and fourth (AttendanceLogFile's header); other layouts are just not observed.
    private static CsvRecord Observed(CsvRecord record, Rendering.WrittenOffset offset)
    {
        foreach (var field in record.Fields.Skip(2).Take(2))
        {
            offset.Observe(field);
        }

        return record;
    }

    private static T Read<T>(string path, Func<Stream, T> read)
    {
        try
        {
            using var stream = Open(path);
            return read(stream);
        }
        catch (Exception ex) when (FileProblem.IsFileFailure(ex))
        {
            throw FileProblem.Reading(path, ex);
        }
        catch (BimtekJsonException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static FileStream Open(string path) =>
        Directory.Exists(path) ? throw new UnauthorizedAccessException() : File.OpenRead(path);

    private static T ReadCsv<T>(string path, Func<IReadOnlyList<string>, IEnumerable<CsvRecord>, T> read, IProgress<double>? progress = null)
    {
        FileStream stream;
        try
        {
            stream = Open(path);
        }
        catch (Exception ex) when (FileProblem.IsFileFailure(ex))
        {
            throw FileProblem.Reading(path, ex);
        }

        using (stream)
        {
            return ReadCsv(path, stream, read, progress);
        }
    }

    private static T ReadCsv<T>(string path, FileStream stream, Func<IReadOnlyList<string>, IEnumerable<CsvRecord>, T> read, IProgress<double>? progress)
    {
        try
        {
            // The package's reader decodes (UTF-8 only) and bounds the file and its lines; Sep tokenises. The header is read
            // as a row, so the package, not Sep, reports a repeated column. Quoted fields are unescaped and spaces trimmed;
            // the package checks field counts, so a short row is reported, not fatal.
            using var text = new Utf8CsvReader(stream, path, InputLimits.Current());
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(text);
            var length = Math.Max(1L, stream.Length);
            var rows = reader.Enumerate(row =>
            {
                // The stream runs ahead of the rows by one buffer: close enough for a progress bar.
                if (progress is not null && (row.RowIndex & 0x3FFF) == 0)
                {
                    progress.Report((double)stream.Position / length);
                }

                return new CsvRecord(row.LineNumberFrom, Fields(row));
            });
            using var records = rows.GetEnumerator();
            var header = records.MoveNext() ? records.Current.Fields : [];
            return read(header, Rest(records));
        }
        catch (BimtekCsvException ex)
        {
            throw new CliUsageException(ex.Message);
        }
        catch (NotSupportedException ex)
        {
            // Sep refuses a row over its buffer (16 MB), e.g. an unbalanced quote that runs to the end of a large file.
            throw new CliUsageException($"{path}: a row is too long to read (an unbalanced quote?): {MaskDigits(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw FileProblem.IsFileFailure(ex) && ex is not InvalidDataException ? FileProblem.Reading(path, ex) : new CliUsageException($"cannot read {path}: {MaskDigits(ex.Message)}");
        }
    }

    private static IEnumerable<CsvRecord> Rest(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }

    // Programme paths as the JSON names them: Phases[1].Id is $.phases[1].id.
    private static string JsonPath(string propertyName) =>
        "$" + string.Concat(propertyName.Split('.').Select(part => "." + (part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..])));

    private static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    // Sep's messages may quote a row; a NIP in it is masked.
    private static string MaskDigits(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\d(?:[\d .]*\d){9,}", m => new string('*', m.Length));
}
