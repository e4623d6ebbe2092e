using System.Globalization;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
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
        Read(path, stream => BimtekJson.DeserializeProgramme(stream, path));

    /// <summary>Reads a schedule; its programme is <paramref name="programme"/> when the codes match, else an embedded one.</summary>
    public static Schedule ReadSchedule(CliContext context, string path, Programme? programme) =>
        Read(path, stream => BimtekJson.DeserializeSchedule(
            new StreamReader(stream).ReadToEnd(),
            path,
            code => programme is not null && programme.Code == code ? programme
                : EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code)
                : null,
            context.Get<IWorkingCalendar>().LessonHourLength));

    /// <summary>Reads a results file: <c>.csv</c> or <c>.json</c> (<see cref="ResultsFile"/>).</summary>
    public static IReadOnlyList<ResultRow> ReadResults(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(path, (header, records) => ResultsFile.ReadCsv(header, records, path)),
        ".json" => Read(path, stream => ResultsFile.ReadJson(stream, path)),
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
            // Unescape quoted fields, trim spaces, and let the package check field counts so a short row is reported, not fatal.
            using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(stream);
            var length = Math.Max(1L, stream.Length);
            var records = reader.Enumerate(row =>
            {
                // The stream runs ahead of the rows by one buffer: close enough for a progress bar.
                if (progress is not null && (row.RowIndex & 0x3FFF) == 0)
                {
                    progress.Report((double)stream.Position / length);
                }

                return new CsvRecord(row.LineNumberFrom, Fields(row));
            });
            return read(reader.Header.ColNames, records);
        }
        catch (BimtekCsvException ex)
        {
            throw new CliUsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw FileProblem.IsFileFailure(ex) && ex is not InvalidDataException ? FileProblem.Reading(path, ex) : new CliUsageException($"cannot read {path}: {MaskDigits(ex.Message)}");
        }
    }

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
