using System.Text.Json;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// The results-file format: participants' results as CSV (a header of <see cref="Columns"/> and any
/// <c>level:&lt;competency&gt;</c> columns) or as a JSON array of objects, read into <see cref="ResultRow"/>s for
/// <see cref="ResultReader"/>, which checks every field. Documented in README.md (<c>bimtek report</c>).
/// </summary>
/// <remarks>
/// <para>A row that cannot be split into fields (a CSV row with the wrong number of fields, a JSON element that is not an
/// object, an unknown or non-scalar field) is kept as a malformed row naming its line, so
/// <see cref="ResultReader"/> reports it (<see cref="AssessmentRuleCodes.ResultRowMalformed"/>); no row is dropped.
/// Only a file that cannot be read at all throws. No personal data in any message. Thread-safe; no file I/O.</para>
/// <para>CSV is split by the host's CSV reader into <see cref="CsvRecord"/>s (the package has no CSV tokeniser of its
/// own, so untrusted files are tokenised by a library built for it); JSON is read here.</para>
/// </remarks>
public static class ResultsFile
{
    /// <summary>The prefix of a column (CSV) holding an assessed level 1–5 of one competency, e.g. <c>level:TK.01</c>.</summary>
    public const string LevelColumnPrefix = "level:";

    private static readonly Dictionary<string, string> JsonNames = new(StringComparer.Ordinal)
    {
        ["nip"] = "nip",
        ["session"] = "session",
        ["region"] = "region",
        ["position"] = "position",
        ["preTest"] = "pre_test",
        ["postTest"] = "post_test",
        ["finalScore"] = "final_score",
        ["attendancePercent"] = "attendance_percent",
        ["completed"] = "completed",
    };

    /// <summary>Gets the CSV columns, in their usual order: <c>nip,session,region,position,pre_test,post_test,final_score,attendance_percent,completed</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        new[] { "nip", "session", "region", "position", "pre_test", "post_test", "final_score", "attendance_percent", "completed" }.AsReadOnly();

    /// <summary>Gets the CSV columns a header must have: <c>nip</c>, <c>session</c>, <c>region</c>.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = new[] { "nip", "session", "region" }.AsReadOnly();

    /// <summary>Reads CSV records (the header's column names, then the data records) into rows.</summary>
    /// <param name="header">The header's column names, in file order (line 1); empty when the file has no header.</param>
    /// <param name="records">The data records, in file order, each with its line.</param>
    /// <param name="source">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <returns>One row per record; a record whose field count differs from the header's is a malformed row.</returns>
    /// <exception cref="BimtekCsvException">The header is empty, lacks a required column, or has an unknown or repeated column.</exception>
    public static IReadOnlyList<ResultRow> ReadCsv(IReadOnlyList<string> header, IEnumerable<CsvRecord> records, string? source)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        CheckHeader(header, source);
        var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var levels = header.Where(n => n.StartsWith(LevelColumnPrefix, StringComparison.Ordinal)).ToList();
        var rows = new List<ResultRow>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var fields = record.Fields;
            if (CsvRecord.SpannedLines(fields) is { } spanned)
            {
                rows.Add(new ResultRow(record.Line, null, null, null, Malformed: spanned));
                continue;
            }

            if (fields.Count != header.Count)
            {
                rows.Add(new ResultRow(record.Line, null, null, null, Malformed: new RuleText($"{fields.Count} kolom, judul kolom ada {header.Count}", $"{fields.Count} field(s), the header has {header.Count}")));
                continue;
            }

            string? Get(string name) => index.TryGetValue(name, out var i) ? fields[i] : null;
            rows.Add(new ResultRow(
                record.Line,
                Get("nip"),
                Get("session"),
                Get("region"),
                Get("position"),
                Get("pre_test"),
                Get("post_test"),
                Get("final_score"),
                Get("attendance_percent"),
                Get("completed"),
                levels.Count == 0 ? null : levels.ToDictionary(l => l[LevelColumnPrefix.Length..], Get, StringComparer.Ordinal)));
        }

        return rows.AsReadOnly();
    }

    /// <summary>Reads a JSON array of result objects (camelCase names: <c>nip</c>, <c>session</c>, <c>region</c>,
    /// <c>position</c>, <c>preTest</c>, <c>postTest</c>, <c>finalScore</c>, <c>attendancePercent</c>, <c>completed</c>,
    /// and <c>levels</c>, an object of levels by competency code) into rows, each named by its 1-based position.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream; read to its end, not closed.</param>
    /// <param name="source">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <returns>One row per array element; an element that is not an object of scalars (or names an unknown field, or a
    /// field or level twice) is a malformed row.</returns>
    /// <exception cref="BimtekJsonException">The stream is not JSON, or not an array.</exception>
    public static IReadOnlyList<ResultRow> ReadJson(Stream utf8Json, string? source) => ReadJson(utf8Json, source, ReadLimits.Default);

    /// <summary>Reads a JSON array of result objects within limits (see <see cref="ReadJson(Stream, string?)"/>).</summary>
    /// <param name="utf8Json">The stream (UTF-8, with or without its byte-order mark); read to its end, not closed.</param>
    /// <param name="source">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <param name="limits">The largest document to read.</param>
    /// <returns>One row per array element; an element that is not an object of scalars is a malformed row.</returns>
    /// <exception cref="BimtekJsonException">The stream is not UTF-8 JSON, not an array, or over a limit.</exception>
    public static IReadOnlyList<ResultRow> ReadJson(Stream utf8Json, string? source, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = BimtekJson.Utf8Document(utf8Json, source, limits);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = ReadLimits.MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            throw new BimtekJsonException(source, ex.Path ?? "$", "is not JSON: " + PersonalData.MaskIn(ex.Message), ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new BimtekJsonException(source, "$", $"line 1: expected a JSON array of result objects, got {JsonKind(document.RootElement.ValueKind)}.");
            }

            return [.. document.RootElement.EnumerateArray().Select((element, i) => JsonRow(element, i + 1))];
        }
    }

    private static void CheckHeader(IReadOnlyList<string> header, string? source)
    {
        var expected = $"expected {string.Join(',', Columns)} (only {string.Join(", ", RequiredColumns)} are required) and any {LevelColumnPrefix}<competency> columns";
        if (header.Count == 0)
        {
            throw new BimtekCsvException(source, 1, $"no header line; {expected}.");
        }

        var unknown = header.Where(n => !Columns.Contains(n, StringComparer.Ordinal) && !(n.StartsWith(LevelColumnPrefix, StringComparison.Ordinal) && n.Length > LevelColumnPrefix.Length)).ToList();
        var missing = RequiredColumns.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        var repeated = header.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            throw new BimtekCsvException(
                source,
                1,
                $"the header {string.Join("; ", new[] { Describe("lacks", missing), Describe("has unknown column(s)", unknown), Describe("repeats", repeated) }.Where(p => p.Length > 0))}; {expected}.");
        }
    }

    private static string Describe(string what, List<string> names) =>
        names.Count == 0 ? string.Empty : $"{what} {string.Join(", ", names.Select(PersonalData.Quote))}";

    private static ResultRow JsonRow(JsonElement element, int position)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Malformed(position, new RuleText($"{JsonKindId(element.ValueKind)}, bukan objek", $"{JsonKind(element.ValueKind)}, not an object"));
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, string?>? levels = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "levels")
            {
                if (levels is not null)
                {
                    return Twice(position, property.Name);
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    return Malformed(position, new RuleText("isian levels bukan objek (kode kompetensi: tingkat)", "field levels is not an object (competency code: level)"));
                }

                levels = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var level in property.Value.EnumerateObject())
                {
                    if (!Scalar(level.Value, out var text))
                    {
                        var name = PersonalData.Quoted(level.Name);
                        return Malformed(position, new RuleText($"level {name.Indonesian} bukan angka atau teks", $"level {name.English} is not a number or text"));
                    }

                    if (!levels.TryAdd(level.Name, text))
                    {
                        var name = PersonalData.Quoted(level.Name);
                        return Malformed(position, new RuleText($"level {name.Indonesian} ditulis dua kali", $"level {name.English} is given twice"));
                    }
                }
            }
            else if (!JsonNames.TryGetValue(property.Name, out var column))
            {
                var name = PersonalData.Quoted(property.Name);
                return Malformed(position, new RuleText($"isian {name.Indonesian} tidak dikenal", $"unknown field {name.English}"));
            }
            else if (fields.ContainsKey(column))
            {
                return Twice(position, property.Name);
            }
            else if (Scalar(property.Value, out var text))
            {
                fields[column] = text;
            }
            else
            {
                return Malformed(position, new RuleText($"isian {property.Name} bukan angka, teks atau true/false", $"field {property.Name} is not a number, text or true/false"));
            }
        }

        return new ResultRow(
            position,
            fields.GetValueOrDefault("nip"),
            fields.GetValueOrDefault("session"),
            fields.GetValueOrDefault("region"),
            fields.GetValueOrDefault("position"),
            fields.GetValueOrDefault("pre_test"),
            fields.GetValueOrDefault("post_test"),
            fields.GetValueOrDefault("final_score"),
            fields.GetValueOrDefault("attendance_percent"),
            fields.GetValueOrDefault("completed"),
            levels);
    }

    private static ResultRow Malformed(int position, RuleText reason) => new(position, null, null, null, Malformed: reason);

    // JSON lets a name repeat in an object; the last value would silently win over the first.
    private static ResultRow Twice(int position, string field) =>
        Malformed(position, new RuleText($"isian {field} ditulis dua kali", $"field {field} is given twice"));

    private static string JsonKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string JsonKindId(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "larik",
        JsonValueKind.String => "teks",
        JsonValueKind.Number => "angka",
        JsonValueKind.True or JsonValueKind.False => "nilai true/false",
        _ => "null",
    };

    private static bool Scalar(JsonElement value, out string? text)
    {
        text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;
    }
}
