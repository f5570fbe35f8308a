// One entry of the section table: which state it holds, its version, and where its checksummed bytes lie.
using System.Buffers.Binary;

namespace Harness.Snapshots.Format;

/// <summary>
/// A section of machine state: <see cref="Kind"/> says what it is (see <see cref="SnapshotSectionKinds"/>),
/// <see cref="Instance"/> which one of several (a hart id, a device slot), <see cref="Version"/> the layout of its
/// bytes, which only the VMM interprets.
/// </summary>
public sealed record SnapshotSection(uint Kind, uint Instance, uint Version, long Offset, long Length, ulong Checksum)
{
    internal void Write(Span<byte> entry)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(entry, Kind);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], Version);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], Instance);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[12..], 0);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[16..], (ulong)Offset);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[24..], (ulong)Length);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[32..], Checksum);
    }

    /// <summary>
    /// Parses the table. Sections must lie back to back in table order from the end of the table, each within the
    /// limits, with unique (kind, instance) pairs and exactly one memory image: one canonical layout, so no two
    /// sections can overlap and no byte of the file goes unchecked.
    /// </summary>
    internal static SnapshotSection[] ParseTable(ReadOnlySpan<byte> table, long fileLength, SnapshotLimits limits)
    {
        int count = table.Length / SnapshotFormat.SectionEntryLength;
        var sections = new SnapshotSection[count];
        var seen = new HashSet<(uint, uint)>();
        long next = SnapshotFormat.HeaderLength + table.Length;
        int memoryImages = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> e = table.Slice(i * SnapshotFormat.SectionEntryLength, SnapshotFormat.SectionEntryLength);
            uint kind = BinaryPrimitives.ReadUInt32LittleEndian(e);
            uint version = BinaryPrimitives.ReadUInt32LittleEndian(e[4..]);
            uint instance = BinaryPrimitives.ReadUInt32LittleEndian(e[8..]);
            uint reserved = BinaryPrimitives.ReadUInt32LittleEndian(e[12..]);
            ulong offset = BinaryPrimitives.ReadUInt64LittleEndian(e[16..]);
            ulong length = BinaryPrimitives.ReadUInt64LittleEndian(e[24..]);
            ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(e[32..]);
            if (reserved != 0)
            {
                throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"section {i} (kind 0x{kind:x}) has a non-zero reserved field", kind);
            }

            if (length > (ulong)limits.MaxSectionLength)
            {
                throw new SnapshotFormatException(SnapshotFault.SectionTooLarge, $"section {i} (kind 0x{kind:x}) is {length} bytes; the limit is {limits.MaxSectionLength}", kind);
            }

            if (offset != (ulong)next)
            {
                throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"section {i} (kind 0x{kind:x}) starts at {offset}, expected {next}", kind);
            }

            if ((ulong)fileLength - (ulong)next < length)
            {
                throw new SnapshotFormatException(SnapshotFault.Truncated, $"section {i} (kind 0x{kind:x}) runs past the end of the file", kind);
            }

            if (kind >= SnapshotSectionKinds.FirstReserved && kind != SnapshotSectionKinds.MemoryImage)
            {
                throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"section {i} has reserved kind 0x{kind:x}", kind);
            }

            if (kind == SnapshotSectionKinds.MemoryImage)
            {
                memoryImages++;
                if (instance != 0 || version != 1)
                {
                    throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"memory image section has instance {instance} and version {version}; expected 0 and 1", kind);
                }
            }

            if (!seen.Add((kind, instance)))
            {
                throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"section kind 0x{kind:x} instance {instance} appears twice", kind);
            }

            sections[i] = new SnapshotSection(kind, instance, version, (long)offset, (long)length, checksum);
            next += (long)length;
        }

        if (memoryImages != 1)
        {
            throw new SnapshotFormatException(SnapshotFault.SectionTableCorrupt, $"snapshot has {memoryImages} memory image sections; expected exactly one", SnapshotSectionKinds.MemoryImage);
        }

        return sections;
    }
}
