using System.Reflection;

namespace Bimtek.Domain.Common;

/// <summary>
/// Reads the reference data embedded in the assembly (the files of <c>seeds/</c>).
/// </summary>
/// <remarks>
/// The seeds are our own, reviewed CSV files (see each folder's <c>SOURCES.md</c>), one record a line, so a small strict
/// reader is enough here. A field that holds a comma (a source citing "A, B") is quoted as RFC 4180 says, with a
/// doubled quote inside; before quoting was read, such a field split the row and failed the whole seed. It is never used
/// for host input: a malformed row fails loudly with its file and line number.
/// </remarks>
internal static class EmbeddedSeed
{
    private static readonly Assembly Assembly = typeof(EmbeddedSeed).Assembly;

    /// <summary>Opens an embedded seed file.</summary>
    public static Stream Open(string resource)
    {
        var name = "Bimtek.Domain.Seeds." + resource;
        return Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded seed '{name}' is missing from the assembly.");
    }

    /// <summary>Reads every data row of <paramref name="resource"/>, checking the header against <paramref name="columns"/>.</summary>
    public static IReadOnlyList<SeedRow> ReadCsv(string resource, params string[] columns)
    {
        using var reader = new StreamReader(Open(resource));
        return ReadCsv(reader, resource, columns);
    }

    /// <summary>Reads every data row of a seed text named <paramref name="resource"/> in its messages: the embedded
    /// seeds' reader, open to a test that gives it a malformed seed.</summary>
    public static IReadOnlyList<SeedRow> ReadCsv(TextReader reader, string resource, string[] columns)
    {
        var header = reader.ReadLine();
        var expected = string.Join(',', columns);
        if (header != expected)
        {
            throw new InvalidDataException($"Seed {resource}: header is '{header}', expected '{expected}'.");
        }

        var rows = new List<SeedRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Contains('"', StringComparison.Ordinal)
                ? SplitQuoted(line) ?? throw new InvalidDataException($"Seed {resource} line {lineNumber}: unbalanced or misplaced quote.")
                : line.Split(',');
            if (fields.Length != columns.Length)
            {
                throw new InvalidDataException(
                    $"Seed {resource} line {lineNumber}: {fields.Length} fields, expected {columns.Length} ({expected}).");
            }

            rows.Add(new SeedRow(resource, lineNumber, columns, fields));
        }

        return rows;
    }

    // One RFC 4180 record on one line: a quoted field runs to its closing quote ("" inside is a quote) and is followed by
    // a comma or the end. Null when the quoting is malformed.
    private static string[]? SplitQuoted(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                var text = line[i..(end < 0 ? line.Length : end)];
                if (text.Contains('"', StringComparison.Ordinal))
                {
                    return null;
                }

                field.Append(text);
                i = end < 0 ? line.Length : end;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return [.. fields];
            }

            i++; // the comma
        }
    }
}

/// <summary>One data row of an embedded seed, with its position for error messages.</summary>
internal sealed class SeedRow(string resource, int line, string[] columns, string[] fields)
{
    public int Line => line;

    public string this[string column] => fields[Array.IndexOf(columns, column)];

    /// <summary>Wraps a failure to interpret <paramref name="column"/> with the seed's file and line.</summary>
    public InvalidDataException Error(string column, string reason) =>
        new($"Seed {resource} line {line}, column '{column}' = '{this[column]}': {reason}");
}
