// The saved form of a virtio network device: its shape, MAC and link. Frames in flight never survive a snapshot.
namespace Harness.Vmm.Devices.Virtio.Net;

/// <summary>Plain state of a <see cref="VirtioNetDevice"/>.</summary>
public sealed record VirtioNetState
{
    /// <summary>Entries in each queue the device was saved with.</summary>
    public ushort QueueSize { get; init; }

    /// <summary>The MAC address the guest read from config space (6 bytes).</summary>
    public byte[] Mac { get; init; } = [];

    /// <summary>Whether the link was reported up.</summary>
    public bool LinkUp { get; init; }
}
