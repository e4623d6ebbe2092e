using System.Text.Json;
using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>What the JSON readers share: pages (one object or an array of them), typed fields by path.</summary>
internal static class JsonExport
{
    /// <summary>The pages of a response: the root object, or each object of a root array, with its path prefix.</summary>
    public static IEnumerable<(JsonElement Page, string Path)> Pages(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            yield return (root, "$");
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var page in root.EnumerateArray())
            {
                if (page.ValueKind == JsonValueKind.Object)
                {
                    yield return (page, $"$[{i}]");
                }

                i++;
            }
        }
    }

    public static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement page, string pagePath, string property)
    {
        if (page.ValueKind == JsonValueKind.Object && page.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                yield return (item, $"{pagePath}.{property}[{i}]");
                i++;
            }
        }
    }

    public static string? String(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Object(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static bool TryNumber(JsonElement item, string property, out long number)
    {
        number = 0;
        return item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out number);
    }

    /// <summary>Reads an ISO 8601 instant property; false with a rejection when present but unreadable, or required and absent.</summary>
    public static bool TryInstant(ReportBuilder builder, JsonElement item, string path, string property, bool required, out Instant? instant)
    {
        instant = null;
        var text = String(item, property);
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                builder.Reject(path, property, new RuleText("tidak ada", "missing"));
                return false;
            }

            return true;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            instant = parsed.Value;
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            instant = offset.Value.ToInstant();
            return true;
        }

        builder.Reject(path, property, new RuleText("bukan waktu ISO 8601, mis. 2020-06-15T01:00:00Z", "not an ISO 8601 instant, e.g. 2020-06-15T01:00:00Z"));
        return false;
    }
}
