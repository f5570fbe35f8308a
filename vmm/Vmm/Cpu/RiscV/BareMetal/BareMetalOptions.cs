// Settings of one bare-metal run.
namespace Harness.Vmm.Cpu.RiscV.BareMetal;

/// <summary>How <see cref="BareMetalRunner"/> runs an ELF program.</summary>
public sealed record BareMetalOptions
{
    /// <summary>Guest RAM size in bytes (RAM starts at 0x8000_0000).</summary>
    public ulong MemorySize { get; init; } = 128UL << 20;

    /// <summary>Stop after this many instructions (<see cref="BareMetalStopReason.InstructionLimit"/>).</summary>
    public long MaxInstructions { get; init; } = long.MaxValue;

    /// <summary>Where HTIF console output goes as it is produced (besides the result's text); null for nowhere.</summary>
    public TextWriter? Console { get; init; }

    /// <summary>Stop when the program waits in WFI with no interrupt source armed for this long.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
