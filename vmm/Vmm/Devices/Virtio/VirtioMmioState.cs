// The saved form of a virtio-mmio transport: registers and queues. The device type saves its own state separately.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>Plain state of a <see cref="VirtioMmioTransport"/>. Untrusted on restore.</summary>
public sealed record VirtioMmioState
{
    /// <summary>The device id this state was saved from; restore refuses another type.</summary>
    public uint DeviceId { get; init; }

    /// <summary>Device status register.</summary>
    public uint Status { get; init; }

    /// <summary>DeviceFeaturesSel.</summary>
    public uint DeviceFeaturesSel { get; init; }

    /// <summary>DriverFeaturesSel.</summary>
    public uint DriverFeaturesSel { get; init; }

    /// <summary>Features the driver wrote (both banks).</summary>
    public ulong DriverFeatures { get; init; }

    /// <summary>QueueSel.</summary>
    public uint QueueSel { get; init; }

    /// <summary>InterruptStatus.</summary>
    public uint InterruptStatus { get; init; }

    /// <summary>ConfigGeneration.</summary>
    public uint ConfigGeneration { get; init; }

    /// <summary>Every queue, in index order.</summary>
    public VirtQueueState[] Queues { get; init; } = [];
}
