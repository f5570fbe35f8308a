// What is wrong with a snapshot file: every rejection names one of these so callers and tests can tell causes apart.
namespace Harness.Snapshots.Format;

/// <summary>The reason a snapshot file (or a chain of them) was refused.</summary>
public enum SnapshotFault
{
    /// <summary>The file ends before a structure it declares.</summary>
    Truncated,

    /// <summary>The file is longer than its header declares.</summary>
    TrailingData,

    /// <summary>The first eight bytes are not the snapshot magic.</summary>
    BadMagic,

    /// <summary>A different major format version, or a newer minor one than this reader knows.</summary>
    UnsupportedVersion,

    /// <summary>The snapshot was taken on another guest architecture than the one asked for.</summary>
    WrongArchitecture,

    /// <summary>The header's own checksum does not match, or a reserved header field is not zero.</summary>
    HeaderCorrupt,

    /// <summary>More sections than the limits allow.</summary>
    TooManySections,

    /// <summary>A section larger than the limits allow.</summary>
    SectionTooLarge,

    /// <summary>The section table is malformed: overlaps, gaps, duplicates, reserved kinds or out-of-file extents.</summary>
    SectionTableCorrupt,

    /// <summary>A section or memory chunk does not match its checksum (the exception names which).</summary>
    ChecksumMismatch,

    /// <summary>The content hash recorded in the header does not match the header and section table.</summary>
    ContentHashMismatch,

    /// <summary>A section that was asked for is not in the file.</summary>
    SectionMissing,

    /// <summary>Guest memory larger than the limits allow.</summary>
    MemoryTooLarge,

    /// <summary>The memory image descriptor is inconsistent (sizes, bitmaps, chunk table).</summary>
    MemoryLayoutInvalid,

    /// <summary>A memory chunk passed its checksum but does not decompress to its declared size.</summary>
    ChunkCorrupt,

    /// <summary>A diff snapshot's base cannot be found.</summary>
    BaseMissing,

    /// <summary>A diff snapshot's base was found but is not the snapshot it names, or does not fit it.</summary>
    BaseMismatch,

    /// <summary>A diff chain deeper than the limits allow, or one that loops.</summary>
    ChainTooDeep,

    /// <summary>No snapshot with the requested content hash is in the store.</summary>
    NotFound,
}
