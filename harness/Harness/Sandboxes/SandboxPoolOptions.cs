// How a SandboxPool sizes itself.
namespace Harness.Sandboxes;

/// <summary>Pool sizing and limits.</summary>
public sealed record SandboxPoolOptions
{
    /// <summary>Sandboxes kept restored and idle, ready to hand out.</summary>
    public int MinIdle { get; init; } = 2;

    /// <summary>Most sandboxes alive at once, idle and leased together.</summary>
    public int MaxSize { get; init; } = 16;

    /// <summary>Host memory (the process's PSS) above which the pool stops restoring: backpressure, not failure.</summary>
    public long MemoryBudgetMiB { get; init; } = long.MaxValue;

    /// <summary>Where recipe snapshots come from.</summary>
    public SnapshotCatalog? Catalog { get; init; }
}
