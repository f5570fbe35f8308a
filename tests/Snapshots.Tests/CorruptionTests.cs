// Damaged and hostile files: each is refused with the typed fault that names what is wrong.
using System.Buffers.Binary;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Tests;

public class CorruptionTests
{
    private static byte[] Small(int pages = 24, int chunkSize = 8192)
    {
        using NativeImage image = TestImages.Mixed(pages, seed: 11);
        return TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = chunkSize });
    }

    private static SnapshotFormatException Refused(byte[] file, SnapshotReadOptions? options = null)
    {
        return FluentActions.Invoking(() =>
        {
            using SnapshotReader reader = SnapshotReader.Open(file, options);
            reader.Verify();
        }).Should().Throw<SnapshotFormatException>().Which;
    }

    [Test]
    public void Truncation_at_every_offset_is_Truncated()
    {
        byte[] file = Small();
        for (int length = 0; length < file.Length; length++)
        {
            SnapshotFormatException e = Refused(file[..length]);
            e.Fault.Should().Be(SnapshotFault.Truncated, $"the file cut at {length} of {file.Length} bytes");
        }
    }

    [Test]
    public void Truncated_file_on_disk_is_Truncated()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Small()[..500]);
            SnapshotFormatException e = FluentActions.Invoking(() => SnapshotReader.Open(path)).Should().Throw<SnapshotFormatException>().Which;
            e.Fault.Should().Be(SnapshotFault.Truncated);
            e.Path.Should().Be(path);
            e.Message.Should().StartWith(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Trailing_bytes_are_TrailingData()
    {
        Refused([.. Small(), 0]).Fault.Should().Be(SnapshotFault.TrailingData);
    }

    [Test]
    public void Wrong_magic_is_BadMagic()
    {
        byte[] file = Small();
        file[3] ^= 0x20;
        Refused(file).Fault.Should().Be(SnapshotFault.BadMagic);
        Refused("PK\x03\x04 a zip file, not a snapshot"u8.ToArray()).Fault.Should().Be(SnapshotFault.BadMagic);
    }

    [Test]
    public void Other_major_version_is_refused_naming_both_versions()
    {
        byte[] file = Small();
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), 2);
        SnapshotFormatException e = Refused(file);
        e.Fault.Should().Be(SnapshotFault.UnsupportedVersion);
        e.Message.Should().Contain("2.0").And.Contain("major version 1");
    }

    [Test]
    public void Newer_minor_version_is_refused_naming_both_versions()
    {
        byte[] file = Small();
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(10), 3);
        SnapshotFormatException e = Refused(file);
        e.Fault.Should().Be(SnapshotFault.UnsupportedVersion);
        e.Message.Should().Contain("1.3").And.Contain("newer").And.Contain("1.0");
    }

    [Test]
    public void Other_architecture_is_WrongArchitecture()
    {
        SnapshotFormatException e = Refused(Small(), new SnapshotReadOptions { ExpectedArchitecture = "x86_64" });
        e.Fault.Should().Be(SnapshotFault.WrongArchitecture);
        e.Message.Should().Contain("riscv64").And.Contain("x86_64");
    }

    [Test]
    public void Every_header_bit_flip_is_refused()
    {
        byte[] original = Small();
        for (int bit = 0; bit < SnapshotFormat.HeaderLength * 8; bit++)
        {
            byte[] file = (byte[])original.Clone();
            file[bit / 8] ^= (byte)(1 << (bit % 8));
            SnapshotFault expected = (bit / 8) switch
            {
                < 8 => SnapshotFault.BadMagic,
                8 or 9 or 10 or 11 => SnapshotFault.UnsupportedVersion,
                _ => SnapshotFault.HeaderCorrupt,
            };

            // Lowering the minor version (1.0 has none lower) or flipping a high major bit both read as another version.
            Refused(file).Fault.Should().Be(expected, $"bit {bit} of the header was flipped");
        }
    }

    [Test]
    public void Section_table_damage_is_SectionTableCorrupt()
    {
        byte[] file = Small();
        file[Surgery.EntryOffset(1) + 2] ^= 1;
        Refused(file).Fault.Should().Be(SnapshotFault.SectionTableCorrupt);
    }

    [Test]
    public void Section_payload_damage_names_the_section()
    {
        byte[] file = Small();
        (uint kind, long offset, _) = Surgery.Entry(file, 1);
        file[offset + 5] ^= 0x80;
        using SnapshotReader reader = SnapshotReader.Open(file);
        SnapshotFormatException e = FluentActions.Invoking(() => reader.ReadSection(kind)).Should().Throw<SnapshotFormatException>().Which;
        e.Fault.Should().Be(SnapshotFault.ChecksumMismatch);
        e.SectionKind.Should().Be(kind);
        FluentActions.Invoking(reader.Verify).Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.ChecksumMismatch);
    }

    [Test]
    public void Chunk_damage_names_the_chunk_in_verify_and_in_restore()
    {
        byte[] file = Small(pages: 64, chunkSize: 4096);
        using SnapshotReader clean = SnapshotReader.Open(file);
        int chunk = clean.Memory.ChunkCount - 2;
        file[clean.Memory.ChunkOffset(chunk) + 1] ^= 4;

        using SnapshotReader reader = SnapshotReader.Open(file);
        SnapshotFormatException e = FluentActions.Invoking(reader.Verify).Should().Throw<SnapshotFormatException>().Which;
        e.Fault.Should().Be(SnapshotFault.ChecksumMismatch);
        e.ChunkIndex.Should().Be(chunk);
        e.Message.Should().Contain($"chunk {chunk}");
        FluentActions.Invoking(() => TestImages.Restore(reader)).Should().Throw<SnapshotFormatException>()
            .Which.ChunkIndex.Should().Be(chunk);
    }

    [Test]
    public void Chunk_that_passes_its_checksum_but_is_not_LZ4_is_ChunkCorrupt()
    {
        byte[] file = Small(pages: 64, chunkSize: 16384);
        using SnapshotReader clean = SnapshotReader.Open(file);
        int chunk = Enumerable.Range(0, clean.Memory.ChunkCount).First(c => !clean.Memory.IsStoredRaw(c));
        long at = clean.Memory.ChunkOffset(chunk);
        file.AsSpan((int)at, clean.Memory.CompressedLength(chunk)).Fill(0xFF);
        Surgery.ResealChunks(file);
        Surgery.Reseal(file);

        using SnapshotReader reader = SnapshotReader.Open(file);
        SnapshotFormatException e = FluentActions.Invoking(reader.Verify).Should().Throw<SnapshotFormatException>().Which;
        e.Fault.Should().Be(SnapshotFault.ChunkCorrupt);
        e.ChunkIndex.Should().Be(chunk);
    }

    [Test]
    public void Oversized_section_is_SectionTooLarge_before_allocation()
    {
        byte[] file = Small();
        Refused(file, new SnapshotReadOptions { Limits = new SnapshotLimits { MaxSectionLength = 100 } }).Fault.Should().Be(SnapshotFault.SectionTooLarge);

        // A forged length of 1 TiB with valid checksums: refused by the cap, not by an allocation.
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(Surgery.EntryOffset(0) + 24), 1UL << 40);
        SnapshotFormatException e = Refused(Surgery.Reseal(file, sections: false));
        e.Fault.Should().Be(SnapshotFault.SectionTooLarge);
        e.SectionKind.Should().Be(SnapshotSectionKinds.MachineConfig);
    }

    [Test]
    public void Too_many_sections_is_TooManySections()
    {
        byte[] file = Small();
        Refused(file, new SnapshotReadOptions { Limits = new SnapshotLimits { MaxSections = 3 } }).Fault.Should().Be(SnapshotFault.TooManySections);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(20), uint.MaxValue);
        Refused(Surgery.Reseal(file, sections: false)).Fault.Should().Be(SnapshotFault.TooManySections);
    }

    [Test]
    public void Forged_guest_size_is_MemoryTooLarge_or_MemoryLayoutInvalid()
    {
        byte[] file = Small();
        (_, long offset, _) = Surgery.Entry(file, Surgery.IndexOf(file, SnapshotSectionKinds.MemoryImage));
        byte[] huge = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(huge.AsSpan((int)offset), 1UL << 50);
        Refused(Surgery.Reseal(huge)).Fault.Should().Be(SnapshotFault.MemoryTooLarge);

        byte[] odd = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(odd.AsSpan((int)offset), (24 * 4096) + 1);
        Refused(Surgery.Reseal(odd)).Fault.Should().Be(SnapshotFault.MemoryLayoutInvalid);

        byte[] bigger = (byte[])file.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(bigger.AsSpan((int)offset), 48 * 4096);
        Refused(Surgery.Reseal(bigger)).Fault.Should().Be(SnapshotFault.MemoryLayoutInvalid, "the bitmaps no longer fit the size");

        Refused(file, new SnapshotReadOptions { Limits = new SnapshotLimits { MaxMemorySize = 4096 } }).Fault.Should().Be(SnapshotFault.MemoryTooLarge);
    }

    [Test]
    public void Forged_zero_bitmap_is_MemoryLayoutInvalid()
    {
        byte[] file = Small();
        (_, long offset, _) = Surgery.Entry(file, Surgery.IndexOf(file, SnapshotSectionKinds.MemoryImage));
        file[offset + 48] ^= 0x01;
        Refused(Surgery.Reseal(file)).Fault.Should().Be(SnapshotFault.MemoryLayoutInvalid, "the stored page count no longer matches");
    }

    [Test]
    public void Forged_content_hash_is_ContentHashMismatch()
    {
        byte[] file = Small();
        file[72] ^= 1;
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(120), System.IO.Hashing.XxHash3.HashToUInt64(file.AsSpan(0, 120)));
        Refused(file).Fault.Should().Be(SnapshotFault.ContentHashMismatch);
    }

    [Test]
    public void Duplicate_sections_are_SectionTableCorrupt()
    {
        byte[] file = Small();
        // Make VcpuState instance 1 claim instance 0 as well.
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(Surgery.EntryOffset(2) + 8), 0);
        Refused(Surgery.Reseal(file, sections: false)).Fault.Should().Be(SnapshotFault.SectionTableCorrupt);
    }
}
