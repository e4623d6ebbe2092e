using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bimtek.Domain.Serialization;

/// <summary>Refuses a JSON text value longer than the reader's limit: a 50 MB programme code once made planning reach 1.8 GB.</summary>
internal sealed class TextLengthConverter(int maxLength) : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("The JSON value could not be converted to System.String.");
        }

        // The encoded length bounds the decoded one from above: no string is made for a value far over the limit.
        var encoded = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encoded > maxLength * 6L)
        {
            throw new JsonException(Longer(null));
        }

        var text = reader.GetString()!;
        return text.Length <= maxLength ? text : throw new JsonException(Longer(text.Length));
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private string Longer(int? length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a text {(length is { } n ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"of {n:N0} characters ") : string.Empty)}longer than the limit of {maxLength:N0} characters");
}
