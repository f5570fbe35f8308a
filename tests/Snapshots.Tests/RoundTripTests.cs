// Full snapshots: sections and memory survive write and read exactly, at every awkward size and chunk boundary.
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Tests;

public class RoundTripTests
{
    [TestCase(1, 4096)]
    [TestCase(15, 8192)]
    [TestCase(16, 8192)]
    [TestCase(17, 8192)]
    [TestCase(63, 16384)]
    [TestCase(64, 16384)]
    [TestCase(65, 16384)]
    [TestCase(200, 262144)]
    [TestCase(1000, 65536)]
    public void Full_snapshot_restores_memory_exactly(int pages, int chunkSize)
    {
        using NativeImage image = TestImages.Mixed(pages, seed: pages);
        byte[] file = TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = chunkSize });

        using SnapshotReader reader = SnapshotReader.Open(file, new SnapshotReadOptions { ExpectedArchitecture = "riscv64" });
        reader.Verify();
        TestImages.Restore(reader).Should().Equal(image.Bytes.ToArray());
        reader.Memory.GuestSize.Should().Be(image.Length);
        reader.Memory.ChunkSize.Should().Be(chunkSize);
    }

    [Test]
    public void Sections_round_trip_by_kind_and_instance()
    {
        using NativeImage image = TestImages.Mixed(8, seed: 1);
        using SnapshotReader reader = SnapshotReader.Open(TestImages.Full(image));

        reader.ReadSection(SnapshotSectionKinds.MachineConfig).Should().Equal("{\"harts\":2,\"ram\":\"0x80000000\"}"u8.ToArray());
        reader.ReadSection(SnapshotSectionKinds.VcpuState, 1).Should().Equal(Enumerable.Range(0, 300).Select(i => (byte)(i * 7)));
        reader.ReadSection(SnapshotSectionKinds.DeviceState, 9).Should().BeEmpty();
        reader.FindSection(SnapshotSectionKinds.VcpuState, 1)!.Version.Should().Be(3);
        reader.Sections.Should().HaveCount(5, "four state sections and the memory image");
        reader.FindSections(SnapshotSectionKinds.VcpuState).Select(s => s.Instance).Should().Equal(0u, 1u);

        FluentActions.Invoking(() => reader.ReadSection(SnapshotSectionKinds.Clock))
            .Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.SectionMissing);
    }

    [Test]
    public void Zero_pages_are_not_stored_and_are_cleared_on_restore()
    {
        using var image = new NativeImage(64 * 4096);
        image.Page(3)[17] = 1;
        image.Page(40).Fill(0x5A);
        byte[] file = TestImages.Full(image);

        using SnapshotReader reader = SnapshotReader.Open(file);
        SnapshotInspection info = reader.Inspect();
        info.ZeroPages.Should().Be(62);
        info.StoredPages.Should().Be(2);
        info.ChunkCount.Should().Be(1);
        info.PresentPages.Should().Be(64);
        file.Length.Should().BeLessThan(2000, "62 zero pages cost one bit each");
        TestImages.Restore(reader).Should().Equal(image.Bytes.ToArray(), "restore writes zeros over the garbage in the destination");
    }

    [Test]
    public void All_zero_memory_has_no_chunks()
    {
        using var image = new NativeImage(1 << 20);
        using SnapshotReader reader = SnapshotReader.Open(TestImages.Full(image));
        reader.Memory.ChunkCount.Should().Be(0);
        reader.Verify();
        TestImages.Restore(reader).Should().OnlyContain(b => b == 0);
    }

    [Test]
    public void Incompressible_chunks_are_stored_raw_and_still_round_trip()
    {
        using var image = new NativeImage(32 * 4096);
        new Random(5).NextBytes(image.Bytes);
        using SnapshotReader reader = SnapshotReader.Open(TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = 8192 }));
        Enumerable.Range(0, reader.Memory.ChunkCount).Should().OnlyContain(c => reader.Memory.IsStoredRaw(c));
        TestImages.Restore(reader).Should().Equal(image.Bytes.ToArray());
    }

    [Test]
    public unsafe void Restore_into_zeroed_memory_skips_zero_pages_but_gives_the_same_bytes()
    {
        using NativeImage image = TestImages.Mixed(100, seed: 9);
        using SnapshotReader reader = SnapshotReader.Open(TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = 16384 }));
        using var target = new NativeImage(image.Length);
        reader.RestoreMemory(target.Pointer, target.Length, destinationIsZeroed: true);
        target.Bytes.ToArray().Should().Equal(image.Bytes.ToArray());
    }

    [Test]
    public void Inspect_reports_sizes_and_ratios()
    {
        using NativeImage image = TestImages.Mixed(256, seed: 3);
        byte[] file = TestImages.WriteToBytes(TestImages.Writer().SetMemory(image.Source), out SnapshotWriteResult written);
        using SnapshotReader reader = SnapshotReader.Open(file);
        SnapshotInspection info = reader.Inspect();

        info.FormatVersion.Should().Be("1.0");
        info.Architecture.Should().Be("riscv64");
        info.IsDiff.Should().BeFalse();
        info.ContentHash.Should().Be(written.ContentHash);
        info.FileLength.Should().Be(file.Length).And.Be(written.FileLength);
        (info.ZeroPages + info.StoredPages).Should().Be(256);
        info.StoredPages.Should().Be(written.StoredPages);
        info.CompressionRatio.Should().BeGreaterThan(1);
        info.GuestToFileRatio.Should().BeGreaterThan(info.CompressionRatio);
    }

    [Test]
    public void Equal_input_gives_equal_bytes_and_equal_hash()
    {
        using NativeImage image = TestImages.Mixed(50, seed: 4);
        byte[] a = TestImages.Full(image);
        byte[] b = TestImages.Full(image);
        a.Should().Equal(b);
        image.Page(49)[0] ^= 1;
        using SnapshotReader ra = SnapshotReader.Open(a);
        using SnapshotReader rc = SnapshotReader.Open(TestImages.Full(image));
        rc.ContentHash.Should().NotBe(ra.ContentHash);
    }

    [Test]
    public void Writer_rejects_reserved_kinds_duplicates_and_bad_architecture()
    {
        var writer = new SnapshotWriter("riscv64").AddSection(7, 1, [1]);
        FluentActions.Invoking(() => writer.AddSection(7, 2, [2])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => writer.AddSection(SnapshotSectionKinds.MemoryImage, 1, [2])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SnapshotWriter("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SnapshotWriter("riscv64 with spaces")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new SnapshotWriter("riscv64", new SnapshotWriterOptions { ChunkSize = 5000 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => writer.WriteTo(Stream.Null)).Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void File_written_atomically_reads_back()
    {
        string dir = Directory.CreateTempSubdirectory("snap-").FullName;
        try
        {
            using NativeImage image = TestImages.Mixed(40, seed: 8);
            string path = Path.Combine(dir, "a.hsnap");
            SnapshotWriteResult result = TestImages.Writer().SetMemory(image.Source).WriteToFile(path);
            Directory.GetFiles(dir).Should().ContainSingle("the temporary file was renamed into place");
            using SnapshotReader reader = SnapshotReader.Open(path);
            reader.ContentHash.Should().Be(result.ContentHash);
            reader.Path.Should().Be(path);
            TestImages.Restore(reader).Should().Equal(image.Bytes.ToArray());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void Hash_text_form_round_trips()
    {
        var hash = new SnapshotHash(0x0123456789abcdef, 0xfedcba9876543210);
        hash.ToString().Should().Be("0123456789abcdeffedcba9876543210");
        SnapshotHash.Parse(hash.ToString()).Should().Be(hash);
        SnapshotHash.TryParse("xyz", out _).Should().BeFalse();
        FluentActions.Invoking(() => SnapshotHash.Parse("0123")).Should().Throw<FormatException>();
    }
}
