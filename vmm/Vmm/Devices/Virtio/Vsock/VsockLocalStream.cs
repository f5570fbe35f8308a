// The host end of a connection made inside this process (VirtioVsockDevice.ConnectLocal): a stream whose bytes move
// between the caller and the connection's buffers directly. Through a socket pair, every reply from the guest took the
// runtime's epoll thread and a thread-pool hop (60 µs here) before the reader saw it, and every request another hop
// before the device did; here a write queues the bytes for the guest on the writer's thread, and a reader waiting for
// the guest resumes on the vCPU thread that delivered the bytes, right after the device lock is released.
namespace Harness.Vmm.Devices.Virtio.Vsock;

/// <summary>
/// A stream to a guest vsock port: first "OK &lt;host port&gt;\n" once the guest accepts (nothing, and then the end of
/// the stream, when it refuses), then the guest's bytes. Writes made before the guest accepted wait in the connection
/// and reach the guest with its acceptance. Disposing shuts the host's side: the guest reads the end of the stream.
/// </summary>
internal sealed class VsockLocalStream(VsockConnection connection) : Stream
{
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanWrite => !_disposed;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return connection.LocalReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return connection.LocalWriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            connection.LocalClose();
        }

        base.Dispose(disposing);
    }
}
