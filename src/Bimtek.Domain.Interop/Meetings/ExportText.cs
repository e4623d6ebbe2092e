using System.Text;
using nietras.SeparatedValues;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>Turns an export's bytes into text and its text into rows (tokenised by Sep, never by hand).</summary>
internal static class ExportText
{
    /// <summary>UTF-8 as every export but Teams' is written: no BOM written, invalid bytes read as U+FFFD.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The length of the UTF-8 BOM that starts <paramref name="bytes"/> (0 or 3) when <see cref="Decode"/> would read
    /// them as UTF-8, or -1 when it would read UTF-16 (a UTF-16 BOM, or zeros every second byte).
    /// </summary>
    public static int Utf8Start(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? -1
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
        : bytes.Length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[3] == 0 ? -1
        : 0;

    /// <summary>Decodes by BOM: Teams writes UTF-16 LE with a BOM; its copies, and every other export, are UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8.GetString(bytes[3..]);
        }

        // UTF-16 LE without a BOM: ASCII text then has a zero every second byte.
        if (bytes.Length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[3] == 0)
        {
            return Encoding.Unicode.GetString(bytes);
        }

        return Utf8.GetString(bytes);
    }

    /// <summary>Splits text into rows of trimmed, unquoted fields with their 1-based line numbers.</summary>
    public static List<TextRow> Rows(string text, char separator) => [.. Enumerate(text, separator)];

    /// <summary>
    /// Like <see cref="Rows"/>, one row at a time: a large export (a million Zoom rows) is read without holding every
    /// row's fields at once, so they die young instead of being promoted by the collector.
    /// </summary>
    public static IEnumerable<TextRow> Enumerate(string text, char separator)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        using var reader = Open(text, separator);
        foreach (var row in reader)
        {
            yield return RowOf(row);
        }
    }

    /// <summary>
    /// Sep's reader over <paramref name="text"/>, for a reader that takes its rows' fields as spans (no string per field).
    /// Each column is unescaped in place when it is read, so a row's column may be read once only.
    /// </summary>
    public static SepReader Open(string text, char separator) => Options(separator).FromText(text);

    /// <summary>Like <see cref="Open(string, char)"/>, over text read as it is decoded (a large export need not be one string).</summary>
    public static SepReader Open(TextReader text, char separator) => Options(separator).From(text);

    private static SepReaderOptions Options(char separator) => Sep.Reader(o => o with
    {
        Sep = new Sep(separator),
        HasHeader = false,
        Unescape = true,
        Trim = SepTrim.All,
        DisableColCountCheck = true,
    });

    /// <summary>A row of <see cref="Open(string, char)"/> as text (reads each of its columns).</summary>
    public static TextRow RowOf(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return new TextRow(row.LineNumberFrom, fields);
    }

    /// <summary>The separator of a delimited export: a tab when its first lines hold one (Teams), else a comma.</summary>
    public static char SeparatorOf(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains('\t') ? '\t' : ',';
    }
}

/// <summary>A row of a delimited export: its line and its fields.</summary>
internal readonly record struct TextRow(int Line, string[] Fields)
{
    public bool IsBlank => Array.TrueForAll(Fields, f => f.Length == 0);

    public string Field(int index) => index >= 0 && index < Fields.Length ? Fields[index] : string.Empty;
}
