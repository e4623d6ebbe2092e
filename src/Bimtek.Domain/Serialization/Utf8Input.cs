using System.Text;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// The one encoding rule of every reader: UTF-8, with or without its byte-order mark. A UTF-16 or UTF-32 byte-order
/// mark and any invalid byte are refused, naming the line, instead of being replaced by U+FFFD in one reader and
/// refused in another.
/// </summary>
internal static class Utf8Input
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a whole document of at most <paramref name="maxBytes"/>, refusing a larger one before it is all read.</summary>
    /// <returns>The bytes, without a UTF-8 byte-order mark; null and the reason when the document is too large.</returns>
    public static byte[]? ReadAll(Stream stream, long maxBytes, out string? tooLarge)
    {
        tooLarge = null;
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            tooLarge = TooLarge(stream.Length - stream.Position, maxBytes);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                tooLarge = TooLarge(null, maxBytes);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static string TooLarge(long? size, long maxBytes) =>
        $"the document is larger than the limit of {maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes"
        + (size is { } n ? $" ({n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes)" : string.Empty)
        + "; raise the limit (ReadLimits) if the document is genuine";

    /// <summary>Gets the length of a UTF-8 byte-order mark at the start (3), else 0.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;

    /// <summary>Finds what makes <paramref name="bytes"/> not UTF-8: another encoding's byte-order mark, or the first invalid byte.</summary>
    /// <returns>The line (1-based) and the reason, or null when the bytes are UTF-8.</returns>
    public static (int Line, string Reason)? Problem(ReadOnlySpan<byte> bytes)
    {
        if (OtherEncoding(bytes) is { } other)
        {
            return (1, $"the document is encoded as {other}; save it as UTF-8");
        }

        var body = bytes[BomLength(bytes)..];
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return null;
        }

        var offset = 0;
        while (offset < body.Length && Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        var line = body[..offset].Count((byte)'\n') + 1;
        return (line, $"line {line}: byte {offset + BomLength(bytes) + 1} is not valid UTF-8; save the document as UTF-8");
    }

    /// <summary>Names the encoding a UTF-16 or UTF-32 byte-order mark announces, or null.</summary>
    public static string? OtherEncoding(ReadOnlySpan<byte> bytes) =>
        Starts(bytes, 0xFF, 0xFE, 0x00, 0x00) ? "UTF-32 (little-endian)"
        : Starts(bytes, 0x00, 0x00, 0xFE, 0xFF) ? "UTF-32 (big-endian)"
        : Starts(bytes, 0xFF, 0xFE) ? "UTF-16 (little-endian)"
        : Starts(bytes, 0xFE, 0xFF) ? "UTF-16 (big-endian)"
        : null;

    private static bool Starts(ReadOnlySpan<byte> bytes, params byte[] prefix) => bytes.StartsWith(prefix);
}
