using System.Text.Json;
using System.Text.Json.Nodes;
using Bimtek.Cli.Text;
using Bimtek.Domain.Common;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// Texts from an input file shown back to a person or a pipeline (a programme's title, a module's name, an official),
/// masked the way the package's messages are: a value with a NIP or any run of ten digits or more, or an e-mail, never
/// comes back whole whatever field it was written in (found by the CLI's fuzz tests: a title holding an e-mail).
/// </summary>
internal static class MaskedText
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(string? value, CliText text) => value is null ? string.Empty : RuleLanguage.FormatValue(value, text.Culture);

    /// <summary>A JSON document with every string value masked; the document as it was when nothing needs masking.</summary>
    public static string Json(string json, CliText text)
    {
        var root = JsonNode.Parse(json);
        return root is not null && Mask(root, text) ? root.ToJsonString(Indented) : json;
    }

    private static bool Mask(JsonNode node, CliText text)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    changed |= MaskChild(value, text, masked => obj[key] = masked);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var at = i;
                    changed |= MaskChild(array[i], text, masked => array[at] = masked);
                }

                break;
        }

        return changed;
    }

    private static bool MaskChild(JsonNode? child, CliText text, Action<string> replace)
    {
        if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var original = value.GetValue<string>();
            var masked = Of(original, text);
            if (!string.Equals(masked, original, StringComparison.Ordinal))
            {
                replace(masked);
                return true;
            }

            return false;
        }

        return child is not null && Mask(child, text);
    }
}
