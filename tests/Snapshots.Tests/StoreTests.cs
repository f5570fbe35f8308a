// The on-disk store: files by content hash, verification remembered in a sidecar, locks and atomic publication.
using Harness.Snapshots.Format;
using Harness.Snapshots.Store;

namespace Harness.Snapshots.Tests;

public class StoreTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("snapstore-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private static SnapshotWriter Writer(NativeImage image) => TestImages.Writer(new SnapshotWriterOptions { ChunkSize = 8192 }).SetMemory(image.Source);

    [Test]
    public void Written_snapshot_is_found_by_hash_and_verified_once()
    {
        var store = new SnapshotStore(_dir);
        using NativeImage image = TestImages.Mixed(64, 1);
        SnapshotWriteResult written = store.Write(Writer(image));

        store.Contains(written.ContentHash).Should().BeTrue();
        store.List().Should().Equal(written.ContentHash);
        store.IsVerified(written.ContentHash).Should().BeFalse();
        using (SnapshotReader reader = store.Open(written.ContentHash))
        {
            TestImages.Restore(reader).Should().Equal(image.Bytes.ToArray());
        }

        store.IsVerified(written.ContentHash).Should().BeTrue();
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().NotContain(n => n!.StartsWith(".tmp", StringComparison.Ordinal));
    }

    [Test]
    public void The_remembered_verdict_is_dropped_when_the_file_changes()
    {
        var store = new SnapshotStore(_dir);
        using NativeImage image = TestImages.Mixed(64, 2);
        SnapshotHash hash = store.Write(Writer(image)).ContentHash;
        store.Open(hash).Dispose();

        string path = store.PathOf(hash);
        DateTime mtime = File.GetLastWriteTimeUtc(path);
        long chunkAt;
        using (SnapshotReader reader = SnapshotReader.Open(path))
        {
            chunkAt = reader.Memory.ChunkOffset(0);
        }

        byte[] bytes = File.ReadAllBytes(path);
        bytes[chunkAt] ^= 1;
        File.WriteAllBytes(path, bytes);

        // Same length and modification time: the sidecar still vouches for the file, so no full pass runs.
        File.SetLastWriteTimeUtc(path, mtime);
        store.IsVerified(hash).Should().BeTrue();
        store.Open(hash).Dispose();

        // A touched file is verified again, and the damage is found.
        File.SetLastWriteTimeUtc(path, mtime.AddSeconds(1));
        store.IsVerified(hash).Should().BeFalse();
        FluentActions.Invoking(() => store.Open(hash)).Should().Throw<SnapshotFormatException>()
            .Which.Fault.Should().Be(SnapshotFault.ChecksumMismatch);
    }

    [Test]
    public void Unknown_hash_is_NotFound_and_a_misnamed_file_is_refused()
    {
        var store = new SnapshotStore(_dir);
        var unknown = new SnapshotHash(1, 2);
        store.TryOpenSnapshot(unknown, SnapshotReadOptions.Default).Should().BeNull();
        FluentActions.Invoking(() => store.Open(unknown)).Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.NotFound);

        using NativeImage image = TestImages.Mixed(16, 3);
        SnapshotHash real = store.Write(Writer(image)).ContentHash;
        File.Copy(store.PathOf(real), store.PathOf(unknown));
        FluentActions.Invoking(() => store.Open(unknown)).Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.ContentHashMismatch);
    }

    [Test]
    public void Import_and_remove()
    {
        var store = new SnapshotStore(_dir);
        using NativeImage image = TestImages.Mixed(16, 4);
        string outside = Path.Combine(_dir, "outside.bin");
        SnapshotHash hash = Writer(image).WriteToFile(outside).ContentHash;

        store.Import(outside).Should().Be(hash);
        store.Import(outside).Should().Be(hash, "importing twice is harmless");
        store.Open(hash).Dispose();
        store.Remove(hash);
        store.Contains(hash).Should().BeFalse();
        store.IsVerified(hash).Should().BeFalse();
    }

    [Test]
    public void Store_resolves_diff_bases()
    {
        var store = new SnapshotStore(_dir);
        using NativeImage image = TestImages.Mixed(64, 5);
        SnapshotHash baseHash = store.Write(Writer(image)).ContentHash;
        image.Page(3).Fill(9);
        SnapshotHash diffHash = store.Write(Writer(image).SetDiff(baseHash, [1UL << 3])).ContentHash;

        using SnapshotReader diff = store.Open(diffHash);
        TestImages.Restore(diff, store).Should().Equal(image.Bytes.ToArray());
        store.Remove(baseHash);
        FluentActions.Invoking(() => TestImages.Restore(diff, store)).Should().Throw<SnapshotFormatException>().Which.Fault.Should().Be(SnapshotFault.BaseMissing);
    }

    [Test]
    public void Concurrent_opens_of_an_unverified_snapshot_all_succeed()
    {
        var store = new SnapshotStore(_dir);
        using NativeImage image = TestImages.Mixed(256, 6);
        SnapshotHash hash = store.Write(Writer(image)).ContentHash;
        byte[] expected = image.Bytes.ToArray();

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var own = new SnapshotStore(_dir);
            using SnapshotReader reader = own.Open(hash);
            TestImages.Restore(reader).Should().Equal(expected);
        });

        store.IsVerified(hash).Should().BeTrue();
        Directory.GetFiles(_dir).Should().HaveCount(3, "the snapshot, its sidecar and its lock file, no temporaries");
    }

    [Test]
    public void FileLock_excludes_other_holders()
    {
        string path = Path.Combine(_dir, "x.lock");
        int inside = 0;
        int overlaps = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            using FileLock held = FileLock.Acquire(path);
            if (Interlocked.Increment(ref inside) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.SpinWait(2000);
            Interlocked.Decrement(ref inside);
        });
        overlaps.Should().Be(0);
    }

    [Test]
    public void FileLock_excludes_other_processes()
    {
        string path = Path.Combine(_dir, "y.lock");
        static int TryLockElsewhere(string path)
        {
            // util-linux flock(1): -n fails at once (exit 1) when another process holds the lock.
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("flock", ["-n", path, "true"]) { UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode;
        }

        using (FileLock.Acquire(path))
        {
            TryLockElsewhere(path).Should().Be(1, "this process holds the lock");
        }

        TryLockElsewhere(path).Should().Be(0, "the lock was released");
    }

    [Test]
    public void Cache_directory_follows_HARNESS_CACHE_DIR()
    {
        string? saved = Environment.GetEnvironmentVariable("HARNESS_CACHE_DIR");
        try
        {
            Environment.SetEnvironmentVariable("HARNESS_CACHE_DIR", _dir);
            CacheDirectories.Snapshots.Should().Be(Path.Combine(_dir, "snapshots"));
            Environment.SetEnvironmentVariable("HARNESS_CACHE_DIR", null);
            CacheDirectories.Root.Should().EndWith(Path.Combine(".cache", "harness"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HARNESS_CACHE_DIR", saved);
        }
    }
}
