// The whole machine's state apart from guest RAM: what a snapshot carries in its state sections.
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Devices;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Block;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Devices.Virtio.Rng;
using Harness.Vmm.Devices.Virtio.Vsock;
using Harness.Vmm.Machine;

namespace Harness.Vmm.Persist;

/// <summary>A paused microVM's vCPUs and devices, as plain data. Restored state is untrusted and validated.</summary>
public sealed class MicroVmState
{
    /// <summary>Version of this layout; a restore refuses a different one.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;

    public int Vcpus { get; init; }

    public int MemoryMiB { get; init; }

    public string CommandLine { get; init; } = "";

    public HartState[] Harts { get; init; } = [];

    public VcpuPowerState[] HartPower { get; init; } = [];

    public PlicState Plic { get; init; } = new();

    public Uart16550State Uart { get; init; } = new();

    public PowerControlState PowerControl { get; init; } = new();

    public GuestClockState Clock { get; init; } = new();

    public byte[] DeviceTree { get; init; } = [];

    public VirtioSlotState[] Virtio { get; init; } = [];

    /// <summary>How many times this machine's lineage has been restored; each restore adds one.</summary>
    public ulong Generation { get; init; }
}

/// <summary>SBI HSM state of one hart, with where a pending start begins.</summary>
public sealed class VcpuPowerState
{
    public int State { get; init; }

    public ulong StartAddress { get; init; }

    public ulong StartOpaque { get; init; }
}

/// <summary>One virtio window: which device, its transport (queues, status, features) and the device's own state.</summary>
public sealed class VirtioSlotState
{
    public int Slot { get; init; }

    /// <summary>A <see cref="Harness.Vmm.Machine.VirtioKind"/> value.</summary>
    public int Kind { get; init; }

    public VirtioMmioState Transport { get; init; } = new();

    public VirtioBlockState? Block { get; init; }

    /// <summary>The disk image a block device reads; a restored clone opens the same file.</summary>
    public string? DiskPath { get; init; }

    public bool DiskReadOnly { get; init; }

    public bool DiskCopyOnWrite { get; init; }

    public VirtioRngState? Rng { get; init; }

    public VirtioVsockState? Vsock { get; init; }

    public VirtioNetState? Net { get; init; }

    /// <summary>A <see cref="NetworkMode"/> value for a network device: a restored clone gets a fresh backend of that kind.</summary>
    public int NetMode { get; init; }
}
