namespace Intake.Core.Reports;

/// <summary>
/// A read-only view of a stream that stops at the first read after its token is cancelled: the readers pull every
/// byte of a workbook through it, so a parse whose caller has gone (a preview whose browser disconnected, a host
/// shutting down) ends within one buffer instead of running to the end of the file.
/// </summary>
internal sealed class CancellableStream(Stream inner, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.Read(buffer);
    }

    public override int ReadByte()
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.ReadByte();
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
