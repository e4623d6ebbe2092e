using System.Globalization;
using System.Text;

namespace Bimtek.Domain.Serialization;

/// <summary>
/// The text of a CSV file as a host's CSV library reads it, under the package's one rule for outside files: UTF-8
/// (its byte-order mark skipped), no UTF-16/32, no invalid byte, no file over <see cref="ReadLimits.MaxCsvBytes"/> and
/// no line over <see cref="ReadLimits.MaxCsvLineLength"/>. It streams: memory stays bounded by one buffer, whatever
/// the file's size.
/// </summary>
/// <remarks>Each refusal is a <see cref="BimtekCsvException"/> naming the line and the limit or the byte; the host's CSV
/// library lets it through. Not thread-safe (a reader, like any <see cref="TextReader"/>).</remarks>
public sealed class Utf8CsvReader : TextReader
{
    private const int ChunkBytes = 64 * 1024;
    private readonly Stream _stream;
    private readonly string? _source;
    private readonly ReadLimits _limits;
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly byte[] _bytes = new byte[ChunkBytes];
    private readonly char[] _chars = new char[ChunkBytes + 4];
    private int _charCount;
    private int _charPos;
    private long _bytesRead;
    private bool _started;
    private bool _ended;
    private int _line = 1;
    private int _lineLength;

    /// <summary>Creates the reader.</summary>
    /// <param name="stream">The file's bytes; not closed unless the reader is disposed.</param>
    /// <param name="source">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <param name="limits">The limits; <see langword="null"/> for <see cref="ReadLimits.Default"/>.</param>
    /// <exception cref="BimtekCsvException">The stream is seekable and already longer than the limit.</exception>
    public Utf8CsvReader(Stream stream, string? source, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _source = source;
        _limits = limits ?? ReadLimits.Default;
        if (stream.CanSeek && stream.Length - stream.Position > _limits.MaxCsvBytes)
        {
            throw new BimtekCsvException(source, 1, Utf8Input.TooLarge(stream.Length - stream.Position, _limits.MaxCsvBytes));
        }
    }

    /// <inheritdoc />
    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    /// <inheritdoc />
    public override int Read() => Fill() ? Take(_chars[_charPos++]) : -1;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _charCount - _charPos);
        var chunk = _chars.AsSpan(_charPos, n);
        foreach (var c in chunk)
        {
            Take(c);
        }

        chunk.CopyTo(buffer);
        _charPos += n;
        return n;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    // Counts lines as characters leave the reader, so a limit names the line the CSV library was reading.
    private char Take(char c)
    {
        if (c == '\n')
        {
            (_line, _lineLength) = (_line + 1, 0);
        }
        else if (++_lineLength > _limits.MaxCsvLineLength)
        {
            throw new BimtekCsvException(_source, _line, string.Create(CultureInfo.InvariantCulture, $"the line is longer than the limit of {_limits.MaxCsvLineLength:N0} characters"));
        }

        return c;
    }

    private bool Fill()
    {
        while (_charPos >= _charCount)
        {
            if (_ended)
            {
                return false;
            }

            var read = _stream.Read(_bytes, 0, _bytes.Length);
            _bytesRead += read;
            if (_bytesRead > _limits.MaxCsvBytes)
            {
                throw Refuse(Utf8Input.TooLarge(null, _limits.MaxCsvBytes));
            }

            var start = 0;
            if (!_started && read > 0)
            {
                _started = true;
                if (Utf8Input.OtherEncoding(_bytes.AsSpan(0, read)) is { } other)
                {
                    throw Refuse($"the document is encoded as {other}; save it as UTF-8");
                }

                start = Utf8Input.BomLength(_bytes.AsSpan(0, read));
            }

            _ended = read == 0;
            try
            {
                _charCount = _decoder.GetChars(_bytes, start, read - start, _chars, 0, flush: _ended);
            }
            catch (DecoderFallbackException ex)
            {
                // The buffer was read out before this chunk: the bad byte's line is the reader's plus the chunk's lines before it.
                var before = _bytes.AsSpan(start, Math.Clamp(ex.Index, 0, read - start)).Count((byte)'\n');
                throw new BimtekCsvException(_source, _line + before, "a byte is not valid UTF-8; save the document as UTF-8");
            }

            _charPos = 0;
        }

        return true;
    }

    // Met while refilling: every character before has left the reader, so its line is the reader's.
    private BimtekCsvException Refuse(string reason) => new(_source, _line, reason);
}
