// Section kind ids. The VMM owns the meaning of its kinds; the library reserves the top range for its own sections.
namespace Harness.Snapshots.Format;

/// <summary>Well-known section kinds. Kinds at or above <see cref="FirstReserved"/> belong to the library.</summary>
public static class SnapshotSectionKinds
{
    /// <summary>Machine configuration: hart count, RAM size and base, devices present.</summary>
    public const uint MachineConfig = 1;

    /// <summary>One vCPU's architectural state (instance = hart id).</summary>
    public const uint VcpuState = 2;

    /// <summary>One device's state (instance = device slot).</summary>
    public const uint DeviceState = 3;

    /// <summary>Guest memory layout as the VMM sees it (RAM base address, regions).</summary>
    public const uint MemoryLayout = 4;

    /// <summary>Guest clock and generation counter.</summary>
    public const uint Clock = 5;

    /// <summary>First kind reserved for the library; writers cannot add sections at or above it.</summary>
    public const uint FirstReserved = 0xFFFF_0000;

    /// <summary>The memory image descriptor: page bitmaps and chunk table.</summary>
    public const uint MemoryImage = 0xFFFF_0001;
}
