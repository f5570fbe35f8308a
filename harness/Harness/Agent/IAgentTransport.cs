// The byte channel between the host and the guest agent: the serial console today, a vsock
// connection later. The client only needs to read and write bytes; framing is the same on both.
namespace Harness.Agent;

/// <summary>A duplex byte channel to the guest agent.</summary>
public interface IAgentTransport : IAsyncDisposable
{
    /// <summary>Reads the next bytes from the guest into <paramref name="buffer"/>; returns 0 once the guest side has closed.</summary>
    ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="data"/> to the guest and flushes it.</summary>
    ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}

/// <summary>A transport over a pair of streams (a process's stdout and stdin) or one duplex stream (a socket).</summary>
public sealed class StreamAgentTransport : IAgentTransport
{
    private readonly Stream _fromGuest;
    private readonly Stream _toGuest;
    private readonly bool _ownsStreams;

    /// <summary>Reads from <paramref name="fromGuest"/> and writes to <paramref name="toGuest"/>; disposes them only when <paramref name="ownsStreams"/>.</summary>
    public StreamAgentTransport(Stream fromGuest, Stream toGuest, bool ownsStreams = false)
    {
        ArgumentNullException.ThrowIfNull(fromGuest);
        ArgumentNullException.ThrowIfNull(toGuest);
        if (!fromGuest.CanRead)
        {
            throw new ArgumentException("the stream from the guest must be readable", nameof(fromGuest));
        }

        if (!toGuest.CanWrite)
        {
            throw new ArgumentException("the stream to the guest must be writable", nameof(toGuest));
        }

        _fromGuest = fromGuest;
        _toGuest = toGuest;
        _ownsStreams = ownsStreams;
    }

    /// <summary>Uses one duplex stream (a socket) both ways.</summary>
    public StreamAgentTransport(Stream duplex, bool ownsStream = false)
        : this(duplex, duplex, ownsStream)
    {
    }

    /// <inheritdoc />
    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        _fromGuest.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _toGuest.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await _toGuest.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_ownsStreams)
        {
            return;
        }

        await _toGuest.DisposeAsync().ConfigureAwait(false);
        if (!ReferenceEquals(_fromGuest, _toGuest))
        {
            await _fromGuest.DisposeAsync().ConfigureAwait(false);
        }
    }
}
