// Caps checked before anything read from a file is allocated, so a crafted header cannot make us allocate wildly.
namespace Harness.Snapshots.Format;

/// <summary>Size caps applied while reading a snapshot. The defaults fit any machine this harness builds.</summary>
public sealed record SnapshotLimits
{
    /// <summary>The defaults: 1,024 sections, 64 MiB per section, 64 GiB of guest memory, diff chains of depth 32.</summary>
    public static SnapshotLimits Default { get; } = new();

    /// <summary>Most sections a file may declare.</summary>
    public int MaxSections { get; init; } = 1024;

    /// <summary>Largest section payload in bytes (the memory descriptor included).</summary>
    public long MaxSectionLength { get; init; } = 64L << 20;

    /// <summary>Largest guest memory in bytes.</summary>
    public ulong MaxMemorySize { get; init; } = 64UL << 30;

    /// <summary>Most snapshots in one diff chain, the full base included.</summary>
    public int MaxChainDepth { get; init; } = 32;
}
