// Diff snapshots: only dirtied pages, restored over their base; chains; rebase; missing and wrong bases.
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Vmm.Memory;

namespace Harness.Snapshots.Tests;

public class DiffTests
{
    private const ulong RamBase = 0x8000_0000;

    /// <summary>Builds base, diff1 and diff2 from a GuestMemory's own dirty log, keeping each stage's bytes.</summary>
    private static (byte[][] Files, byte[][] Images) Chain(int pages, int depth)
    {
        using GuestMemory memory = GuestMemory.CreateAnonymous(RamBase, (ulong)pages * 4096);
        var random = new Random(77);
        for (int p = 0; p < pages; p++)
        {
            if (random.Next(3) != 0)
            {
                TestImages.FillPage(memory.GetWriteSpan(RamBase + ((ulong)p * 4096), 4096), random, 1 + random.Next(3));
            }
        }

        var files = new List<byte[]>();
        var images = new List<byte[]>();
        SnapshotHash previous = SnapshotHash.None;
        for (int stage = 0; stage <= depth; stage++)
        {
            SnapshotWriter writer = TestImages.Writer(new SnapshotWriterOptions { ChunkSize = 16384 }).SetMemory(memory.AsSnapshotSource());
            if (stage > 0)
            {
                writer.SetDiff(previous, memory.SnapshotDirtyBitmap());
            }

            files.Add(TestImages.WriteToBytes(writer, out SnapshotWriteResult result));
            images.Add(memory.GetReadSpan(RamBase, pages * 4096).ToArray());
            previous = result.ContentHash;
            memory.ClearDirtyLog();

            // Dirty a few pages: new data, zeroing a non-zero page, and rewriting a page with equal bytes.
            for (int i = 0; i < 6; i++)
            {
                int page = random.Next(pages);
                Span<byte> span = memory.GetWriteSpan(RamBase + ((ulong)page * 4096), 4096);
                TestImages.FillPage(span, random, i % 4);
            }

            memory.GetWriteSpan(RamBase + (7 * 4096), 1)[0] ^= 0;
        }

        return ([.. files], [.. images]);
    }

    [Test]
    public void Diff_holds_only_dirty_pages_and_restores_over_its_base()
    {
        (byte[][] files, byte[][] images) = Chain(200, 1);
        using SnapshotReader diff = SnapshotReader.Open(files[1]);
        using SnapshotReader full = SnapshotReader.Open(files[0]);

        diff.Header.IsDiff.Should().BeTrue();
        diff.Header.BaseHash.Should().Be(full.ContentHash);
        diff.Memory.PresentPageCount.Should().BeInRange(1, 7);
        files[1].Length.Should().BeLessThan(files[0].Length / 4);
        TestImages.Restore(diff, new TestImages.MemoryResolver(files)).Should().Equal(images[1]);
    }

    [Test]
    public void Chain_of_depth_three_restores_each_stage()
    {
        (byte[][] files, byte[][] images) = Chain(300, 3);
        var resolver = new TestImages.MemoryResolver(files);
        for (int stage = 0; stage < files.Length; stage++)
        {
            using SnapshotReader reader = SnapshotReader.Open(files[stage]);
            TestImages.Restore(reader, resolver).Should().Equal(images[stage], $"stage {stage} restores to its own bytes");
        }
    }

    [Test]
    public void Rebase_merges_a_chain_into_an_equivalent_full_snapshot()
    {
        (byte[][] files, byte[][] images) = Chain(300, 3);
        using SnapshotReader top = SnapshotReader.Open(files[3]);
        using SnapshotChain chain = SnapshotChain.Open(top, new TestImages.MemoryResolver(files));
        chain.Layers.Should().HaveCount(4);
        using var output = new MemoryStream();
        SnapshotRebase.Rebase(chain, output);

        using SnapshotReader merged = SnapshotReader.Open(output.ToArray());
        merged.Header.IsDiff.Should().BeFalse();
        merged.Verify();
        TestImages.Restore(merged).Should().Equal(images[3], "no resolver needed any more");
        merged.ReadSection(SnapshotSectionKinds.VcpuState, 1).Should().Equal(top.ReadSection(SnapshotSectionKinds.VcpuState, 1));
    }

    [Test]
    public void Missing_base_is_BaseMissing()
    {
        (byte[][] files, _) = Chain(64, 2);
        using SnapshotReader diff = SnapshotReader.Open(files[2]);
        FluentActions.Invoking(() => TestImages.Restore(diff, null)).Should().Throw<SnapshotFormatException>()
            .Which.Fault.Should().Be(SnapshotFault.BaseMissing);
        FluentActions.Invoking(() => TestImages.Restore(diff, new TestImages.MemoryResolver(files[2], files[0])))
            .Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.BaseMissing, "the middle link is missing");
    }

    [Test]
    public void Different_base_is_BaseMismatch()
    {
        (byte[][] files, _) = Chain(64, 1);
        using NativeImage bigger = TestImages.Mixed(128, 1);
        using NativeImage sameSize = TestImages.Mixed(64, 2);

        using SnapshotReader diff = SnapshotReader.Open(files[1]);
        SnapshotFormatException e = FluentActions.Invoking(() => TestImages.Restore(diff, new TestImages.WrongResolver(TestImages.Full(bigger))))
            .Should().Throw<SnapshotFormatException>().Which;
        e.Fault.Should().Be(SnapshotFault.BaseMismatch);
        e.Message.Should().Contain(diff.Header.BaseHash.ToString());

        // Equal size but different content: the content hash tells them apart.
        FluentActions.Invoking(() => TestImages.Restore(diff, new TestImages.WrongResolver(TestImages.Full(sameSize))))
            .Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.BaseMismatch);
    }

    [Test]
    public void A_diff_whose_dirty_page_became_zero_restores_the_zero()
    {
        using NativeImage image = TestImages.Mixed(64, 5);
        image.Page(10).Fill(0x11);
        byte[] baseFile = TestImages.Full(image);
        using SnapshotReader baseReader = SnapshotReader.Open(baseFile);
        image.Page(10).Clear();
        var dirty = new ulong[1];
        dirty[0] = 1UL << 10;
        byte[] diffFile = TestImages.WriteToBytes(TestImages.Writer().SetMemory(image.Source).SetDiff(baseReader.ContentHash, dirty), out _);

        using SnapshotReader diff = SnapshotReader.Open(diffFile);
        diff.Memory.ZeroPageCount.Should().Be(1);
        diff.Memory.StoredPageCount.Should().Be(0);
        TestImages.Restore(diff, new TestImages.MemoryResolver(baseFile)).Should().Equal(image.Bytes.ToArray());
    }

    [Test]
    public void Chains_deeper_than_the_limit_are_refused()
    {
        (byte[][] files, _) = Chain(64, 3);
        using SnapshotReader top = SnapshotReader.Open(files[3], new SnapshotReadOptions { Limits = new SnapshotLimits { MaxChainDepth = 3 } });
        FluentActions.Invoking(() => SnapshotChain.Open(top, new TestImages.MemoryResolver(files)))
            .Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.ChainTooDeep);
    }

    [Test]
    public void Writer_rejects_a_dirty_bitmap_of_the_wrong_size()
    {
        using NativeImage image = TestImages.Mixed(70, 5);
        SnapshotWriter writer = TestImages.Writer().SetMemory(image.Source).SetDiff(new SnapshotHash(1, 2), new ulong[1]);
        FluentActions.Invoking(() => writer.WriteTo(Stream.Null)).Should().Throw<ArgumentException>();
        writer.SetDiff(new SnapshotHash(1, 2), [0, 1UL << 10]);
        FluentActions.Invoking(() => writer.WriteTo(Stream.Null)).Should().Throw<ArgumentException>("page 74 is past the end");
    }
}
