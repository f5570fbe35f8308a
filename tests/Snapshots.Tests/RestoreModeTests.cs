// Every restore mode gives back the same guest bytes; shared clones are independent; lazy memory fills on touch.
using Harness.Snapshots.Format;
using Harness.Snapshots.Store;
using Harness.Vmm.Memory;

namespace Harness.Snapshots.Tests;

public class RestoreModeTests
{
    private const ulong RamBase = 0x8000_0000;
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("snaprestore-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private SnapshotRestoreOptions Options(SnapshotStore store) => new() { Bases = store, Cache = new SharedImageCache(Path.Combine(_dir, "cache")) };

    private static byte[] Contents(GuestMemory memory) => memory.GetReadSpan(memory.BaseAddress, (int)memory.Size).ToArray();

    private (SnapshotStore Store, SnapshotHash Full, SnapshotHash Diff, byte[] FullBytes, byte[] DiffBytes) Prepare(int pages = 300)
    {
        var store = new SnapshotStore(Path.Combine(_dir, "store"));
        using NativeImage image = TestImages.Mixed(pages, 31);
        SnapshotHash full = store.Write(TestImages.Writer(new SnapshotWriterOptions { ChunkSize = 16384 }).SetMemory(image.Source)).ContentHash;
        byte[] fullBytes = image.Bytes.ToArray();
        var dirty = new ulong[(pages + 63) / 64];
        foreach (int page in new[] { 0, 1, 2, 50, 51, 299 % pages })
        {
            image.Page(page).Fill((byte)(page + 1));
            dirty[page >> 6] |= 1UL << (page & 63);
        }

        image.Page(120).Clear();
        dirty[120 >> 6] |= 1UL << (120 & 63);
        SnapshotHash diff = store.Write(TestImages.Writer(new SnapshotWriterOptions { ChunkSize = 16384 }).SetMemory(image.Source).SetDiff(full, dirty)).ContentHash;
        return (store, full, diff, fullBytes, image.Bytes.ToArray());
    }

    [TestCase(RestoreMode.Eager)]
    [TestCase(RestoreMode.SharedCopyOnWrite)]
    [TestCase(RestoreMode.Lazy)]
    public void Every_mode_restores_full_and_diff_snapshots_exactly(RestoreMode mode)
    {
        (SnapshotStore store, SnapshotHash full, SnapshotHash diff, byte[] fullBytes, byte[] diffBytes) = Prepare();
        foreach ((SnapshotHash hash, byte[] expected) in new[] { (full, fullBytes), (diff, diffBytes) })
        {
            using SnapshotReader reader = store.Open(hash);
            using GuestMemory memory = SnapshotMemory.Restore(reader, RamBase, mode, Options(store));
            memory.IsDemandPaged.Should().Be(mode == RestoreMode.Lazy);
            memory.BaseAddress.Should().Be(RamBase);
            Contents(memory).Should().Equal(expected);
            memory.CountDirtyPages().Should().Be(0, "restoring is not a guest write");
        }
    }

    [Test]
    public void Shared_clones_build_the_cache_once_and_do_not_see_each_others_writes()
    {
        (SnapshotStore store, SnapshotHash full, _, byte[] fullBytes, _) = Prepare();
        using SnapshotReader reader = store.Open(full);
        SnapshotRestoreOptions options = Options(store);
        using GuestMemory a = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        string image = options.Cache!.ImagePath(full);
        DateTime built = File.GetLastWriteTimeUtc(image);
        using GuestMemory b = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        File.GetLastWriteTimeUtc(image).Should().Be(built, "the second clone maps the existing image");
        new FileInfo(image).Length.Should().Be(300 * 4096);

        a.Write<ulong>(RamBase + 0x100, 0x1122334455667788);
        b.Read<ulong>(RamBase + 0x100).Should().Be(BitConverter.ToUInt64(fullBytes, 0x100));
        Contents(b).Should().Equal(fullBytes);
        File.ReadAllBytes(image).Should().Equal(fullBytes, "private writes never reach the shared image");

        options.Cache.Remove(full);
        File.Exists(image).Should().BeFalse();
        Contents(b).Should().Equal(fullBytes, "a mapped clone keeps its pages after the image is unlinked");
    }

    [Test]
    public void Memfd_image_clones_are_independent_copies_on_write()
    {
        (SnapshotStore store, _, SnapshotHash diff, _, byte[] diffBytes) = Prepare();
        using SnapshotReader reader = store.Open(diff);
        using Snapshots.Chains.SnapshotChain chain = Snapshots.Chains.SnapshotChain.Open(reader, store);
        using MemfdImage image = MemfdImage.Create(chain);
        using var a = new GuestMemory(RamBase, image.CreateClone());
        using var b = new GuestMemory(RamBase, image.CreateClone());
        a.Write<byte>(RamBase + 5, 0xEE);
        Contents(b).Should().Equal(diffBytes);
        a.Read<byte>(RamBase + 5).Should().Be(0xEE);
    }

    [Test]
    public void Lazy_memory_fills_only_the_chunk_that_is_touched()
    {
        (SnapshotStore store, SnapshotHash full, _, byte[] fullBytes, _) = Prepare();
        using SnapshotReader reader = store.Open(full);
        using GuestMemory memory = SnapshotMemory.Restore(reader, RamBase, RestoreMode.Lazy, Options(store));
        var lazy = (LazySnapshotMapping)memory.Mapping;
        lazy.ResidentPageCount.Should().Be(0);

        int page = reader.Memory.StoredPages[10];
        memory.Read<byte>(RamBase + ((ulong)page * 4096) + 7).Should().Be(fullBytes[(page * 4096) + 7]);
        lazy.ChunksFilled.Should().Be(1);
        lazy.ResidentPageCount.Should().Be(reader.Memory.ChunkPages(reader.Memory.ChunkOf(page)).Length);
        memory.IsPageResident(page).Should().BeTrue();

        int zeroPage = Enumerable.Range(0, reader.Memory.PageCount).First(p => reader.Memory.IsZero(p));
        memory.GetReadSpan(RamBase + ((ulong)zeroPage * 4096), 4096).ToArray().Should().OnlyContain(b => b == 0);
        lazy.ChunksFilled.Should().Be(1, "a zero page needs no chunk");

        // A guest write through the vCPU path: EnsureResident first, then raw stores through the pointer.
        int other = reader.Memory.StoredPages[^1];
        ulong address = RamBase + ((ulong)other * 4096);
        memory.IsPageResident(other).Should().BeFalse();
        memory.EnsureResident(address, 4096);
        unsafe
        {
            memory.Pointer[(long)other * 4096] = 0x42;
        }

        memory.EnsureResident(address, 4096);
        memory.Read<byte>(address).Should().Be(0x42, "a resident page is never filled again");
        FluentActions.Invoking(() => memory.EnsureResident(RamBase + memory.Size, 1)).Should().Throw<GuestMemoryException>();
    }

    [Test]
    public void Lazy_fills_from_many_threads_fill_each_chunk_once()
    {
        (SnapshotStore store, _, SnapshotHash diff, _, byte[] diffBytes) = Prepare(pages: 600);
        using SnapshotReader reader = store.Open(diff);
        using GuestMemory memory = SnapshotMemory.Restore(reader, RamBase, RestoreMode.Lazy, Options(store));
        var lazy = (LazySnapshotMapping)memory.Mapping;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var random = new Random(t);
            for (int i = 0; i < 2000; i++)
            {
                int page = random.Next(600);
                int offset = random.Next(4096);
                memory.Read<byte>(RamBase + ((ulong)page * 4096) + (ulong)offset).Should().Be(diffBytes[(page * 4096) + offset]);
            }
        });

        Contents(memory).Should().Equal(diffBytes);
        lazy.ResidentPageCount.Should().Be(600);
        long chunks = Enumerable.Range(0, 2).Sum(l => (long)store.Open(l == 0 ? diff : reader.Header.BaseHash).Memory.ChunkCount);
        lazy.ChunksFilled.Should().BeLessThanOrEqualTo(chunks, "no chunk is decoded twice");
    }

    [Test]
    public void Snapshot_of_lazily_restored_memory_equals_the_original()
    {
        (SnapshotStore store, _, SnapshotHash diff, _, byte[] diffBytes) = Prepare();
        using SnapshotReader reader = store.Open(diff);
        using GuestMemory memory = SnapshotMemory.Restore(reader, RamBase, RestoreMode.Lazy, Options(store));
        byte[] again = TestImages.WriteToBytes(TestImages.Writer().SetMemory(memory.AsSnapshotSource()), out _);
        using SnapshotReader copy = SnapshotReader.Open(again);
        TestImages.Restore(copy).Should().Equal(diffBytes);
    }

    [Test]
    public void Lazy_restore_needs_a_file_backed_snapshot()
    {
        using NativeImage image = TestImages.Mixed(8, 1);
        using SnapshotReader reader = SnapshotReader.Open(TestImages.Full(image));
        FluentActions.Invoking(() => SnapshotMemory.Restore(reader, RamBase, RestoreMode.Lazy)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Eager_restore_of_a_diff_without_its_base_is_BaseMissing()
    {
        (SnapshotStore store, SnapshotHash full, SnapshotHash diff, _, _) = Prepare();
        using SnapshotReader reader = store.Open(diff);
        store.Remove(full);
        foreach (RestoreMode mode in Enum.GetValues<RestoreMode>())
        {
            FluentActions.Invoking(() => SnapshotMemory.Restore(reader, RamBase, mode, Options(store)))
                .Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.BaseMissing, mode.ToString());
        }
    }
}
