using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// The meeting-log format: CSV with a header naming <see cref="Columns"/> (<c>nip,session,join,leave</c>, in any order,
/// other columns ignored), instants in ISO 8601 with an offset, <c>leave</c> blank when the platform recorded none.
/// </summary>
/// <remarks>
/// The host's CSV reader splits the file into <see cref="CsvRecord"/>s; this class maps them to an
/// <see cref="AttendanceLogBuilder"/>, which rejects bad rows by line (<see cref="AttendanceRuleCodes.RowInvalid"/>,
/// <see cref="AttendanceRuleCodes.LeaveBeforeJoin"/>) and never drops one silently. No personal data in any message.
/// Thread-safe; no file I/O.
/// </remarks>
public static class AttendanceLogFile
{
    /// <summary>Gets the columns a header must have: <c>nip</c>, <c>session</c>, <c>join</c>, <c>leave</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[] { "nip", "session", "join", "leave" }.AsReadOnly();

    /// <summary>Reads CSV records into a log builder.</summary>
    /// <param name="header">The header's column names, in file order (line 1).</param>
    /// <param name="records">The data records, in file order, each with its line.</param>
    /// <param name="source">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <returns>The builder: <see cref="AttendanceLogBuilder.Build"/> gives the log, <see cref="AttendanceLogBuilder.Rejected"/>
    /// every rejected row with its line (a record whose field count differs from the header's among them).</returns>
    /// <exception cref="BimtekCsvException">The header lacks a column.</exception>
    public static AttendanceLogBuilder ReadCsv(IReadOnlyList<string> header, IEnumerable<CsvRecord> records, string? source)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var index = new int[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            index[c] = IndexOf(header, Columns[c]);
            if (index[c] < 0)
            {
                throw new BimtekCsvException(source, 1, $"the header lacks column '{Columns[c]}'; expected {string.Join(',', Columns)}.");
            }
        }

        var builder = new AttendanceLogBuilder();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var fields = record.Fields;
            if (CsvRecord.SpannedLines(fields) is { } spanned)
            {
                builder.RejectRow(record.Line, spanned);
                continue;
            }

            if (fields.Count != header.Count)
            {
                builder.RejectRow(record.Line, new RuleText($"seharusnya {header.Count} kolom, ada {fields.Count}", $"expected {header.Count} fields, got {fields.Count}"));
                continue;
            }

            builder.AddRow(record.Line, fields[index[0]], fields[index[1]], fields[index[2]], fields[index[3]]);
        }

        return builder;
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
