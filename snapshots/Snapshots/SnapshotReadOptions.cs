// What a reader insists on: the architecture of the guest it will restore and the size caps.
using Harness.Snapshots.Format;

namespace Harness.Snapshots;

/// <summary>Options for opening a snapshot.</summary>
public sealed record SnapshotReadOptions
{
    /// <summary>The defaults: any architecture, default limits.</summary>
    public static SnapshotReadOptions Default { get; } = new();

    /// <summary>When set, a snapshot of another architecture is refused with <see cref="SnapshotFault.WrongArchitecture"/>.</summary>
    public string? ExpectedArchitecture { get; init; }

    /// <summary>Size caps checked before allocation.</summary>
    public SnapshotLimits Limits { get; init; } = SnapshotLimits.Default;

    /// <summary>Threads used to decompress and verify; all cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
