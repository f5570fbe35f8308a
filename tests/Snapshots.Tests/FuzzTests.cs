// Seeded mutation fuzzing of small snapshots: every mutated file either fails with SnapshotFormatException or
// restores exactly the original sections and memory. Nothing else (no other exception, no wrong bytes) is allowed.
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Tests;

public class FuzzTests
{
    private static readonly ulong[] Boundaries = [0, 1, 0x7F, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000_0000_0000, ulong.MaxValue];

    private static byte[] Mutate(byte[] original, Random random)
    {
        byte[] file = (byte[])original.Clone();
        switch (random.Next(9))
        {
            case 0:
                file[random.Next(file.Length)] ^= (byte)(1 << random.Next(8));
                return file;
            case 1:
                for (int i = random.Next(2, 9); i > 0; i--)
                {
                    file[random.Next(file.Length)] ^= (byte)(1 << random.Next(8));
                }

                return file;
            case 2:
                file[random.Next(file.Length)] = (byte)random.Next(256);
                return file;
            case 3:
                return file[..random.Next(file.Length)];
            case 4:
            {
                int at = random.Next(file.Length);
                random.NextBytes(file.AsSpan(at, Math.Min(file.Length - at, random.Next(1, 65))));
                return file;
            }

            case 5:
            {
                int at = random.Next(file.Length + 1);
                byte[] extra = new byte[random.Next(1, 17)];
                random.NextBytes(extra);
                return [.. file.AsSpan(0, at), .. extra, .. file.AsSpan(at)];
            }

            case 6:
            {
                int at = random.Next(file.Length);
                int count = Math.Min(file.Length - at, random.Next(1, 33));
                return [.. file.AsSpan(0, at), .. file.AsSpan(at + count)];
            }

            case 7:
            {
                int from = random.Next(file.Length);
                int to = random.Next(file.Length);
                int count = Math.Min(Math.Min(file.Length - from, file.Length - to), random.Next(1, 41));
                file.AsSpan(from, count).ToArray().CopyTo(file.AsSpan(to));
                return file;
            }

            default:
            {
                // Boundary values in a field-sized, field-aligned slot, mostly in the header and table where counts live.
                int width = random.Next(2) == 0 ? 4 : 8;
                int limit = random.Next(2) == 0 ? Math.Min(file.Length, 400) : file.Length;
                int at = random.Next(Math.Max(1, (limit - width) / width)) * width;
                ulong value = Boundaries[random.Next(Boundaries.Length)];
                for (int i = 0; i < width && at + i < file.Length; i++)
                {
                    file[at + i] = (byte)(value >> (8 * i));
                }

                return file;
            }
        }
    }

    private static (Dictionary<SnapshotFault, int> Faults, int Intact) Run(byte[] original, byte[] expectedMemory, int iterations, int seed, Func<SnapshotReader, byte[]> restore)
    {
        using SnapshotReader clean = SnapshotReader.Open(original);
        var sections = clean.Sections.Where(s => s.Kind != SnapshotSectionKinds.MemoryImage).Select(s => (s.Kind, s.Instance, Payload: clean.ReadSection(s))).ToList();
        var faults = new Dictionary<SnapshotFault, int>();
        int intact = 0;
        var random = new Random(seed);
        var options = new SnapshotReadOptions { MaxDegreeOfParallelism = 1 };
        for (int i = 0; i < iterations; i++)
        {
            byte[] mutated = Mutate(original, random);
            try
            {
                using SnapshotReader reader = SnapshotReader.Open(mutated, options);
                foreach ((uint kind, uint instance, byte[] payload) in sections)
                {
                    reader.ReadSection(kind, instance).Should().Equal(payload, $"iteration {i} opened, so section 0x{kind:x} must be intact");
                }

                restore(reader).Should().Equal(expectedMemory, $"iteration {i} opened, so memory must restore exactly");
                intact++;
            }
            catch (SnapshotFormatException e)
            {
                faults[e.Fault] = faults.GetValueOrDefault(e.Fault) + 1;
            }
        }

        return (faults, intact);
    }

    private static void Report(string name, (Dictionary<SnapshotFault, int> Faults, int Intact) result)
    {
        TestContext.Out.WriteLine($"{name}: {result.Intact} mutated files restored exactly; refused: "
            + string.Join(", ", result.Faults.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
    }

    [Test]
    public void Ten_thousand_mutated_full_snapshots_fail_typed_or_restore_exactly()
    {
        using NativeImage image = TestImages.Mixed(20, seed: 21);
        byte[] original = TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = 8192 });
        var result = Run(original, image.Bytes.ToArray(), 10_000, seed: 1, r => TestImages.Restore(r));
        Report("full", result);
        result.Faults.Values.Sum().Should().BeGreaterThan(9_000, "nearly every mutation touches checked bytes");
        result.Faults.Keys.Should().Contain([SnapshotFault.Truncated, SnapshotFault.BadMagic, SnapshotFault.HeaderCorrupt, SnapshotFault.ChecksumMismatch]);
    }

    [Test]
    public void Mutated_diff_snapshots_fail_typed_or_restore_exactly()
    {
        using NativeImage image = TestImages.Mixed(20, seed: 22);
        byte[] baseFile = TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = 4096 });
        using SnapshotReader baseReader = SnapshotReader.Open(baseFile);
        var random = new Random(3);
        var dirty = new ulong[1];
        foreach (int page in new[] { 0, 5, 6, 19 })
        {
            TestImages.FillPage(image.Page(page), random, page % 4);
            dirty[0] |= 1UL << page;
        }

        byte[] diffFile = TestImages.WriteToBytes(TestImages.Writer(new SnapshotWriterOptions { ChunkSize = 4096 }).SetMemory(image.Source).SetDiff(baseReader.ContentHash, dirty), out _);
        var bases = new TestImages.MemoryResolver(baseFile);
        var result = Run(diffFile, image.Bytes.ToArray(), 3_000, seed: 2, r => TestImages.Restore(r, bases));
        Report("diff", result);
        result.Faults.Values.Sum().Should().BeGreaterThan(2_500);
    }

    [Test]
    public void Mutations_behind_resealed_checksums_never_escape_as_untyped_errors()
    {
        // The checksums are recomputed after mutating, so the structural checks and the LZ4 decoder see the damage.
        // Such a file is a different, well-formed snapshot at best: only the absence of untyped failures is checked.
        using NativeImage image = TestImages.Mixed(20, seed: 23);
        byte[] original = TestImages.Full(image, new SnapshotWriterOptions { ChunkSize = 8192 });
        var random = new Random(4);
        var faults = new Dictionary<SnapshotFault, int>();
        int opened = 0;
        int sealedCount = 0;
        long dataOffset;
        using (SnapshotReader clean = SnapshotReader.Open(original))
        {
            dataOffset = clean.Memory.DataOffset;
        }

        for (int i = 0; i < 3_000; i++)
        {
            byte[] mutated;
            if (i % 2 == 0)
            {
                mutated = Mutate(original, random);
            }
            else
            {
                // Aim at the section table and the memory descriptor, where the counts and sizes live.
                mutated = (byte[])original.Clone();
                int at = random.Next(SnapshotFormat.HeaderLength, (int)dataOffset);
                if (random.Next(2) == 0)
                {
                    mutated[at] ^= (byte)(1 << random.Next(8));
                }
                else
                {
                    ulong value = Boundaries[random.Next(Boundaries.Length)];
                    for (int b = 0; b < 4 && at + b < dataOffset; b++)
                    {
                        mutated[at + b] = (byte)(value >> (8 * b));
                    }
                }
            }
            try
            {
                Surgery.ResealChunks(mutated);
                Surgery.Reseal(mutated);
            }
            catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException)
            {
                // The mutation broke the layout so badly that the test's own resealing cannot follow it.
                continue;
            }

            sealedCount++;
            try
            {
                using SnapshotReader reader = SnapshotReader.Open(mutated, new SnapshotReadOptions { MaxDegreeOfParallelism = 1 });
                reader.Verify();
                _ = TestImages.Restore(reader);
                opened++;
            }
            catch (SnapshotFormatException e)
            {
                faults[e.Fault] = faults.GetValueOrDefault(e.Fault) + 1;
            }
        }

        TestContext.Out.WriteLine($"resealed: {sealedCount} files, {opened} well-formed; refused: "
            + string.Join(", ", faults.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
        sealedCount.Should().BeGreaterThan(2_000);
        faults.Keys.Should().Contain(SnapshotFault.MemoryLayoutInvalid);
    }
}
