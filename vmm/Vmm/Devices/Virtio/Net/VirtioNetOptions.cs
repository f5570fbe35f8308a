// Options of a virtio network device.
namespace Harness.Vmm.Devices.Virtio.Net;

/// <summary>Options of a <see cref="VirtioNetDevice"/>.</summary>
public sealed record VirtioNetOptions
{
    /// <summary>The guest's MAC address (must be unicast).</summary>
    public MacAddress Mac { get; init; } = MacAddress.DefaultGuest;

    /// <summary>Entries in each of the rx and tx queues (a power of two).</summary>
    public ushort QueueSize { get; init; } = 256;

    /// <summary>Frames held for the guest while it has no rx buffer (or the device is paused); more are dropped.</summary>
    public int MaxPendingFrames { get; init; } = 1024;

    internal void Validate()
    {
        if (Mac.IsMulticast)
        {
            throw new ArgumentException($"MAC address {Mac} is a group address; a NIC needs a unicast one", nameof(Mac));
        }

        if (QueueSize == 0 || QueueSize > 32768 || (QueueSize & (QueueSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueSize), QueueSize, "queue size must be a power of two up to 32768");
        }

        if (MaxPendingFrames is < 1 or > 1 << 16)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPendingFrames), MaxPendingFrames, "must be 1 to 65536");
        }
    }
}
