// One virtio-mmio window of the machine: its slot, what kind of device sits there, and the transport.
using Harness.Vmm.Devices.Virtio;

namespace Harness.Vmm.Machine;

/// <summary>The kinds of virtio device a machine can have.</summary>
public enum VirtioKind
{
    Block = 1,
    Entropy = 2,
    Vsock = 3,
    Net = 4,
}

internal sealed record VirtioSlot(int Slot, VirtioKind Kind, VirtioMmioTransport Transport, DiskConfig? Disk);
