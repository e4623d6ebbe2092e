using System.Text;
using System.Text.Json.Nodes;

namespace Bimtek.Domain.Tests.Reliability.Fuzzing;

/// <summary>
/// Structure-aware mutations of valid documents, from a fixed seed: delete a key, null a value (array items too),
/// change a value's type, extreme numbers, dates and times at and past their ends, duplicate keys, deep nesting, invalid
/// UTF-8, byte-order marks, truncation at a tenth of the bytes, very long strings and lines, NIPs planted in any text.
/// </summary>
internal sealed class Mutator(int seed)
{
    /// <summary>A NIP planted in documents: no message may print it whole.</summary>
    public const string PlantedNip = "196608011988031001";

    private static readonly JsonNode?[] Extremes =
    [
        null, 0, -1, int.MaxValue, int.MinValue, long.MaxValue, 1e300, -0.0, 0.5, "-0", "", " ", "0001-01-01", "9999-12-31",
        "-9998-01-01", "24:00", "23:59:59.999", "2020-02-30", "00:00", "2020-06-15T00:00:00Z", "9999-12-31T23:59:59Z",
        PlantedNip, "3201010101010001", "x@example.go.id", true, new JsonArray(), new JsonObject(), "BDI-XXX", "99.99", "\u0000",
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(string json)
    {
        var kind = _random.Next(14);
        return kind switch
        {
            < 6 => Encoding.UTF8.GetBytes(MutateTree(json)),
            6 => Truncate(Encoding.UTF8.GetBytes(json)),
            7 => Encoding.UTF8.GetBytes(DuplicateKey(json)),
            8 => Encoding.UTF8.GetBytes(Nest(json)),
            9 => InvalidUtf8(Encoding.UTF8.GetBytes(json)),
            10 => [.. Preamble(), .. Encoding.UTF8.GetBytes(json)],
            11 => Encoding.Unicode.GetBytes(json).Prepend((byte)0xFE).Prepend((byte)0xFF).ToArray(),
            12 => Encoding.UTF8.GetBytes(MutateTree(MutateTree(json))),
            _ => Encoding.UTF8.GetBytes(Replace(json)),
        };
    }

    public string MutateText(string text)
    {
        return _random.Next(8) switch
        {
            0 => text[..(_random.Next(text.Length / 10 + 1) * 10 > text.Length ? text.Length : _random.Next(text.Length / 10 + 1) * 10)],
            1 => Insert(text, "\""),
            2 => Insert(text, ","),
            3 => Insert(text, "\r\n"),
            4 => Insert(text, new string('9', _random.Next(2) == 0 ? 30 : 70_000)),
            5 => Insert(text, PlantedNip),
            6 => text.Replace("\n", _random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal),
            _ => Insert(text, "\"" + PlantedNip + ",\n"),
        };
    }

    private string Insert(string text, string piece)
    {
        var at = _random.Next(text.Length + 1);
        return text[..at] + piece + text[at..];
    }

    private string MutateTree(string json)
    {
        if (JsonNode.Parse(json) is not { } root)
        {
            return "{}";
        }

        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[_random.Next(nodes.Count)];
        var parent = target.Parent;
        var value = _random.Next(6) == 0 ? JsonValue.Create(new string('a', _random.Next(2) == 0 ? 5_000 : 100_000)) : Extreme();
        switch (parent)
        {
            case JsonObject obj:
                var name = target.GetPropertyName();
                if (_random.Next(3) == 0)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = value;
                }

                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
            default:
                return _random.Next(2) == 0 ? "null" : "{}";
        }

        return root.ToJsonString();
    }

    private JsonNode? Extreme() => Extremes[_random.Next(Extremes.Length)]?.DeepClone();

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private byte[] Truncate(byte[] bytes) => bytes[..Math.Min(bytes.Length, _random.Next(bytes.Length / 10 + 1) * 10)];

    private static string DuplicateKey(string json)
    {
        var at = json.IndexOf('{', StringComparison.Ordinal);
        var close = json.IndexOf(',', at + 1);
        return at < 0 || close < 0 ? json : json[..close] + "," + json[(at + 1)..close] + json[close..];
    }

    private string Nest(string json)
    {
        var depth = _random.Next(20, 200);
        var at = json.IndexOf(':', StringComparison.Ordinal) + 1;
        return at <= 0 ? json : json[..at] + new string('[', depth) + new string(']', depth) + ",\"zz\":" + json[at..];
    }

    private byte[] InvalidUtf8(byte[] bytes)
    {
        var at = _random.Next(bytes.Length);
        byte[] bad = _random.Next(3) switch { 0 => [0xFF], 1 => [0xC3, 0x28], _ => [0xED, 0xA0, 0x80] };
        return [.. bytes[..at], .. bad, .. bytes[at..]];
    }

    private static byte[] Preamble() => [0xEF, 0xBB, 0xBF];

    private string Replace(string json)
    {
        var quote = json.IndexOf('"', _random.Next(json.Length));
        return quote < 0 ? json : json[..(quote + 1)] + PlantedNip + json[(quote + 1)..];
    }
}
