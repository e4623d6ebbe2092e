using System.Globalization;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
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
    public static Programme ReadProgramme(FileInfo file) =>
        Read(file, stream => BimtekJson.ReadProgramme(stream, file.Name, InputLimits.Current()));

    /// <summary>Reads a programme and refuses it, naming each broken rule and path, when the programme validator finds an
    /// error: <c>plan</c>, <c>validate</c> and <c>report</c> use what <c>programme --file</c> accepts, nothing else.</summary>
    public static Programme ReadValidProgramme(CliContext context, FileInfo file)
    {
        var programme = ReadProgramme(file);
        var errors = context.Get<IValidator<Programme>>().Validate(programme).Errors.Where(e => e.Severity == Severity.Error).ToList();
        return errors.Count == 0 ? programme
            : throw new CliUsageException($"{file.Name}: the programme is not valid (check it with bimtek programme --file): "
                + string.Join("; ", errors.Take(10).Select(e => $"{JsonPath(e.PropertyName)}: {e.ErrorCode}")) + (errors.Count > 10 ? $"; and {errors.Count - 10} more" : string.Empty));
    }

    /// <summary>Reads a schedule; its programme is <paramref name="programme"/> when the codes match, else an embedded one.</summary>
    public static Schedule ReadSchedule(CliContext context, FileInfo file, Programme? programme) =>
        Read(file, stream => BimtekJson.ReadSchedule(
            stream,
            file.Name,
            code => programme is not null && programme.Code == code ? programme
                : EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code)
                : null,
            context.Get<IWorkingCalendar>().LessonHourLength,
            InputLimits.Current()));

    /// <summary>Reads a results file: <c>.csv</c> or <c>.json</c> (<see cref="ResultsFile"/>).</summary>
    public static IReadOnlyList<ResultRow> ReadResults(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(file, (header, records) => ResultsFile.ReadCsv(header, records, file.Name)),
        ".json" => Read(file, stream => ResultsFile.ReadJson(stream, file.Name, InputLimits.Current())),
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
            // The package's reader decodes (UTF-8 only) and bounds the file and its lines; Sep tokenises. The header is read
            // as a row, so the package, not Sep, reports a repeated column. Quoted fields are unescaped and spaces trimmed;
            // the package checks field counts, so a short row is reported, not fatal.
            using var text = new Utf8CsvReader(file.OpenRead(), file.Name, InputLimits.Current());
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(text);
            var rows = reader.Enumerate(row => new CsvRecord(row.LineNumberFrom, Fields(row)));
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
            throw new CliUsageException($"{file.Name}: a row is too long to read (an unbalanced quote?): {MaskDigits(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {MaskDigits(ex.Message)}");
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
