// Deterministic guest memory images for the tests: zero pages, text-like compressible pages, random pages.
using System.Runtime.InteropServices;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;
using Harness.Snapshots.Memory;

namespace Harness.Snapshots.Tests;

/// <summary>Native, page-aligned guest memory that the tests fill and compare.</summary>
internal sealed unsafe class NativeImage : IDisposable
{
    public NativeImage(ulong length)
    {
        Length = length;
        Pointer = (byte*)NativeMemory.AlignedAlloc((nuint)length, 4096);
        NativeMemory.Clear(Pointer, (nuint)length);
    }

    public byte* Pointer { get; private set; }

    public ulong Length { get; }

    public int PageCount => (int)(Length / 4096);

    public Span<byte> Page(int page) => new(Pointer + ((long)page * 4096), 4096);

    public Span<byte> Bytes => new(Pointer, checked((int)Length));

    public MemorySource Source => new(Pointer, Length);

    public void Dispose()
    {
        if (Pointer != null)
        {
            NativeMemory.AlignedFree(Pointer);
            Pointer = null;
        }
    }
}

internal static class TestImages
{
    public const string Arch = "riscv64";

    /// <summary>Fills a page with one of: zeros, compressible text, random bytes, a single non-zero byte.</summary>
    public static void FillPage(Span<byte> page, Random random, int kind)
    {
        switch (kind)
        {
            case 0:
                page.Clear();
                break;
            case 1:
                for (int i = 0; i < page.Length; i++)
                {
                    page[i] = (byte)("the quick brown fox jumps over the lazy guest "[i % 46] + (i / 512));
                }

                break;
            case 2:
                random.NextBytes(page);
                break;
            default:
                page.Clear();
                page[random.Next(page.Length)] = (byte)random.Next(1, 256);
                break;
        }
    }

    /// <summary>A mixed image: about half zero pages, the rest text, random and nearly-zero pages.</summary>
    public static NativeImage Mixed(int pages, int seed)
    {
        var image = new NativeImage((ulong)pages * 4096);
        var random = new Random(seed);
        for (int p = 0; p < pages; p++)
        {
            int roll = random.Next(8);
            FillPage(image.Page(p), random, roll < 4 ? 0 : roll - 3);
        }

        return image;
    }

    public static SnapshotWriter Writer(SnapshotWriterOptions? options = null) =>
        new SnapshotWriter(Arch, options)
            .AddSection(SnapshotSectionKinds.MachineConfig, 1, "{\"harts\":2,\"ram\":\"0x80000000\"}"u8)
            .AddSection(SnapshotSectionKinds.VcpuState, 3, Enumerable.Range(0, 300).Select(i => (byte)i).ToArray(), instance: 0)
            .AddSection(SnapshotSectionKinds.VcpuState, 3, Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray(), instance: 1)
            .AddSection(SnapshotSectionKinds.DeviceState, 1, ReadOnlySpan<byte>.Empty, instance: 9);

    public static byte[] WriteToBytes(SnapshotWriter writer, out SnapshotWriteResult result)
    {
        using var stream = new MemoryStream();
        result = writer.WriteTo(stream);
        return stream.ToArray();
    }

    public static byte[] Full(NativeImage image, SnapshotWriterOptions? options = null) =>
        WriteToBytes(Writer(options).SetMemory(image.Source), out _);

    /// <summary>Restores into a buffer pre-filled with garbage, so zero pages must be cleared explicitly.</summary>
    public static unsafe byte[] Restore(SnapshotReader reader, ISnapshotResolver? bases = null)
    {
        var buffer = new byte[reader.Memory.GuestSize];
        buffer.AsSpan().Fill(0xA5);
        fixed (byte* p = buffer)
        {
            reader.RestoreMemory(p, (ulong)buffer.Length, bases, destinationIsZeroed: false);
        }

        return buffer;
    }

    /// <summary>A resolver over in-memory snapshots.</summary>
    public sealed class MemoryResolver(params byte[][] files) : ISnapshotResolver
    {
        public SnapshotReader? TryOpenSnapshot(SnapshotHash hash, SnapshotReadOptions options)
        {
            foreach (byte[] file in files)
            {
                SnapshotReader reader = SnapshotReader.Open(file, options);
                if (reader.ContentHash == hash)
                {
                    return reader;
                }

                reader.Dispose();
            }

            return null;
        }
    }

    /// <summary>Always answers with the same snapshot, whatever is asked: a stale or wrong base.</summary>
    public sealed class WrongResolver(byte[] file) : ISnapshotResolver
    {
        public SnapshotReader? TryOpenSnapshot(SnapshotHash hash, SnapshotReadOptions options) => SnapshotReader.Open(file, options);
    }
}
