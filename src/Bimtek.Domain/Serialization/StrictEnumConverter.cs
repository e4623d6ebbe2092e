using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// Enums as camelCase strings, strictly: numbers, other spellings and unknown names are rejected with the list of
/// allowed values; writing an undefined value is misuse.
/// </summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName =
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<T, string> Names = ByName.ToDictionary(kv => kv.Value, kv => kv.Key);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && ByName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"expected one of {string.Join(", ", Names.Values)}; got {Describe(ref reader, text)}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Names.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{typeof(T).Name} value {value} has no name."));

    private static string Describe(ref Utf8JsonReader reader, string? text) =>
        text is not null ? Common.PersonalData.Quote(text.Length <= 40 ? text : text[..40] + "…") : $"a {reader.TokenType.ToString().ToLowerInvariant()}";
}
