using Bimtek.Domain.Common;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// The roster format for identity resolution: CSV with a header naming <c>nip</c> and <c>name</c> (required) and
/// <c>email</c>, <c>session</c> and <c>alias</c> (optional), in any order, other columns ignored. Several e-mails of one
/// official are separated by <c>;</c>; an official enrolled in several sessions has a row per session (or sessions
/// separated by <c>;</c>); <c>alias</c> holds display names or e-mails the host knows are this official's (the host's
/// mapping, <see cref="ResolutionStep.HostMapping"/>), separated by <c>;</c>.
/// </summary>
/// <remarks>
/// The host's CSV reader splits the file into <see cref="CsvRecord"/>s (the package has no CSV tokeniser). A roster is
/// the host's own list: a bad row is not skipped (an official left out would read as absent) but refuses the roster,
/// naming every bad line and field, never the value. Thread-safe; no file I/O.
/// </remarks>
public static class RosterFile
{
    /// <summary>Gets the columns a header must have: <c>nip</c>, <c>name</c>.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = new[] { "nip", "name" }.AsReadOnly();

    /// <summary>Reads a roster.</summary>
    /// <param name="header">The header's column names, in file order (line 1).</param>
    /// <param name="records">The data records, in file order, each with its line.</param>
    /// <param name="source">The document's name for messages, or <see langword="null"/>.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="BimtekCsvException">A required column is missing, or a row is bad (its message names every bad
    /// line and field: a NIP that is not valid, an e-mail without <c>@</c>, a wrong number of fields).</exception>
    public static Roster ReadCsv(IReadOnlyList<string> header, IEnumerable<CsvRecord> records, string? source)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var required in RequiredColumns)
        {
            if (!columns.Contains(required))
            {
                throw new BimtekCsvException(source, 1, $"the header lacks column '{required}'; expected nip,name[,email][,session][,alias].");
            }
        }

        int nipAt = columns.IndexOf("nip"), nameAt = columns.IndexOf("name"), emailAt = columns.IndexOf("email"), sessionAt = columns.IndexOf("session"), aliasAt = columns.IndexOf("alias");
        var entries = new List<(Nip Nip, string Name, string[] Emails, string[] Sessions)>();
        var mapping = new Dictionary<string, (Nip Nip, int Line)>(StringComparer.Ordinal);
        var problems = new List<(int Line, string Problem)>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var fields = record.Fields;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                problems.Add((record.Line, $"expected {header.Count} fields, got {fields.Count}"));
                continue;
            }

            if (!Nip.TryParse(fields[nipAt].AsSpan().Trim(), out var nip, out var reason))
            {
                problems.Add((record.Line, $"field 'nip' is not a valid NIP ({reason?.English ?? "invalid"})"));
                continue;
            }

            var emails = emailAt < 0 ? [] : Split(fields[emailAt]);
            if (emails.FirstOrDefault(e => e.IndexOf('@', StringComparison.Ordinal) is <= 0 || e.EndsWith('@')) is not null)
            {
                problems.Add((record.Line, "field 'email' holds a value that is not an e-mail address"));
                continue;
            }

            var clash = false;
            foreach (var alias in aliasAt < 0 ? [] : Split(fields[aliasAt]))
            {
                var key = ResolutionOptions.MappingKey(alias);
                if (key.Length > 0 && !mapping.TryAdd(key, (nip, record.Line)) && mapping[key].Nip != nip)
                {
                    problems.Add((record.Line, $"field 'alias' gives an alias that line {mapping[key].Line} gives another official"));
                    clash = true;
                    break;
                }
            }

            if (!clash)
            {
                entries.Add((nip, fields[nameAt].Trim(), emails, sessionAt < 0 ? [] : Split(fields[sessionAt])));
            }
        }

        if (problems.Count > 0)
        {
            var first = problems[0];
            var more = problems.Count > 1 ? $"; also line(s) {string.Join(", ", problems.Skip(1).Take(20).Select(p => p.Line))}{(problems.Count > 21 ? ", …" : string.Empty)}" : string.Empty;
            throw new BimtekCsvException(source, first.Line, $"{first.Problem}; the roster is not used{more}.");
        }

        return new Roster(entries, mapping.ToDictionary(m => m.Key, m => m.Value.Nip, StringComparer.Ordinal));
    }

    private static string[] Split(string field) =>
        field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
