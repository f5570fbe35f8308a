// Edits snapshot bytes below the checksums, then re-seals them, so tests can reach the checks behind the checksums.
using System.Buffers.Binary;
using System.IO.Hashing;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Tests;

internal static class Surgery
{
    public static int SectionCount(byte[] file) => (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(20));

    public static int EntryOffset(int index) => SnapshotFormat.HeaderLength + (index * SnapshotFormat.SectionEntryLength);

    public static (uint Kind, long Offset, long Length) Entry(byte[] file, int index)
    {
        ReadOnlySpan<byte> e = file.AsSpan(EntryOffset(index));
        return (BinaryPrimitives.ReadUInt32LittleEndian(e), (long)BinaryPrimitives.ReadUInt64LittleEndian(e[16..]), (long)BinaryPrimitives.ReadUInt64LittleEndian(e[24..]));
    }

    public static int IndexOf(byte[] file, uint kind)
    {
        for (int i = 0; i < SectionCount(file); i++)
        {
            if (Entry(file, i).Kind == kind)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no section of kind {kind}");
    }

    /// <summary>Recomputes the chunk checksums in the memory descriptor (assumes an unchanged layout).</summary>
    public static void ResealChunks(byte[] file)
    {
        (_, long offset, long length) = Entry(file, IndexOf(file, SnapshotSectionKinds.MemoryImage));
        Span<byte> d = file.AsSpan((int)offset, (int)length);
        ulong guestSize = BinaryPrimitives.ReadUInt64LittleEndian(d);
        int chunkCount = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[16..]);
        bool diff = (BinaryPrimitives.ReadUInt32LittleEndian(d[24..]) & 1) != 0;
        long dataOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(d[32..]);
        int words = (int)(((guestSize / 4096) + 63) / 64);
        int at = 48 + (words * 8 * (diff ? 2 : 1));
        long data = dataOffset;
        for (int i = 0; i < chunkCount; i++)
        {
            int len = (int)BinaryPrimitives.ReadUInt32LittleEndian(d[(at + (i * 16))..]);
            BinaryPrimitives.WriteUInt64LittleEndian(d[(at + (i * 16) + 8)..], XxHash3.HashToUInt64(file.AsSpan((int)data, len)));
            data += len;
        }
    }

    /// <summary>Recomputes section checksums (optionally), the table checksum, the content hash and the header checksum.</summary>
    public static byte[] Reseal(byte[] file, bool sections = true)
    {
        uint declared = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(20));
        int count = (int)Math.Min(declared, (uint)((file.Length - SnapshotFormat.HeaderLength) / SnapshotFormat.SectionEntryLength));
        if (sections)
        {
            for (int i = 0; i < count; i++)
            {
                (_, long offset, long length) = Entry(file, i);
                if (offset >= 0 && length >= 0 && offset + length <= file.Length)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(EntryOffset(i) + 32), XxHash3.HashToUInt64(file.AsSpan((int)offset, (int)length)));
                }
            }
        }

        int tableLength = count * SnapshotFormat.SectionEntryLength;
        ReadOnlySpan<byte> table = file.AsSpan(SnapshotFormat.HeaderLength, tableLength);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(88), XxHash3.HashToUInt64(table));
        SnapshotHeader.ComputeContentHash(file, table).Write(file.AsSpan(72));
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(120), XxHash3.HashToUInt64(file.AsSpan(0, 120)));
        return file;
    }
}
