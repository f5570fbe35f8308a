// Constants of the on-disk layout, version 1.0. All integers are little-endian; docs/snapshots.md draws the layout.
namespace Harness.Snapshots.Format;

/// <summary>Format constants shared by the writer and the reader.</summary>
public static class SnapshotFormat
{
    /// <summary>The major version this library writes and reads. Another major is refused.</summary>
    public const ushort Major = 1;

    /// <summary>The minor version this library writes; files with a newer minor are refused.</summary>
    public const ushort Minor = 0;

    /// <summary>Header length in bytes.</summary>
    public const int HeaderLength = 128;

    /// <summary>Section table entry length in bytes.</summary>
    public const int SectionEntryLength = 40;

    /// <summary>Bytes reserved for the architecture name (ASCII, zero padded).</summary>
    public const int ArchitectureLength = 16;

    /// <summary>Guest page size: the granule of zero-page elision and diffs.</summary>
    public const int PageSize = 4096;

    /// <summary>log2 of <see cref="PageSize"/>.</summary>
    public const int PageShift = 12;

    /// <summary>The first eight bytes of every snapshot file: "HVMSNAP" and 0x1A (stops `type` on a terminal).</summary>
    public static ReadOnlySpan<byte> Magic => "HVMSNAP\x1A"u8;

    internal const int OffMagic = 0;
    internal const int OffMajor = 8;
    internal const int OffMinor = 10;
    internal const int OffHeaderLength = 12;
    internal const int OffFlags = 16;
    internal const int OffSectionCount = 20;
    internal const int OffSectionTable = 24;
    internal const int OffFileLength = 32;
    internal const int OffArchitecture = 40;
    internal const int OffBaseHash = 56;
    internal const int OffContentHash = 72;
    internal const int OffTableChecksum = 88;
    internal const int OffReserved = 96;
    internal const int OffHeaderChecksum = 120;

    internal const uint FlagDiff = 1;
}
