// How a virtio-vsock device meets the host: the guest's CID and the Unix socket path host processes use.
namespace Harness.Vmm.Devices.Virtio.Vsock;

/// <summary>Options of a virtio-vsock device with Firecracker's host-side Unix socket convention.</summary>
public sealed record VirtioVsockOptions
{
    /// <summary>The guest's context id (3 or more; 0, 1, 2 and 2^32-1 are reserved).</summary>
    public ulong GuestCid { get; init; } = 3;

    /// <summary>
    /// The Unix socket the device listens on. A host process connects, writes <c>CONNECT &lt;port&gt;\n</c>, reads
    /// <c>OK &lt;hostport&gt;\n</c> and then has a byte stream to guest port &lt;port&gt;. A guest connection to host port
    /// P is bridged to a listener the host runs at <c>&lt;UdsPath&gt;_P</c>.
    /// </summary>
    public required string UdsPath { get; init; }

    /// <summary>
    /// Binds <see cref="UdsPath"/> only when <see cref="VirtioVsockDevice.EnsureListening"/> is first called instead
    /// of at creation. For machines whose host side is reached in-process (a restored clone in a pool): binding a
    /// socket file and starting its accept loop was a fifth of such a restore, for a path nobody connected to.
    /// </summary>
    public bool ListenOnDemand { get; init; }

    /// <summary>Receive buffer the device advertises per connection (buf_alloc), bounding host memory per connection.</summary>
    public uint ConnectionBufferSize { get; init; } = 256 * 1024;

    /// <summary>Most simultaneous connections; requests beyond it are refused with RST.</summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>
    /// How long a host connection waits for the guest to answer its REQUEST before the device gives up, sends RST and
    /// closes the host socket (Firecracker does the same), so a guest that never answers cannot strand host clients.
    /// </summary>
    public TimeSpan HostConnectTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Entries in each of the rx, tx and event queues (a power of two).</summary>
    public ushort QueueSize { get; init; } = 256;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (GuestCid < 3 || GuestCid >= uint.MaxValue)
        {
            throw new ArgumentException($"guest CID {GuestCid} is reserved or out of range", nameof(GuestCid));
        }

        ArgumentException.ThrowIfNullOrEmpty(UdsPath);
        if (ConnectionBufferSize < 4096 || ConnectionBufferSize > 64 << 20)
        {
            throw new ArgumentException($"connection buffer {ConnectionBufferSize} is outside [4 KiB, 64 MiB]", nameof(ConnectionBufferSize));
        }

        if (HostConnectTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("the host connect timeout must be positive", nameof(HostConnectTimeout));
        }

        if (MaxConnections < 1)
        {
            throw new ArgumentException("at least one connection must be allowed", nameof(MaxConnections));
        }

        if (QueueSize < 8 || QueueSize > 32768 || (QueueSize & (QueueSize - 1)) != 0)
        {
            throw new ArgumentException($"queue size {QueueSize} is not a power of two in [8, 32768]", nameof(QueueSize));
        }
    }
}
