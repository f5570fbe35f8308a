// The saved form of one split virtqueue: register values and the device's ring cursors, nothing host-side.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>Plain state of one split virtqueue, produced by <c>VirtQueue.Save</c>. Untrusted on restore.</summary>
public sealed record VirtQueueState
{
    /// <summary>Queue size the driver chose (QueueNum).</summary>
    public ushort Size { get; init; }

    /// <summary>QueueReady.</summary>
    public bool Ready { get; init; }

    /// <summary>Guest-physical address of the descriptor table.</summary>
    public ulong DescTable { get; init; }

    /// <summary>Guest-physical address of the available (driver) ring.</summary>
    public ulong AvailRing { get; init; }

    /// <summary>Guest-physical address of the used (device) ring.</summary>
    public ulong UsedRing { get; init; }

    /// <summary>The next available-ring index the device will consume.</summary>
    public ushort NextAvail { get; init; }

    /// <summary>The next used-ring index the device will publish.</summary>
    public ushort NextUsed { get; init; }

    /// <summary>The used index at the last interrupt decision (for VIRTIO_F_EVENT_IDX).</summary>
    public ushort SignalledUsed { get; init; }

    /// <summary>Whether VIRTIO_F_EVENT_IDX is in force for this queue.</summary>
    public bool EventIdx { get; init; }

    /// <summary>Whether indirect descriptors were negotiated.</summary>
    public bool IndirectDesc { get; init; }
}
