namespace Bimtek.Domain.Tests.Serialization;

/// <summary>A stream that cannot seek and hands out a few bytes at a time, as a network or pipe stream may: a reader
/// cannot learn its size up front, only by reading.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes, int bytesPerRead) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, bytesPerRead));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
