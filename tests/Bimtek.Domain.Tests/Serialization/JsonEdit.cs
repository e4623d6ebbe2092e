using System.Globalization;
using System.Text.Json.Nodes;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>Edits one value of a JSON document by its path (<c>$.a[0].b</c>), for tests of bad documents.</summary>
internal static class JsonEdit
{
    public static string Set(string json, string path, string rawValue)
    {
        var root = JsonNode.Parse(json)!;
        var steps = path.TrimStart('$').TrimStart('.').Replace("]", string.Empty, StringComparison.Ordinal).Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var s = 0; s < steps.Length - 1; s++)
        {
            node = steps[s].StartsWith('[') ? node[int.Parse(steps[s][1..], CultureInfo.InvariantCulture)]! : node[steps[s]]!;
        }

        var last = steps[^1];
        var value = JsonNode.Parse(rawValue);
        if (last.StartsWith('['))
        {
            node[int.Parse(last[1..], CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node[last] = value;
        }

        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
