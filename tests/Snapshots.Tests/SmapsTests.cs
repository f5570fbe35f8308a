// Shared copy-on-write clones measured from /proc/self/smaps: untouched pages are shared, a write costs one page.
using System.Globalization;
using Harness.Snapshots.Store;
using Harness.Vmm.Memory;

namespace Harness.Snapshots.Tests;

public class SmapsTests
{
    private const ulong RamBase = 0x8000_0000;
    private string _dir = "";

    [SetUp]
    public void MakeDirectory()
    {
        _dir = Directory.CreateTempSubdirectory("snapsmaps-").FullName;
        ImageMappingPool.Clear(); // the pool is process-wide and bounded in all: start each test with room in it
    }

    [TearDown]
    public void RemoveDirectory()
    {
        RestoreWriteSet.Clear();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Stores <paramref name="image"/> as a snapshot and opens it, with a shared image cache of this test's own.</summary>
    private SnapshotReader Store(NativeImage image, out SnapshotRestoreOptions options, bool recycle = true)
    {
        var store = new SnapshotStore(Path.Combine(_dir, "store"));
        options = new SnapshotRestoreOptions { Cache = new SharedImageCache(Path.Combine(_dir, "cache")), RecycleMappings = recycle };
        return store.Open(store.Write(TestImages.Writer().SetMemory(image.Source)).ContentHash);
    }

    /// <summary>The kB figures of the smaps entry of the mapping that starts at <paramref name="start"/>.</summary>
    private static Dictionary<string, long> Smaps(nint start)
    {
        string header = ((ulong)start).ToString("x", CultureInfo.InvariantCulture) + "-";
        string[] lines = File.ReadAllLines("/proc/self/smaps");
        int at = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        at.Should().BeGreaterThanOrEqualTo(0, "the clone's mapping is listed");
        var figures = new Dictionary<string, long>();
        for (int i = at + 1; i < lines.Length && lines[i].Contains(':', StringComparison.Ordinal) && !lines[i].Contains('-', StringComparison.Ordinal); i++)
        {
            string[] parts = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[2] == "kB")
            {
                figures[parts[0].TrimEnd(':')] = long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        return figures;
    }

    private static unsafe long TouchEveryPage(GuestMemory memory)
    {
        long sum = 0;
        for (ulong offset = 0; offset < memory.Size; offset += 4096)
        {
            sum += memory.Pointer[offset];
        }

        return sum;
    }

    [Test]
    public unsafe void Two_clones_share_untouched_pages_and_a_write_makes_one_private_page()
    {
        const int pages = 1024;
        using NativeImage image = TestImages.Mixed(pages, 41);
        using SnapshotReader reader = Store(image, out SnapshotRestoreOptions options);
        using GuestMemory a = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        using GuestMemory b = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);

        Dictionary<string, long> fresh = Smaps((nint)a.Pointer);
        fresh["Size"].Should().Be(pages * 4);
        fresh["Rss"].Should().Be(0, "mapping is O(1): nothing is faulted in until touched");

        TouchEveryPage(a).Should().Be(TouchEveryPage(b));
        Dictionary<string, long> readA = Smaps((nint)a.Pointer);
        Dictionary<string, long> readB = Smaps((nint)b.Pointer);
        TestContext.Out.WriteLine($"after reading every page: A {Describe(readA)}; B {Describe(readB)}");
        readA["Rss"].Should().Be(pages * 4);
        readA["Private_Dirty"].Should().Be(0);
        readB["Private_Dirty"].Should().Be(0);
        readA["Pss"].Should().BeLessThanOrEqualTo((pages * 4 / 2) + 8, "each page is shared by the two clones");

        a.Write<byte>(RamBase + (5 * 4096) + 1, 0x77);
        Dictionary<string, long> wroteA = Smaps((nint)a.Pointer);
        Dictionary<string, long> afterB = Smaps((nint)b.Pointer);
        TestContext.Out.WriteLine($"after one write in A: A {Describe(wroteA)}; B {Describe(afterB)}");
        wroteA["Private_Dirty"].Should().Be(4, "one written page became A's own copy");
        afterB["Private_Dirty"].Should().Be(0);
        b.Read<byte>(RamBase + (5 * 4096) + 1).Should().Be(image.Page(5)[1]);
    }

    [Test]
    public unsafe void A_learned_write_set_is_written_into_place_at_the_next_restore_and_only_that()
    {
        const int pages = 256;
        using NativeImage image = TestImages.Mixed(pages, 7);
        using SnapshotReader reader = Store(image, out SnapshotRestoreOptions options, recycle: false); // a fresh mapping each time
        var hash = reader.ContentHash;
        RestoreWriteSet.For(hash).Should().BeNull();
        using (GuestMemory first = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options))
        {
            Smaps((nint)first.Pointer)["Private_Dirty"].Should().Be(0, "nothing was learned yet");
            foreach (int page in new[] { 3, 4, 5, 200 })
            {
                first.Write<byte>(RamBase + ((ulong)page * 4096) + 9, first.Read<byte>(RamBase + ((ulong)page * 4096) + 9));
            }

            RestoreWriteSet.Learn(hash, first);
        }

        using GuestMemory next = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        ((CopyOnWriteMapping)next.Mapping).WaitForPopulate(); // what a machine does before its vCPUs start
        Dictionary<string, long> f = Smaps((nint)next.Pointer);
        TestContext.Out.WriteLine($"next clone before it ran: {Describe(f)}");
        f["Private_Dirty"].Should().Be(4 * 4, "the four pages the first clone wrote are the next clone's own already");
        f["Rss"].Should().Be(4 * 4, "no other page was touched");
        for (int page = 0; page < pages; page++)
        {
            new ReadOnlySpan<byte>(next.Pointer + ((long)page * 4096), 4096).SequenceEqual(image.Page(page)).Should().BeTrue($"page {page} keeps the image's content");
        }

        next.CountDirtyPages().Should().Be(0, "writing host pages into place is not a guest write");
    }

    [Test]
    public unsafe void A_gone_clones_mapping_serves_the_next_clone_with_the_image_and_nothing_of_the_last()
    {
        const int pages = 256;
        using NativeImage image = TestImages.Mixed(pages, 11);
        using SnapshotReader reader = Store(image, out SnapshotRestoreOptions options);
        var hash = reader.ContentHash;
        GuestMemory first = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        foreach (int page in new[] { 3, 4, 5, 200 })
        {
            first.Write<byte>(RamBase + ((ulong)page * 4096) + 9, 0x5A);
        }

        RestoreWriteSet.Learn(hash, first);
        string imagePath = options.Cache!.ImagePath(hash);
        first.Dispose();
        ImageMappingPool.CountFor(imagePath).Should().Be(1, "the first clone's mapping is kept for the next");
        FluentActions.Invoking(() => first.Read<byte>(RamBase)).Should().Throw<ObjectDisposedException>("a disposed clone reaches none of the pages it gave up");

        // The second clone gets that mapping, and scribbles over every page but reads a few and leaves them be.
        GuestMemory second = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        ((CopyOnWriteMapping)second.Mapping).WaitForPopulate();
        ImageMappingPool.CountFor(imagePath).Should().Be(0);
        nint secondPointer = (nint)second.Pointer;
        for (int page = 0; page < pages; page++)
        {
            if (page is >= 100 and < 110)
            {
                _ = second.Read<byte>(RamBase + ((ulong)page * 4096));
                continue;
            }

            second.GetWriteSpan(RamBase + ((ulong)page * 4096), 4096).Fill((byte)(page ^ 0xA5));
        }

        second.Dispose();

        using GuestMemory third = SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options);
        ((CopyOnWriteMapping)third.Mapping).WaitForPopulate();
        ((nint)third.Pointer).Should().Be(secondPointer, "the pool hands the kept mapping on");
        Dictionary<string, long> f = Smaps((nint)third.Pointer);
        TestContext.Out.WriteLine($"third clone before it ran: {Describe(f)}");
        f["Private_Dirty"].Should().Be(4 * 4, "only the learned write set stays private, its bytes reset");
        f["Rss"].Should().BeGreaterThan(f["Private_Dirty"], "the pages the last clone only read are still mapped");
        for (int page = 0; page < pages; page++)
        {
            new ReadOnlySpan<byte>(third.Pointer + ((long)page * 4096), 4096).SequenceEqual(image.Page(page)).Should().BeTrue($"page {page} is the image's again");
        }

        third.CountDirtyPages().Should().Be(0);
    }

    [Test]
    public void Without_recycling_and_past_the_pools_bound_clones_map_afresh()
    {
        using NativeImage image = TestImages.Mixed(64, 5);
        using (SnapshotReader reader = Store(image, out SnapshotRestoreOptions options, recycle: false))
        {
            SnapshotMemory.Restore(reader, RamBase, RestoreMode.SharedCopyOnWrite, options).Dispose();
            ImageMappingPool.CountFor(options.Cache!.ImagePath(reader.ContentHash)).Should().Be(0);
        }

        using SnapshotReader pooled = Store(image, out SnapshotRestoreOptions pooledOptions);
        GuestMemory[] clones = [.. Enumerable.Range(0, 6).Select(_ => SnapshotMemory.Restore(pooled, RamBase, RestoreMode.SharedCopyOnWrite, pooledOptions))];
        foreach (GuestMemory clone in clones)
        {
            clone.Dispose();
        }

        ImageMappingPool.CountFor(pooledOptions.Cache!.ImagePath(pooled.ContentHash)).Should().Be(4, "at most four mappings are kept per image");
    }

    private static string Describe(Dictionary<string, long> f) =>
        $"Rss {f["Rss"]} kB, Pss {f["Pss"]} kB, Shared_Clean {f["Shared_Clean"]} kB, Private_Clean {f["Private_Clean"]} kB, Private_Dirty {f["Private_Dirty"]} kB";
}
