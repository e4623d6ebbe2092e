using System.Reflection;

namespace Bimtek.Domain.Common;

/// <summary>
/// Reads the reference data embedded in the assembly (the files of <c>seeds/</c>).
/// </summary>
/// <remarks>
/// The seeds are our own, reviewed, unquoted CSV files (see each folder's <c>SOURCES.md</c>), so a small strict reader
/// is enough here. It is never used for host input: a malformed row fails loudly with its file and line number.
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

            var fields = line.Split(',');
            if (fields.Length != columns.Length)
            {
                throw new InvalidDataException(
                    $"Seed {resource} line {lineNumber}: {fields.Length} fields, expected {columns.Length} ({expected}).");
            }

            rows.Add(new SeedRow(resource, lineNumber, columns, fields));
        }

        return rows;
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
