using System.Text.Json;
using System.Text.Json.Serialization;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
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
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, JsonSerializerOptions> OptionsByTextLimit = new();

    /// <summary>The serializer options of the JSON form, for the package's own documents (read-only).</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions(ReadLimits.Default.MaxTextLength);

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
        return Map(Read<ProgrammeDocument>(json, source), source);
    }

    /// <summary>Reads a programme from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="source">The document's name for error messages.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid programme; the message names the path.</exception>
    public static Programme DeserializeProgramme(Stream utf8Json, string? source) => ReadProgramme(utf8Json, source, ReadLimits.Default);

    /// <summary>Reads a programme from a UTF-8 JSON stream within limits.</summary>
    /// <param name="utf8Json">The stream (UTF-8, with or without its byte-order mark); read to its end, not closed.</param>
    /// <param name="source">The document's name for error messages.</param>
    /// <param name="limits">The largest document and text value to read.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid programme, is not UTF-8 or is over a limit; the
    /// message names the path (or line) and the limit.</exception>
    public static Programme ReadProgramme(Stream utf8Json, string? source, ReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        return Map(Read<ProgrammeDocument>(Utf8Document(utf8Json, source, limits), source, limits), source);
    }

    /// <summary>Reads a schedule from a UTF-8 JSON stream within limits.</summary>
    /// <param name="utf8Json">The stream (UTF-8, with or without its byte-order mark); read to its end, not closed.</param>
    /// <param name="source">The document's name for error messages, or <see langword="null"/>.</param>
    /// <param name="findProgramme">Finds the programme the document names by code; <see langword="null"/> when there is none.</param>
    /// <param name="lessonLength">The length of one JP, for teaching items; <see langword="null"/> for 45 minutes.</param>
    /// <param name="limits">The largest document and text value to read; <see langword="null"/> for <see cref="ReadLimits.Default"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid schedule, names an unknown programme, is not UTF-8
    /// or is over a limit.</exception>
    public static Schedule ReadSchedule(Stream utf8Json, string? source, Func<string, Programme?> findProgramme, Duration? lessonLength, ReadLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(findProgramme);
        limits ??= ReadLimits.Default;
        return MapSchedule(Read<ScheduleDocument>(Utf8Document(utf8Json, source, limits), source, limits), source, findProgramme, lessonLength);
    }

    /// <summary>Writes a schedule as JSON; its programme is named by code.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text (indented).</returns>
    public static string SerializeSchedule(Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return JsonSerializer.Serialize(ScheduleDocument.From(schedule), Options);
    }

    /// <summary>Reads a schedule from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The document's name for error messages, or <see langword="null"/>.</param>
    /// <param name="findProgramme">Finds the programme the document names by code (e.g. an embedded one, or one read
    /// from a file); <see langword="null"/> when there is none.</param>
    /// <param name="lessonLength">The length of one JP, for teaching items; <see langword="null"/> for 45 minutes.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="BimtekJsonException">The document is not a valid schedule, or names an unknown programme.</exception>
    public static Schedule DeserializeSchedule(string json, string? source, Func<string, Programme?> findProgramme, Duration? lessonLength = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(findProgramme);
        return MapSchedule(Read<ScheduleDocument>(json, source), source, findProgramme, lessonLength);
    }

    private static Schedule MapSchedule(ScheduleDocument document, string? source, Func<string, Programme?> findProgramme, Duration? lessonLength)
    {
        try
        {
            return document.ToSchedule(new DocumentPath(source, "$"), findProgramme, lessonLength ?? Calendar.LessonHours.StandardLength);
        }
        catch (ArgumentException ex)
        {
            throw new BimtekJsonException(source, "$", Common.PersonalData.MaskIn(ex.Message), ex);
        }
    }

    // The domain constructors guard what JSON cannot express (e.g. a cancelled programme needs its reason): their
    // refusals become document errors too, so a bad document never yields an exception of another kind.
    private static Programme Map(ProgrammeDocument document, string? source)
    {
        try
        {
            return document.ToProgramme(new DocumentPath(source, "$"));
        }
        catch (ArgumentException ex)
        {
            throw new BimtekJsonException(source, "$", Common.PersonalData.MaskIn(ex.Message), ex);
        }
    }

    private static T Read<T>(string json, string? source)
        where T : class => Read(() => JsonSerializer.Deserialize<T>(json, Options), source);

    private static T Read<T>(ReadOnlyMemory<byte> utf8Json, string? source, ReadLimits limits)
        where T : class => Read(() => JsonSerializer.Deserialize<T>(utf8Json.Span, OptionsFor(limits)), source);

    // One rule for every reader: the whole document within its limit, UTF-8 (its byte-order mark skipped), else refused
    // with the line, before any parsing.
    internal static ReadOnlyMemory<byte> Utf8Document(Stream utf8Json, string? source, ReadLimits limits)
    {
        var bytes = Utf8Input.ReadAll(utf8Json, limits.MaxJsonBytes, out var tooLarge)
            ?? throw new BimtekJsonException(source, "$", tooLarge!);
        if (Utf8Input.Problem(bytes) is { } problem)
        {
            throw new BimtekJsonException(source, "$", problem.Reason);
        }

        return bytes.AsMemory(Utf8Input.BomLength(bytes));
    }

    private static JsonSerializerOptions OptionsFor(ReadLimits limits) =>
        limits.MaxTextLength == ReadLimits.Default.MaxTextLength ? Options : OptionsByTextLimit.GetOrAdd(limits.MaxTextLength, CreateOptions);

    private static T Read<T>(Func<T?> deserialize, string? source)
        where T : class
    {
        try
        {
            return deserialize() ?? throw new BimtekJsonException(source, "$", "expected an object, got null");
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Translate(ex, source);
        }
    }

    private static JsonSerializerOptions CreateOptions(int maxTextLength)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            MaxDepth = ReadLimits.MaxJsonDepth,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            NumberHandling = JsonNumberHandling.Strict,
            PropertyNameCaseInsensitive = false,
#if NET9_0_OR_GREATER
            AllowDuplicateProperties = false,
#endif
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new TextLengthConverter(maxTextLength));
        options.Converters.Add(new LocalTimeJsonConverter()); // before NodaTime's, so "08:00" reads
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new CentreCodeJsonConverter());
        options.Converters.Add(new StrictEnumConverter<SessionMode>());
        options.Converters.Add(new StrictEnumConverter<AgendaItemKind>());
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
