// Tunables of the writer: chunk size, LZ4 level, parallelism.
using K4os.Compression.LZ4;
using Harness.Snapshots.Memory;

namespace Harness.Snapshots;

/// <summary>How a snapshot's memory image is encoded.</summary>
public sealed record SnapshotWriterOptions
{
    /// <summary>The default chunk size, 256 KiB: see docs/benchmarks.md for the measurement behind it.</summary>
    public const int DefaultChunkSize = 256 << 10;

    /// <summary>The defaults.</summary>
    public static SnapshotWriterOptions Default { get; } = new();

    /// <summary>Uncompressed bytes per chunk: a power of two from 4 KiB to 16 MiB. Also the unit of lazy fills.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>LZ4 level; the fast level compresses at memory speed and already removes most of a guest's bytes.</summary>
    public LZ4Level Level { get; init; } = LZ4Level.L00_FAST;

    /// <summary>Threads used to scan and compress; all cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (ChunkSize is < MemoryImageDescriptor.MinChunkSize or > MemoryImageDescriptor.MaxChunkSize || (ChunkSize & (ChunkSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "chunk size must be a power of two from 4 KiB to 16 MiB");
        }

        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "parallelism must be at least 1");
        }
    }
}
