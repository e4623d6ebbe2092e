using System.Text.Json;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// The host's SIASN reference ids as a JSON file: <c>{ "officials": { NIP: { "pnsOrangId", "instansiId" } },
/// "programmes": { code: { "jenisDiklatId", "jenisKursusSertipikat" } }, "centres": { code: { "lokasiId",
/// "institusiPenyelenggara" } } }</c>; each section optional, every id a non-blank string.
/// </summary>
/// <remarks>A bad entry refuses the file with its JSON path (a key that is a NIP is masked). Thread-safe; reads only the
/// stream given.</remarks>
public static class SiasnMappingFile
{
    /// <summary>Reads a mapping.</summary>
    /// <param name="stream">The JSON (UTF-8); read to its end, not closed.</param>
    /// <param name="source">The document's name for messages, or <see langword="null"/>.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="BimtekJsonException">The text is not JSON, or an entry is not of the shape above.</exception>
    public static SiasnMapping ReadJson(Stream stream, string? source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            // The exception's message may quote the text; only its position is kept.
            throw new BimtekJsonException(source, "$", $"not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BimtekJsonException(source, "$", "expected an object with 'officials', 'programmes' and 'centres'");
            }

            var officials = Section(root, "officials", "pnsOrangId", "instansiId", source, key => (Nip.TryParse(key, out var nip), nip), "a NIP");
            var programmes = Section(root, "programmes", "jenisDiklatId", "jenisKursusSertipikat", source, key => (key.Trim().Length > 0, key.Trim()), "a programme code");
            var centres = Section(root, "centres", "lokasiId", "institusiPenyelenggara", source, key => (CentreCode.TryParse(key, out var code), code), "a centre code such as BDI-YOG");
            return new SiasnMapping(officials, programmes, centres);
        }
    }

    private static Dictionary<TKey, (string, string)> Section<TKey>(JsonElement root, string name, string first, string second, string? source, Func<string, (bool Ok, TKey Key)> key, string keyKind)
        where TKey : notnull
    {
        var section = new Dictionary<TKey, (string, string)>();
        if (!root.TryGetProperty(name, out var entries) || entries.ValueKind == JsonValueKind.Null)
        {
            return section;
        }

        if (entries.ValueKind != JsonValueKind.Object)
        {
            throw new BimtekJsonException(source, $"$.{name}", "expected an object keyed by " + keyKind);
        }

        foreach (var entry in entries.EnumerateObject())
        {
            var path = $"$.{name}['{Shown(entry.Name)}']";
            var (ok, k) = key(entry.Name);
            if (!ok)
            {
                throw new BimtekJsonException(source, path, $"the key is not {keyKind}");
            }

            section[k] = (Id(entry.Value, first, path, source), Id(entry.Value, second, path, source));
        }

        return section;
    }

    private static string Id(JsonElement entry, string property, string path, string? source) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : throw new BimtekJsonException(source, $"{path}.{property}", "expected a non-blank string");

    // A key of 'officials' is a NIP: a path names it masked.
    private static string Shown(string key) =>
        Nip.TryParse(key, out var nip) ? nip.ToMaskedString() : key.Count(char.IsAsciiDigit) >= 10 ? new string('*', key.Length) : key;
}
