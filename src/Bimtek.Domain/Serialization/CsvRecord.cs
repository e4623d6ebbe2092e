using Bimtek.Domain.Common;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// One record of a delimited text file as the host's CSV reader split it: its line and its fields, unquoted. The package
/// reads its CSV formats (<see cref="ResultsFile"/>, <see cref="AttendanceLogFile"/>) from these, so the tokenising stays
/// with a CSV library the host trusts and the format (columns, rules, line numbers) stays with the package.
/// </summary>
/// <remarks>It may hold personal data (a NIP): <see cref="ToString"/> shows only the line. Immutable.</remarks>
public sealed class CsvRecord
{
    private readonly string[] _fields;

    /// <summary>Creates a record.</summary>
    /// <param name="line">Its line in the file, 1-based (the header is line 1).</param>
    /// <param name="fields">Its fields, in file order; copied.</param>
    /// <exception cref="ArgumentException"><paramref name="line"/> is below 1, or a field is <see langword="null"/>.</exception>
    public CsvRecord(int line, IEnumerable<string> fields)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentNullException.ThrowIfNull(fields);
        _fields = [.. fields];
        if (Array.IndexOf(_fields, null) >= 0)
        {
            throw new ArgumentException("A field is null; give an empty string for an empty field.", nameof(fields));
        }

        Line = line;
        Fields = Array.AsReadOnly(_fields);
    }

    /// <summary>Gets the record's line in the file (1-based; the header is line 1).</summary>
    public int Line { get; }

    /// <summary>Gets the fields, in file order.</summary>
    public IReadOnlyList<string> Fields { get; }

    // No field of the package's formats holds a line break: one that does is an unbalanced quote that swallowed the lines
    // after it, and saying how many keeps them from passing as one rejected row.
    internal static RuleText? SpannedLines(IReadOnlyList<string> fields)
    {
        var breaks = 0;
        foreach (var field in fields)
        {
            if (field.AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                breaks += field.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
            }
        }

        return breaks == 0 ? null : new RuleText(
            $"tanda kutip tidak ditutup: baris ini menelan {breaks} baris berikutnya",
            $"a quote is not closed: this row swallows the next {breaks} line(s)");
    }

    /// <inheritdoc />
    public override string ToString() => $"line {Line}, {_fields.Length} field(s)";
}
