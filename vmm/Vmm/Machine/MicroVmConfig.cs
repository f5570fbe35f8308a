// The validated description of one microVM, as built by MicroVmBuilder.
namespace Harness.Vmm.Machine;

/// <summary>Immutable machine configuration. Create it through <see cref="MicroVmBuilder"/>, which validates it.</summary>
public sealed record MicroVmConfig
{
    public const int MinVcpus = 1;
    public const int MaxVcpus = 8;
    public const int MinMemoryMiB = 32;
    public const int MaxMemoryMiB = 4096;

    /// <summary>The command line used when none is given: the 8250 UART as console, and a quiet boot.</summary>
    public const string DefaultCommandLine = "console=ttyS0 quiet";

    public int Vcpus { get; init; } = 1;

    public int MemoryMiB { get; init; } = 128;

    /// <summary>Path of a RISC-V Linux <c>Image</c>; empty for a VM restored from saved state.</summary>
    public string KernelPath { get; init; } = "";

    /// <summary>Path of an initramfs (cpio, optionally compressed), or null for none.</summary>
    public string? InitramfsPath { get; init; }

    public string CommandLine { get; init; } = DefaultCommandLine;

    /// <summary>Guest RAM in bytes.</summary>
    public ulong MemoryBytes => (ulong)MemoryMiB << 20;
}
