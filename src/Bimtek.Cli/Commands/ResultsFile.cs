using System.Globalization;
using System.Text.Json;
using Bimtek.Domain.Assessments;
using nietras.SeparatedValues;

namespace Bimtek.Cli.Commands;

/// <summary>
/// Reads a results file (CSV by Sep, or a JSON array) into rows of text for <see cref="ResultReader"/>, which checks
/// every field. A row that cannot be split is kept as a malformed row, so it is reported by line, never dropped.
/// </summary>
internal static class ResultsFile
{
    private static readonly string[] Columns = ["nip", "session", "region", "position", "pre_test", "post_test", "final_score", "attendance_percent", "completed"];
    private static readonly string[] Required = ["nip", "session", "region"];
    private const string LevelPrefix = "level:";

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

    public static IReadOnlyList<ResultRow> Read(FileInfo file)
    {
        try
        {
            return file.Extension.ToLowerInvariant() switch
            {
                ".csv" => ReadCsv(file),
                ".json" => ReadJson(file),
                _ => throw new CliUsageException($"{file.Name}: a results file ends in .csv or .json."),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {ex.Message}");
        }
    }

    private static List<ResultRow> ReadCsv(FileInfo file)
    {
        // Unescape quoted fields, trim spaces, and check field counts ourselves so a short row is reported, not fatal.
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
            .FromFile(file.FullName);
        if (reader.Header.IsEmpty)
        {
            throw new CliUsageException($"{file.Name} has no header line; expected {string.Join(',', Columns)} (and any level:<competency> columns).");
        }

        var names = reader.Header.ColNames;
        CheckColumns(file, names);
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var levels = names.Where(n => n.StartsWith(LevelPrefix, StringComparison.Ordinal)).ToList();
        var rows = new List<ResultRow>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != names.Count)
            {
                rows.Add(new ResultRow(line, null, null, null, Malformed: $"{row.ColCount} field(s), the header has {names.Count}"));
                continue;
            }

            var fields = new string[names.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            string? Get(string name) => index.TryGetValue(name, out var i) ? fields[i] : null;
            rows.Add(new ResultRow(
                line,
                Get("nip"),
                Get("session"),
                Get("region"),
                Get("position"),
                Get("pre_test"),
                Get("post_test"),
                Get("final_score"),
                Get("attendance_percent"),
                Get("completed"),
                levels.Count == 0 ? null : levels.ToDictionary(l => l[LevelPrefix.Length..], l => Get(l), StringComparer.Ordinal)));
        }

        return rows;
    }

    private static void CheckColumns(FileInfo file, IReadOnlyList<string> names)
    {
        var unknown = names.Where(n => !Columns.Contains(n, StringComparer.Ordinal) && !(n.StartsWith(LevelPrefix, StringComparison.Ordinal) && n.Length > LevelPrefix.Length)).ToList();
        var missing = Required.Where(r => !names.Contains(r, StringComparer.Ordinal)).ToList();
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || repeated.Count > 0)
        {
            throw new CliUsageException(
                $"{file.Name}: header {Describe("lacks", missing)}{Describe("has unknown column(s)", unknown)}{Describe("repeats", repeated)}; "
                + $"expected {string.Join(',', Columns)} (only nip, session and region are required) and any level:<competency> columns.");
        }
    }

    private static string Describe(string what, List<string> names) =>
        names.Count == 0 ? string.Empty : $"{what} {string.Join(", ", names.Select(CommonOptions.Shown))} ";

    private static List<ResultRow> ReadJson(FileInfo file)
    {
        JsonDocument document;
        try
        {
            using var stream = file.OpenRead();
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{file.Name} is not JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CliUsageException($"{file.Name}: expected a JSON array of result objects.");
            }

            return [.. document.RootElement.EnumerateArray().Select((element, i) => JsonRow(element, i + 1))];
        }
    }

    private static ResultRow JsonRow(JsonElement element, int position)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ResultRow(position, null, null, null, Malformed: $"a {element.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, string?>? levels = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "levels" && property.Value.ValueKind == JsonValueKind.Object)
            {
                levels = [];
                foreach (var level in property.Value.EnumerateObject())
                {
                    if (Scalar(level.Value, out var text))
                    {
                        levels[level.Name] = text;
                    }
                    else
                    {
                        return new ResultRow(position, null, null, null, Malformed: $"level {CommonOptions.Shown(level.Name)} is not a number or text");
                    }
                }
            }
            else if (!JsonNames.TryGetValue(property.Name, out var column))
            {
                return new ResultRow(position, null, null, null, Malformed: $"unknown field {CommonOptions.Shown(property.Name)}");
            }
            else if (Scalar(property.Value, out var text))
            {
                fields[column] = text;
            }
            else
            {
                return new ResultRow(position, null, null, null, Malformed: $"field {property.Name} is not a number, text or true/false");
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
