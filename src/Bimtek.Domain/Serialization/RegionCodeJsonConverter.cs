using System.Text.Json;
using System.Text.Json.Serialization;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Serialization;

/// <summary>Region codes as their dotted text (<c>"32.73"</c>); reading also accepts <c>"3273"</c>.</summary>
internal sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a region code string such as \"32\" or \"32.73\"; got a {reader.TokenType.ToString().ToLowerInvariant()}");
        }

        var text = reader.GetString()!;
        return RegionCode.TryParse(text.AsSpan(), out var code, out var reason)
            ? code
            : throw new JsonException($"not a region code: {reason?.English}");
    }

    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
