// The plain description of a machine that its device tree is generated from.
namespace Harness.Vmm.Boot;

/// <summary>An initrd's guest-physical range [Start, End).</summary>
public readonly record struct InitrdRange(ulong Start, ulong End);

/// <summary>What the guest is told about the machine. Validated by <see cref="MachineDeviceTree.Build"/>.</summary>
public sealed record MachineDescription
{
    /// <summary>Number of harts, 1 to <see cref="VirtMemoryMap.MaxHarts"/>.</summary>
    public int HartCount { get; init; } = 1;

    /// <summary>Start of RAM.</summary>
    public ulong RamBase { get; init; } = VirtMemoryMap.RamBase;

    /// <summary>RAM size in bytes (a multiple of 4 KiB).</summary>
    public ulong RamSize { get; init; }

    /// <summary>Kernel command line; empty for none.</summary>
    public string Bootargs { get; init; } = "";

    /// <summary>Where the initramfs lies, or null when there is none.</summary>
    public InitrdRange? Initrd { get; init; }

    /// <summary>The virtio-mmio windows that hold a device.</summary>
    public IReadOnlyList<VirtioMmioWindow> VirtioWindows { get; init; } = [];

    /// <summary>Whether the SiFive test / syscon power control device exists.</summary>
    public bool HasPowerControl { get; init; } = true;

    /// <summary>Sources the PLIC implements (riscv,ndev).</summary>
    public int PlicSources { get; init; } = VirtMemoryMap.DefaultPlicSources;

    /// <summary>The ISA string advertised per hart: only extensions the vCPU implements.</summary>
    public string IsaString { get; init; } = "rv64imafdc";

    /// <summary>The MMU mode advertised per hart (riscv,sv39 or riscv,sv48).</summary>
    public string MmuType { get; init; } = "riscv,sv39";

    /// <summary>Bytes for /chosen/rng-seed, or null for none. Clones of a snapshot share it, so the agent reseeds.</summary>
    public byte[]? RngSeed { get; init; }
}
