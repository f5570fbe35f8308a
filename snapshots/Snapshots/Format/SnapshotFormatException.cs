// The one typed failure for untrusted snapshot input: a fault code plus, where it applies, which section or chunk.
namespace Harness.Snapshots.Format;

/// <summary>
/// Thrown when a snapshot file, a chain of snapshot files or a store entry is refused. <see cref="Fault"/> says why;
/// <see cref="SectionKind"/> and <see cref="ChunkIndex"/> say where when that is known.
/// </summary>
public sealed class SnapshotFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotFormatException(SnapshotFault fault, string message, uint? sectionKind = null, int? chunkIndex = null, Exception? inner = null)
        : base(message, inner)
    {
        Fault = fault;
        SectionKind = sectionKind;
        ChunkIndex = chunkIndex;
    }

    /// <summary>What is wrong.</summary>
    public SnapshotFault Fault { get; }

    /// <summary>The kind of the offending section, when a section is at fault.</summary>
    public uint? SectionKind { get; }

    /// <summary>The index of the offending memory chunk, when a chunk is at fault.</summary>
    public int? ChunkIndex { get; }

    /// <summary>The path of the file at fault, when known.</summary>
    public string? Path { get; init; }
}
