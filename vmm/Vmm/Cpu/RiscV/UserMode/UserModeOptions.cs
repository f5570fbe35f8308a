// Settings of one user-mode Linux program run.
namespace Harness.Vmm.Cpu.RiscV.UserMode;

/// <summary>How <see cref="UserModeRunner"/> runs a static RV64 Linux program.</summary>
public sealed record UserModeOptions
{
    /// <summary>Guest RAM in bytes, from <see cref="UserModeProcess.RamBase"/>: program, heap, mmap area and stack.</summary>
    public ulong MemorySize { get; init; } = 256UL << 20;

    /// <summary>Bytes reserved for the stack at the top of RAM.</summary>
    public ulong StackSize { get; init; } = 8UL << 20;

    /// <summary>Stop after this many instructions (<see cref="UserModeStopReason.InstructionLimit"/>).</summary>
    public long MaxInstructions { get; init; } = long.MaxValue;

    /// <summary>The environment strings passed to the program ("NAME=value").</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>Bytes the program reads from file descriptor 0; empty means end of file at once.</summary>
    public ReadOnlyMemory<byte> Stdin { get; init; } = ReadOnlyMemory<byte>.Empty;

    /// <summary>Seeds AT_RANDOM and getrandom, so runs are reproducible.</summary>
    public ulong RandomSeed { get; init; } = 0x5eed;
}
