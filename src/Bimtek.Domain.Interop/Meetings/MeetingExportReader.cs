using System.Globalization;
using System.Text.Json;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Reads what Zoom, Microsoft Teams and Google Meet export into <see cref="MeetingRow"/>s: columns found by name, the
/// layout detected from the content (never the file name) or given, local times read in the caller's zone with the
/// day/month order detected or given.
/// </summary>
/// <remarks>
/// <para>Bad rows are findings by line or JSON path (<see cref="MeetingRuleCodes.FieldInvalid"/>,
/// <see cref="MeetingRuleCodes.LeaveBeforeJoin"/>, <see cref="MeetingRuleCodes.DurationMismatch"/>,
/// <see cref="MeetingRuleCodes.OutsideMeeting"/>), nothing else lost. A document that cannot be read at all throws
/// <see cref="MeetingExportException"/> (<see cref="MeetingRuleCodes.UnknownLayout"/>,
/// <see cref="MeetingRuleCodes.UniqueUsersLayout"/>, <see cref="MeetingRuleCodes.DateOrderAmbiguous"/>,
/// <see cref="MeetingRuleCodes.MeetingDateMissing"/>); no other exception escapes for any content. No message carries a
/// display name or e-mail.</para>
/// <para>CSV is tokenised by Sep. Thread-safe; no I/O beyond the stream given.</para>
/// </remarks>
public static class MeetingExportReader
{
    private static readonly string[] OwnColumns = ["nip", "session", "join", "leave"];

    // Detection reads this many characters of an export; a stream's first HeadBytes hold them whole (at most three bytes
    // a character, and a margin past the last one so that no sequence is cut).
    private const int DetectedChars = 16384;
    private const int HeadBytes = (3 * DetectedChars) + 64;

    /// <summary>Gets the layouts read, as named in messages.</summary>
    public static IReadOnlyList<string> Layouts { get; } = new[]
    {
        "Zoom participants CSV (Name (Original Name), Join Time, Leave Time)",
        "Zoom report API JSON (participants[].join_time)",
        "Teams attendance report (3. In-Meeting Activities: Join Time, Leave Time)",
        "Teams attendance list, older download (Full Name, User Action, Timestamp)",
        "Teams Graph attendanceRecords JSON (value[].attendanceIntervals)",
        "Google Meet CSV (Time joined, Time exited)",
        "Google Meet REST JSON (participants, participantSessions)",
        "bimtek log CSV (nip, session, join, leave)",
    }.AsReadOnly();

    /// <summary>Reads an export from a stream (read to its end unless the export is refused; not closed).</summary>
    /// <param name="stream">The export's bytes, in any encoding the platforms write (UTF-16 with BOM, UTF-8).</param>
    /// <param name="options">The zone, date order and meeting date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="MeetingExportException">The document cannot be read at all (see remarks).</exception>
    /// <exception cref="ArgumentException">The options' format is <see cref="MeetingFormat.Bimtek"/>: read it with the core's <c>AttendanceLogFile</c>.</exception>
    public static MeetingReport Read(Stream stream, MeetingReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var start = stream.CanSeek ? stream.Position : -1;
        var head = new byte[HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (start >= 0 && length == head.Length && ExportText.Utf8Start(head) is var bom and >= 0 && IsZoomCsv(head.AsSpan(bom), options))
        {
            // A large UTF-8 Zoom report is read as it is decoded: a million rows are not first made into one string of
            // 200 MB (which, on a busy machine, costs more than reading them).
            stream.Position = start + bom;
            using var text = new StreamReader(stream, ExportText.Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
            return Delimited(options, () => ZoomCsvReader.Read(text, options));
        }

        using var buffer = new MemoryStream();
        buffer.Write(head, 0, length);
        stream.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads an export from its bytes.</summary>
    /// <param name="content">The export's bytes.</param>
    /// <param name="options">The zone, date order and meeting date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="MeetingExportException">The document cannot be read at all.</exception>
    /// <exception cref="ArgumentException">The options' format is <see cref="MeetingFormat.Bimtek"/>.</exception>
    public static MeetingReport Read(ReadOnlySpan<byte> content, MeetingReadOptions options) =>
        ReadText(ExportText.Decode(content), options);

    /// <summary>Reads an export already decoded to text.</summary>
    /// <param name="text">The export's text.</param>
    /// <param name="options">The zone, date order and meeting date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="MeetingExportException">The document cannot be read at all.</exception>
    /// <exception cref="ArgumentException">The options' format is <see cref="MeetingFormat.Bimtek"/>.</exception>
    public static MeetingReport ReadText(string text, MeetingReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var chosen = options.Format ?? Detect(text, options.DocumentName);
        if (chosen == MeetingFormat.Bimtek)
        {
            throw new ArgumentException("The bimtek log (nip,session,join,leave) is read with Bimtek.Domain.Serialization.AttendanceLogFile.", nameof(options));
        }

        return Delimited(options, () => chosen switch
        {
            MeetingFormat.Zoom => ZoomCsvReader.Read(text, options),
            MeetingFormat.Teams => TeamsReportReader.Read(text, options),
            MeetingFormat.Meet => MeetCsvReader.Read(text, options),
            MeetingFormat.ZoomApi => ReadJson(text, options, ZoomApiReader.Read),
            MeetingFormat.TeamsGraph => ReadJson(text, options, TeamsGraphReader.Read),
            MeetingFormat.MeetApi => ReadJson(text, options, MeetApiReader.Read),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        });
    }

    private static MeetingReport Delimited(MeetingReadOptions options, Func<MeetingReport> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or NotSupportedException)
        {
            // Sep refuses some malformed text (e.g. an unterminated quote); its message may quote the row, so it is not kept.
            throw Unknown(options, 0, "the text cannot be split into delimited rows");
        }
    }

    // Whether the export whose first bytes (UTF-8, after any BOM) are given is a Zoom CSV, as ReadText would decide from
    // the whole text: detection reads the first 16,384 characters, which these bytes hold whole, and a text that may be
    // JSON (or is blank so far) is left to ReadText.
    private static bool IsZoomCsv(ReadOnlySpan<byte> head, MeetingReadOptions options)
    {
        var text = ExportText.Utf8.GetString(head);
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is '{' or '[' || text.Length < DetectedChars + 8)
        {
            return false;
        }

        return (options.Format ?? Detect(text[..(DetectedChars + 8)], options.DocumentName)) == MeetingFormat.Zoom;
    }

    /// <summary>Detects the layout of an export from its content.</summary>
    /// <param name="text">The export's text.</param>
    /// <param name="documentName">The document's name for messages, or <see langword="null"/>.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="MeetingExportException">No known layout (<see cref="MeetingRuleCodes.UnknownLayout"/>).</exception>
    public static MeetingFormat Detect(string text, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] is '{' or '[')
        {
            return DetectJson(text, documentName);
        }

        var head = text[..Math.Min(text.Length, DetectedChars)];
        bool Has(string word) => head.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("In-Meeting Activities") || Has("1. Summary") || (head.Contains('\t') && (Has("Join Time") || Has("First Join"))) || (Has("User Action") && Has("Timestamp")))
        {
            return MeetingFormat.Teams;
        }

        if (Has("Name (Original Name)") || Has(ZoomCsvReader.TotalDuration))
        {
            return MeetingFormat.Zoom;
        }

        if (Has("Time joined") && Has("Time exited"))
        {
            return MeetingFormat.Meet;
        }

        var firstLine = head.IndexOf('\n') is var nl and >= 0 ? head[..nl] : head;
        var header = firstLine.ToLowerInvariant().Split(',', StringSplitOptions.TrimEntries);
        if (OwnColumns.All(header.Contains))
        {
            return MeetingFormat.Bimtek;
        }

        throw Unknown(new MeetingReadOptions(NodaTime.DateTimeZone.Utc, documentName: documentName), 1, "no header of a known export");
    }

    internal static MeetingExportException Unknown(MeetingReadOptions options, int line, string reason) =>
        new(MeetingRuleCodes.UnknownLayout, MeetingRules.Get(MeetingRuleCodes.UnknownLayout).Format(
            CultureInfo.InvariantCulture,
            new Dictionary<string, object?> { ["Where"] = Where(options, line), ["Reason"] = reason, ["Layouts"] = string.Join("; ", Layouts) }));

    internal static MeetingExportException UniqueUsers(MeetingReadOptions options, int line) =>
        new(MeetingRuleCodes.UniqueUsersLayout, MeetingRules.Get(MeetingRuleCodes.UniqueUsersLayout).Format(
            CultureInfo.InvariantCulture, new Dictionary<string, object?> { ["Where"] = Where(options, line) }));

    private static string Where(MeetingReadOptions options, int line) =>
        (options.DocumentName ?? "the export") + (line > 0 ? $", line {line}" : string.Empty);

    private static MeetingReport ReadJson(string text, MeetingReadOptions options, Func<JsonElement, MeetingReadOptions, MeetingReport> read)
    {
        using var document = Parse(text, options);
        return read(document.RootElement, options);
    }

    private static JsonDocument Parse(string text, MeetingReadOptions options)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            // The exception's message may quote the text; only its position is kept.
            throw Unknown(options, (int)(ex.LineNumber ?? 0) + 1, $"not valid JSON (byte {ex.BytePositionInLine ?? 0} of its line)");
        }
    }

    private static MeetingFormat DetectJson(string text, string? documentName)
    {
        var options = new MeetingReadOptions(NodaTime.DateTimeZone.Utc, documentName: documentName);
        using var document = Parse(text, options);
        foreach (var (page, _) in JsonExport.Pages(document.RootElement))
        {
            if (page.TryGetProperty("participantSessions", out _) || First(page, "participants") is { } p && (p.TryGetProperty("earliestStartTime", out _) || p.TryGetProperty("signedinUser", out _) || p.TryGetProperty("anonymousUser", out _)))
            {
                return MeetingFormat.MeetApi;
            }

            if (First(page, "participants") is { } z && (z.TryGetProperty("join_time", out _) || z.TryGetProperty("user_email", out _)))
            {
                return MeetingFormat.ZoomApi;
            }

            if (First(page, "value") is { } v && (v.TryGetProperty("attendanceIntervals", out _) || v.TryGetProperty("identity", out _)))
            {
                return MeetingFormat.TeamsGraph;
            }
        }

        throw Unknown(options, 1, "JSON with neither participants[].join_time, value[].attendanceIntervals nor participantSessions");
    }

    private static JsonElement? First(JsonElement page, string property) =>
        page.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0 && array[0].ValueKind == JsonValueKind.Object
            ? array[0] : null;
}
