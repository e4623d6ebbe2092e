using System.Text.Json;
using System.Text.Json.Serialization;
using Bimtek.Domain.Centres;

namespace Bimtek.Domain.Serialization;

/// <summary>Centre codes as their text (<c>"BDI-YOG"</c>).</summary>
internal sealed class CentreCodeJsonConverter : JsonConverter<CentreCode>
{
    public override CentreCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return CentreCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"expected a centre code such as \"BDI-YOG\"; got {(text is null ? "a " + reader.TokenType.ToString().ToLowerInvariant() : Common.PersonalData.Quote(text))}");
    }

    public override void Write(Utf8JsonWriter writer, CentreCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
