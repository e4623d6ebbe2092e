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
    public static Programme ReadProgramme(FileInfo file) =>
        Read(file, stream => BimtekJson.DeserializeProgramme(stream, file.Name));

    /// <summary>Reads a schedule; its programme is <paramref name="programme"/> when the codes match, else an embedded one.</summary>
    public static Schedule ReadSchedule(CliContext context, FileInfo file, Programme? programme) =>
        Read(file, stream => BimtekJson.DeserializeSchedule(
            new StreamReader(stream).ReadToEnd(),
            file.Name,
            code => programme is not null && programme.Code == code ? programme
                : EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code)
                : null,
            context.Get<IWorkingCalendar>().LessonHourLength));

    /// <summary>Reads a results file: <c>.csv</c> or <c>.json</c> (<see cref="ResultsFile"/>).</summary>
    public static IReadOnlyList<ResultRow> ReadResults(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(file, (header, records) => ResultsFile.ReadCsv(header, records, file.Name)),
        ".json" => Read(file, stream => ResultsFile.ReadJson(stream, file.Name)),
        _ => throw new CliUsageException($"{file.Name}: a results file ends in .csv or .json."),
    };

    /// <summary>Reads a meeting log in CSV (<see cref="AttendanceLogFile"/>).</summary>
    public static AttendanceLogBuilder ReadAttendanceLog(FileInfo file) =>
        ReadCsv(file, (header, records) => AttendanceLogFile.ReadCsv(header, records, file.Name));

    private static T Read<T>(FileInfo file, Func<Stream, T> read)
    {
        try
        {
            using var stream = file.OpenRead();
            return read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {ex.Message}");
        }
        catch (BimtekJsonException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static T ReadCsv<T>(FileInfo file, Func<IReadOnlyList<string>, IEnumerable<CsvRecord>, T> read)
    {
        try
        {
            // Unescape quoted fields, trim spaces, and let the package check field counts so a short row is reported, not fatal.
            using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .FromFile(file.FullName);
            return read(reader.Header.ColNames, reader.Enumerate(row => new CsvRecord(row.LineNumberFrom, Fields(row))));
        }
        catch (BimtekCsvException ex)
        {
            throw new CliUsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {MaskDigits(ex.Message)}");
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
