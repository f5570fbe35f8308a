// The fixed 128-byte header: parsing with every check a hostile file needs, and serialization for the writer.
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Harness.Snapshots.Format;

/// <summary>The decoded header of a snapshot file.</summary>
public sealed record SnapshotHeader
{
    /// <summary>Format major version of the file.</summary>
    public required ushort Major { get; init; }

    /// <summary>Format minor version of the file.</summary>
    public required ushort Minor { get; init; }

    /// <summary>Guest architecture, e.g. "riscv64".</summary>
    public required string Architecture { get; init; }

    /// <summary>True for a diff snapshot, which needs <see cref="BaseHash"/> to restore.</summary>
    public required bool IsDiff { get; init; }

    /// <summary>Number of entries in the section table.</summary>
    public required int SectionCount { get; init; }

    /// <summary>Total length of the file in bytes.</summary>
    public required long FileLength { get; init; }

    /// <summary>The content hash of the base snapshot (diffs only; <see cref="SnapshotHash.None"/> otherwise).</summary>
    public required SnapshotHash BaseHash { get; init; }

    /// <summary>The content hash of this snapshot.</summary>
    public required SnapshotHash ContentHash { get; init; }

    /// <summary>XxHash3 of the section table bytes.</summary>
    public required ulong TableChecksum { get; init; }

    /// <summary>Offset of the section table (right after the header).</summary>
    public static long SectionTableOffset => SnapshotFormat.HeaderLength;

    /// <summary>Checks architecture names: 1 to 16 printable ASCII characters.</summary>
    public static void ValidateArchitecture(string architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        if (architecture.Length is 0 or > SnapshotFormat.ArchitectureLength || architecture.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException($"architecture '{architecture}' must be 1 to {SnapshotFormat.ArchitectureLength} printable ASCII characters", nameof(architecture));
        }
    }

    /// <summary>Serializes the header; the content hash and checksum fields are written as given.</summary>
    public void Write(Span<byte> destination)
    {
        Span<byte> h = destination[..SnapshotFormat.HeaderLength];
        h.Clear();
        SnapshotFormat.Magic.CopyTo(h);
        BinaryPrimitives.WriteUInt16LittleEndian(h[SnapshotFormat.OffMajor..], Major);
        BinaryPrimitives.WriteUInt16LittleEndian(h[SnapshotFormat.OffMinor..], Minor);
        BinaryPrimitives.WriteUInt32LittleEndian(h[SnapshotFormat.OffHeaderLength..], SnapshotFormat.HeaderLength);
        BinaryPrimitives.WriteUInt32LittleEndian(h[SnapshotFormat.OffFlags..], IsDiff ? SnapshotFormat.FlagDiff : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(h[SnapshotFormat.OffSectionCount..], (uint)SectionCount);
        BinaryPrimitives.WriteUInt64LittleEndian(h[SnapshotFormat.OffSectionTable..], (ulong)SectionTableOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[SnapshotFormat.OffFileLength..], (ulong)FileLength);
        Encoding.ASCII.GetBytes(Architecture, h.Slice(SnapshotFormat.OffArchitecture, SnapshotFormat.ArchitectureLength));
        BaseHash.Write(h[SnapshotFormat.OffBaseHash..]);
        ContentHash.Write(h[SnapshotFormat.OffContentHash..]);
        BinaryPrimitives.WriteUInt64LittleEndian(h[SnapshotFormat.OffTableChecksum..], TableChecksum);
        BinaryPrimitives.WriteUInt64LittleEndian(h[SnapshotFormat.OffHeaderChecksum..], XxHash3.HashToUInt64(h[..SnapshotFormat.OffHeaderChecksum]));
    }

    /// <summary>
    /// The content hash: XxHash128 over the header with its content-hash and checksum fields zeroed, then the section
    /// table. The table holds each section's checksum and the memory section holds each chunk's, so this covers all.
    /// </summary>
    public static SnapshotHash ComputeContentHash(ReadOnlySpan<byte> header, ReadOnlySpan<byte> table)
    {
        Span<byte> copy = stackalloc byte[SnapshotFormat.HeaderLength];
        header[..SnapshotFormat.HeaderLength].CopyTo(copy);
        copy.Slice(SnapshotFormat.OffContentHash, SnapshotHash.Size).Clear();
        copy.Slice(SnapshotFormat.OffHeaderChecksum, 8).Clear();
        var hasher = new XxHash128();
        hasher.Append(copy);
        hasher.Append(table);
        Span<byte> digest = stackalloc byte[SnapshotHash.Size];
        hasher.GetCurrentHash(digest);
        return SnapshotHash.Read(digest);
    }

    /// <summary>
    /// Parses and checks a header read from a file of <paramref name="actualFileLength"/> bytes. The magic and the
    /// version are checked before the checksum so that a future format gets a version message, not a checksum one.
    /// </summary>
    public static SnapshotHeader Parse(ReadOnlySpan<byte> bytes, long actualFileLength, SnapshotLimits limits, string? expectedArchitecture)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length < SnapshotFormat.Magic.Length)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"file is {bytes.Length} bytes long, too short for a snapshot header");
        }

        if (!bytes[..SnapshotFormat.Magic.Length].SequenceEqual(SnapshotFormat.Magic))
        {
            throw new SnapshotFormatException(SnapshotFault.BadMagic, "not a snapshot file: the magic bytes are wrong");
        }

        if (bytes.Length < SnapshotFormat.OffHeaderLength)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"file is {bytes.Length} bytes long, too short for a snapshot header");
        }

        ushort major = BinaryPrimitives.ReadUInt16LittleEndian(bytes[SnapshotFormat.OffMajor..]);
        ushort minor = BinaryPrimitives.ReadUInt16LittleEndian(bytes[SnapshotFormat.OffMinor..]);
        if (major != SnapshotFormat.Major)
        {
            throw new SnapshotFormatException(SnapshotFault.UnsupportedVersion,
                $"snapshot format {major}.{minor} has major version {major}; this reader reads only major version {SnapshotFormat.Major} (up to {SnapshotFormat.Major}.{SnapshotFormat.Minor})");
        }

        if (minor > SnapshotFormat.Minor)
        {
            throw new SnapshotFormatException(SnapshotFault.UnsupportedVersion,
                $"snapshot format {major}.{minor} is newer than this reader's {SnapshotFormat.Major}.{SnapshotFormat.Minor}; upgrade the harness to read it");
        }

        if (bytes.Length < SnapshotFormat.HeaderLength)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"file is {bytes.Length} bytes long, shorter than the {SnapshotFormat.HeaderLength}-byte header");
        }

        ReadOnlySpan<byte> h = bytes[..SnapshotFormat.HeaderLength];
        ulong storedChecksum = BinaryPrimitives.ReadUInt64LittleEndian(h[SnapshotFormat.OffHeaderChecksum..]);
        if (XxHash3.HashToUInt64(h[..SnapshotFormat.OffHeaderChecksum]) != storedChecksum)
        {
            throw new SnapshotFormatException(SnapshotFault.HeaderCorrupt, "the snapshot header does not match its checksum");
        }

        // Past the checksum, a bad field means a writer bug or a forged checksum: still typed, never trusted.
        if (BinaryPrimitives.ReadUInt32LittleEndian(h[SnapshotFormat.OffHeaderLength..]) != SnapshotFormat.HeaderLength
            || BinaryPrimitives.ReadUInt64LittleEndian(h[SnapshotFormat.OffSectionTable..]) != SnapshotFormat.HeaderLength
            || h.Slice(SnapshotFormat.OffReserved, SnapshotFormat.OffHeaderChecksum - SnapshotFormat.OffReserved).ContainsAnyExcept((byte)0))
        {
            throw new SnapshotFormatException(SnapshotFault.HeaderCorrupt, "the snapshot header has a bad header length, table offset or reserved field");
        }

        uint flags = BinaryPrimitives.ReadUInt32LittleEndian(h[SnapshotFormat.OffFlags..]);
        if ((flags & ~SnapshotFormat.FlagDiff) != 0)
        {
            throw new SnapshotFormatException(SnapshotFault.HeaderCorrupt, $"the snapshot header has unknown flags 0x{flags:x}");
        }

        ulong declaredLength = BinaryPrimitives.ReadUInt64LittleEndian(h[SnapshotFormat.OffFileLength..]);
        if (declaredLength > (ulong)actualFileLength)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"file is {actualFileLength} bytes long but its header declares {declaredLength}");
        }

        if (declaredLength < (ulong)actualFileLength)
        {
            throw new SnapshotFormatException(SnapshotFault.TrailingData, $"file is {actualFileLength} bytes long but its header declares only {declaredLength}");
        }

        string architecture = DecodeArchitecture(h.Slice(SnapshotFormat.OffArchitecture, SnapshotFormat.ArchitectureLength));
        if (expectedArchitecture is not null && !string.Equals(architecture, expectedArchitecture, StringComparison.Ordinal))
        {
            throw new SnapshotFormatException(SnapshotFault.WrongArchitecture, $"snapshot is for architecture '{architecture}', not '{expectedArchitecture}'");
        }

        uint sectionCount = BinaryPrimitives.ReadUInt32LittleEndian(h[SnapshotFormat.OffSectionCount..]);
        if (sectionCount > (uint)limits.MaxSections)
        {
            throw new SnapshotFormatException(SnapshotFault.TooManySections, $"snapshot declares {sectionCount} sections; the limit is {limits.MaxSections}");
        }

        bool isDiff = (flags & SnapshotFormat.FlagDiff) != 0;
        var baseHash = SnapshotHash.Read(h[SnapshotFormat.OffBaseHash..]);
        if (isDiff == baseHash.IsNone)
        {
            throw new SnapshotFormatException(SnapshotFault.HeaderCorrupt, isDiff ? "diff snapshot names no base" : "full snapshot names a base");
        }

        return new SnapshotHeader
        {
            Major = major,
            Minor = minor,
            Architecture = architecture,
            IsDiff = isDiff,
            SectionCount = (int)sectionCount,
            FileLength = (long)declaredLength,
            BaseHash = baseHash,
            ContentHash = SnapshotHash.Read(h[SnapshotFormat.OffContentHash..]),
            TableChecksum = BinaryPrimitives.ReadUInt64LittleEndian(h[SnapshotFormat.OffTableChecksum..]),
        };
    }

    private static string DecodeArchitecture(ReadOnlySpan<byte> field)
    {
        int end = field.IndexOf((byte)0);
        ReadOnlySpan<byte> name = end < 0 ? field : field[..end];
        if (name.IsEmpty || name.ContainsAnyExceptInRange((byte)'!', (byte)'~') || (end >= 0 && field[end..].ContainsAnyExcept((byte)0)))
        {
            throw new SnapshotFormatException(SnapshotFault.HeaderCorrupt, "the snapshot header's architecture field is not a printable ASCII name");
        }

        return Encoding.ASCII.GetString(name);
    }
}
