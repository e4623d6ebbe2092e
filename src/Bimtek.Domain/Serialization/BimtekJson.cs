using System.Text.Json;
using System.Text.Json.Serialization;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Serialization.Documents;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// The package's one JSON form for its aggregates (programmes now; schedules, enrolments and results as they come):
/// camelCase names, enums as camelCase strings, NodaTime values as ISO strings (<c>2020-06-15</c>, <c>07:30:00</c>),
/// region codes as dotted strings. Documented in README.md ("The JSON form").
/// </summary>
/// <remarks>
/// Reading is strict: unknown properties, missing required ones, nulls, wrong types, unknown enum values and malformed
/// dates or codes throw <see cref="BimtekJsonException"/> naming the JSON path and what was expected. Every aggregate
/// round-trips unchanged. Thread-safe.
/// </remarks>
public static class BimtekJson
{
    /// <summary>Gets the serializer options of the JSON form (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a programme as JSON.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The JSON text (indented).</returns>
    public static string SerializeProgramme(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return JsonSerializer.Serialize(ProgrammeDocument.From(programme), Options);
    }

    /// <summary>Reads a programme from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The programme, exactly as written (its status included).</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid programme; the message names the path.</exception>
    public static Programme DeserializeProgramme(string json) => DeserializeProgramme(json, source: null);

    /// <summary>Reads a programme from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The document's name for error messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <returns>The programme, exactly as written (its status included).</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid programme; the message names the path.</exception>
    public static Programme DeserializeProgramme(string json, string? source)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read<ProgrammeDocument>(json, source).ToProgramme(new DocumentPath(source, "$"));
    }

    /// <summary>Reads a programme from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="source">The document's name for error messages.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid programme; the message names the path.</exception>
    public static Programme DeserializeProgramme(Stream utf8Json, string? source)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json);
        return DeserializeProgramme(reader.ReadToEnd(), source);
    }

    private static T Read<T>(string json, string? source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new BimtekJsonException(source, "$", "expected an object, got null");
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Translate(ex, source);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new RegionCodeJsonConverter());
        options.Converters.Add(new StrictEnumConverter<DeliveryMode>());
        options.Converters.Add(new StrictEnumConverter<ProgrammeStatus>());
        options.Converters.Add(new StrictEnumConverter<PhaseDelivery>());
        options.Converters.Add(new StrictEnumConverter<RegionLevel>());
        options.Converters.Add(new StrictEnumConverter<PositionKind>());
        options.Converters.Add(new StrictEnumConverter<EvaluationKind>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
