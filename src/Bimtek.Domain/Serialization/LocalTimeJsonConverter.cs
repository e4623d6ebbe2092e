using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Serialization;

/// <summary>Agenda times as people write them: <c>"08:00"</c> (also <c>"08:00:00"</c> when reading).</summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
        if (text is not null && (HourMinute.Parse(text) is { Success: true } hm ? hm : LocalTimePattern.ExtendedIso.Parse(text)) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        throw new JsonException($"expected a time of day such as \"08:00\"; got {(text is null ? "a " + reader.TokenType.ToString().ToLowerInvariant() : Common.PersonalData.Quote(text))}");
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Second == 0 && value.NanosecondOfSecond == 0 ? HourMinute.Format(value) : LocalTimePattern.ExtendedIso.Format(value));
}
