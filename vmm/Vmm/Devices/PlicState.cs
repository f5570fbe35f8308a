// The PLIC's snapshot state: plain arrays, one bit per source id in 32-bit words (bit s%32 of word s/32).
namespace Harness.Vmm.Devices;

/// <summary>Saved state of a <see cref="Plic"/>. Untrusted on restore: <see cref="Plic.Restore"/> validates it.</summary>
public sealed class PlicState
{
    /// <summary>Number of sources of the PLIC that saved this state.</summary>
    public int SourceCount { get; init; }

    /// <summary>Number of contexts of the PLIC that saved this state.</summary>
    public int ContextCount { get; init; }

    /// <summary>Priority per source id (index 0 is the reserved source and holds 0).</summary>
    public uint[] Priority { get; init; } = [];

    /// <summary>Current level of each source's input line.</summary>
    public uint[] Level { get; init; } = [];

    /// <summary>Pending bits.</summary>
    public uint[] Pending { get; init; } = [];

    /// <summary>Sources claimed and not yet completed.</summary>
    public uint[] Claimed { get; init; } = [];

    /// <summary>Enable bits, context after context, each context's words in source order.</summary>
    public uint[] Enable { get; init; } = [];

    /// <summary>Priority threshold per context.</summary>
    public uint[] Threshold { get; init; } = [];
}
