// A summary of one snapshot for `harness snapshot inspect` and for the measurements.
using Harness.Snapshots.Format;

namespace Harness.Snapshots;

/// <summary>What a snapshot holds and how well it compressed.</summary>
public sealed record SnapshotInspection
{
    /// <summary>Format version as "major.minor".</summary>
    public required string FormatVersion { get; init; }

    /// <summary>Guest architecture.</summary>
    public required string Architecture { get; init; }

    /// <summary>True for a diff snapshot.</summary>
    public required bool IsDiff { get; init; }

    /// <summary>This snapshot's content hash.</summary>
    public required SnapshotHash ContentHash { get; init; }

    /// <summary>The base's content hash (diffs only).</summary>
    public required SnapshotHash BaseHash { get; init; }

    /// <summary>File length in bytes.</summary>
    public required long FileLength { get; init; }

    /// <summary>Every section, the memory image descriptor included.</summary>
    public required IReadOnlyList<SnapshotSection> Sections { get; init; }

    /// <summary>Guest memory size in bytes.</summary>
    public required ulong GuestSize { get; init; }

    /// <summary>Pages this snapshot describes (all for a full snapshot, the dirtied ones for a diff).</summary>
    public required int PresentPages { get; init; }

    /// <summary>Pages recorded as zero and not stored.</summary>
    public required int ZeroPages { get; init; }

    /// <summary>Pages stored in chunks.</summary>
    public required int StoredPages { get; init; }

    /// <summary>Uncompressed bytes per chunk.</summary>
    public required int ChunkSize { get; init; }

    /// <summary>Number of chunks.</summary>
    public required int ChunkCount { get; init; }

    /// <summary>Compressed bytes of all chunks.</summary>
    public required long CompressedBytes { get; init; }

    /// <summary>Stored page bytes over compressed bytes: what LZ4 alone achieved.</summary>
    public double CompressionRatio => CompressedBytes == 0 ? 1 : (double)StoredPages * SnapshotFormat.PageSize / CompressedBytes;

    /// <summary>Guest memory bytes over file bytes: what zero-page elision and LZ4 achieved together.</summary>
    public double GuestToFileRatio => (double)GuestSize / FileLength;
}
