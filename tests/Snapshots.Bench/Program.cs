// Measures the snapshot library on a guest memory image and prints figures (never pass/fail): write and file size per
// chunk size, verify, eager/shared/lazy restores, diffs and rebase. Usage:
//   dotnet run -c Release --project tests/Snapshots.Bench -- [--image RAW_RAM_FILE] [--iterations N]
// Without --image a synthetic 128 MiB image (10 MiB of non-zero pages) is used.
using System.Diagnostics;
using System.Runtime.InteropServices;
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Snapshots.Memory;
using Harness.Snapshots.Store;
using Harness.Vmm.Memory;

namespace Harness.Snapshots.Bench;

internal static unsafe class Program
{
    private const ulong RamBase = 0x8000_0000;

    private static int Main(string[] args)
    {
        string? imagePath = null;
        int iterations = 200;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--image":
                    imagePath = args[++i];
                    break;
                case "--iterations":
                    iterations = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}");
                    return 2;
            }
        }

        ulong size;
        byte* memory = imagePath is null ? Synthetic(128UL << 20, 10 << 20, out size) : Load(imagePath, out size);
        string work = Directory.CreateTempSubdirectory("snapbench-").FullName;
        try
        {
            Run(memory, size, imagePath ?? "synthetic", work, iterations);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            NativeMemory.AlignedFree(memory);
        }

        return 0;
    }

    private static void Run(byte* memory, ulong size, string name, string work, int iterations)
    {
        var source = new MemorySource(memory, size);
        int nonZero = 0;
        for (ulong p = 0; p < size; p += 4096)
        {
            nonZero += new ReadOnlySpan<byte>(memory + p, 4096).ContainsAnyExcept((byte)0) ? 1 : 0;
        }

        Console.WriteLine($"image: {name}, {size >> 20} MiB, {nonZero} non-zero pages ({nonZero * 4096.0 / (1 << 20):F1} MiB); {Environment.ProcessorCount} cores; {RuntimeInformation.OSArchitecture}");
        Console.WriteLine();
        Console.WriteLine("| chunk | write ms | file MiB | LZ4 ratio | verify ms | eager restore p50 ms | lazy first touch p50 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (int chunk in new[] { 64 << 10, 256 << 10, 1 << 20 })
        {
            var options = new SnapshotWriterOptions { ChunkSize = chunk };
            string path = Path.Combine(work, $"c{chunk}.hsnap");
            double write = Median(5, () => new SnapshotWriter("riscv64", options).SetMemory(source).WriteToFile(path));
            using SnapshotReader reader = SnapshotReader.Open(path);
            SnapshotInspection info = reader.Inspect();
            double verify = Median(5, reader.Verify);
            double eager = Median(10, () =>
            {
                using var mapping = new AnonymousMapping(size);
                reader.RestoreMemory(mapping.Pointer, size, destinationIsZeroed: true);
            });
            int page = reader.Memory.StoredPages[reader.Memory.StoredPageCount / 2];
            double touch = Median(20, () =>
            {
                using GuestMemory lazy = SnapshotMemory.Restore(reader, RamBase, RestoreMode.Lazy);
                var sw = Stopwatch.StartNew();
                lazy.EnsureResident(RamBase + ((ulong)page * 4096), 1);
                return sw.Elapsed.TotalMilliseconds;
            });
            Console.WriteLine($"| {chunk >> 10} KiB | {write:F1} | {info.FileLength / 1048576.0:F2} | {info.CompressionRatio:F2} | {verify:F1} | {eager:F1} | {touch:F3} |");
        }

        Console.WriteLine();
        var store = new SnapshotStore(Path.Combine(work, "store"));
        var cache = new SharedImageCache(Path.Combine(work, "cache"));
        SnapshotHash hash = store.Write(new SnapshotWriter("riscv64").SetMemory(source)).ContentHash;
        double firstOpen = Time(() => store.Open(hash).Dispose());
        var restoreOptions = new SnapshotRestoreOptions { Bases = store, Cache = cache };
        double cold = Time(() =>
        {
            using SnapshotReader r = store.Open(hash);
            using GuestMemory m = SnapshotMemory.Restore(r, RamBase, RestoreMode.SharedCopyOnWrite, restoreOptions);
        });

        double[] warm = Samples(iterations, () =>
        {
            using SnapshotReader r = store.Open(hash);
            using GuestMemory m = SnapshotMemory.Restore(r, RamBase, RestoreMode.SharedCopyOnWrite, restoreOptions);
        });
        double[] mapOnly = Samples(iterations, () =>
        {
            using var m = CopyOnWriteMapping.FromFile(cache.ImagePath(hash), size);
        });
        double[] lazySetup = Samples(Math.Min(iterations, 50), () =>
        {
            using SnapshotReader r = store.Open(hash);
            using GuestMemory m = SnapshotMemory.Restore(r, RamBase, RestoreMode.Lazy, restoreOptions);
        });
        double lazyAll;
        using (SnapshotReader r = store.Open(hash))
        using (GuestMemory m = SnapshotMemory.Restore(r, RamBase, RestoreMode.Lazy, restoreOptions))
        {
            lazyAll = Time(() => m.EnsureResident(RamBase, size));
        }

        Console.WriteLine($"store: first open with full verification {firstOpen:F1} ms");
        Console.WriteLine($"shared, cache cold (decompress into the cache file, fsync, map): {cold:F1} ms");
        Console.WriteLine($"shared, cache warm (store open + header/table/descriptor + map + dispose): p50 {Percentile(warm, 50):F3} ms, p90 {Percentile(warm, 90):F3} ms, n={warm.Length}");
        Console.WriteLine($"  of which mapping the image alone: p50 {Percentile(mapOnly, 50):F3} ms");
        Console.WriteLine($"lazy restore setup: p50 {Percentile(lazySetup, 50):F3} ms; then touching every page: {lazyAll:F1} ms");

        // A diff after the guest dirtied 1% of its pages.
        var random = new Random(1);
        int pages = (int)(size >> 12);
        var dirty = new ulong[(pages + 63) / 64];
        for (int i = 0; i < pages / 100; i++)
        {
            int p = random.Next(pages);
            random.NextBytes(new Span<byte>(memory + ((long)p << 12), 512));
            dirty[p >> 6] |= 1UL << (p & 63);
        }

        SnapshotWriteResult diff = default!;
        double diffWrite = Median(5, () => diff = store.Write(new SnapshotWriter("riscv64").SetMemory(source).SetDiff(hash, dirty)));
        using SnapshotReader diffReader = store.Open(diff.ContentHash);
        double diffEager = Median(10, () =>
        {
            using var mapping = new AnonymousMapping(size);
            diffReader.RestoreMemory(mapping.Pointer, size, store, destinationIsZeroed: true);
        });
        double rebase = Median(3, () =>
        {
            using SnapshotChain chain = SnapshotChain.Open(diffReader, store);
            SnapshotRebase.RebaseToFile(chain, Path.Combine(work, "rebased.hsnap"));
        });
        Console.WriteLine($"diff of {pages / 100} dirtied pages: write {diffWrite:F1} ms, {diff.FileLength / 1024.0:F0} KiB; eager restore of base+diff {diffEager:F1} ms; rebase {rebase:F1} ms");
    }

    private static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static double Median(int n, Action action) => Percentile(Samples(n, action), 50);

    private static double Median(int n, Func<double> measured)
    {
        _ = measured();
        double[] s = Enumerable.Range(0, n).Select(_ => measured()).ToArray();
        return Percentile(s, 50);
    }

    private static double Median<T>(int n, Func<T> action) => Median(n, () => { _ = action(); });

    private static double[] Samples(int n, Action action)
    {
        action();
        var samples = new double[n];
        for (int i = 0; i < n; i++)
        {
            samples[i] = Time(action);
        }

        return samples;
    }

    private static double Percentile(double[] samples, int percent)
    {
        double[] sorted = [.. samples.Order()];
        return sorted[Math.Min(sorted.Length - 1, sorted.Length * percent / 100)];
    }

    private static byte* Load(string path, out ulong size)
    {
        long length = new FileInfo(path).Length;
        byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)length, 4096);
        using var file = File.OpenHandle(path);
        long done = 0;
        while (done < length)
        {
            int n = RandomAccess.Read(file, new Span<byte>(memory + done, (int)Math.Min(1 << 30, length - done)), done);
            if (n <= 0)
            {
                throw new IOException($"{path} ended early");
            }

            done += n;
        }

        size = (ulong)length;
        return memory;
    }

    /// <summary>Zero pages, with <paramref name="nonZero"/> bytes of text-like and (one in five) random pages spread through.</summary>
    private static byte* Synthetic(ulong size, int nonZero, out ulong length)
    {
        byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)size, 4096);
        NativeMemory.Clear(memory, (nuint)size);
        var random = new Random(7);
        int pages = (int)(size >> 12);
        for (int i = 0; i < nonZero >> 12; i++)
        {
            var page = new Span<byte>(memory + ((long)random.Next(pages) << 12), 4096);
            if (i % 5 == 0)
            {
                random.NextBytes(page);
            }
            else
            {
                for (int b = 0; b < page.Length; b += 8)
                {
                    page[b] = (byte)random.Next(64);
                    page[b + 1] = (byte)(b >> 4);
                }
            }
        }

        length = size;
        return memory;
    }
}
