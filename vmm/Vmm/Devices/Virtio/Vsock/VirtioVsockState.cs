// The saved form of a virtio-vsock device. Connections are host sockets and never survive a snapshot: a restored
// device starts with none and, when any were open at save, owes the guest a VIRTIO_VSOCK_EVENT_TRANSPORT_RESET,
// after which the guest drops its sockets too (virtio 1.2 §5.10.6.7).
namespace Harness.Vmm.Devices.Virtio.Vsock;

/// <summary>Plain state of a <see cref="VirtioVsockDevice"/>. Untrusted on restore.</summary>
public sealed record VirtioVsockState
{
    /// <summary>The CID the guest was using.</summary>
    public ulong GuestCid { get; init; }

    /// <summary>A transport-reset event had not yet been delivered when the state was saved.</summary>
    public bool TransportResetPending { get; init; }

    /// <summary>
    /// The next host port the device would allocate. Carried so a restored device never reuses a (host port, guest
    /// port) pair the guest may still hold open until it has processed the transport reset. 0 means the first port.
    /// </summary>
    public uint NextHostPort { get; init; }

    /// <summary>
    /// Connections the device held when saved; null when not recorded (states written before this field). With
    /// none, no guest socket was connected to the host (a socket the device forgot had been reset, or its reset
    /// waits in the guest's rx ring), so a restored device owes no transport reset and the guest is spared handling
    /// one before it can accept a connection. Anything the guest still sends on a stale port is answered with RST.
    /// </summary>
    public int? OpenConnections { get; init; }
}
