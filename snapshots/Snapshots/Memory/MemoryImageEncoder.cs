// Writer side of the memory image: finds all-zero pages, packs the rest into fixed-size chunks and LZ4-compresses
// the chunks in parallel on every core.
using System.Buffers;
using System.IO.Hashing;
using System.Numerics;
using K4os.Compression.LZ4;

namespace Harness.Snapshots.Memory;

/// <summary>One compressed chunk; <see cref="Buffer"/> is rented and goes back to the pool on dispose.</summary>
internal sealed class EncodedChunk(byte[] buffer, int length, bool storedRaw, ulong checksum)
{
    public byte[] Buffer { get; } = buffer;

    public int Length { get; } = length;

    public bool StoredRaw { get; } = storedRaw;

    public ulong Checksum { get; } = checksum;
}

/// <summary>The encoded memory image before it is placed in a file.</summary>
internal sealed class EncodedMemoryImage(ulong guestSize, int chunkSize, ulong[]? present, ulong[] zero, int storedCount, EncodedChunk[] chunks) : IDisposable
{
    public ulong GuestSize { get; } = guestSize;

    public int ChunkSize { get; } = chunkSize;

    public ulong[]? Present { get; } = present;

    public ulong[] Zero { get; } = zero;

    public int StoredCount { get; } = storedCount;

    public EncodedChunk[] Chunks { get; } = chunks;

    public MemoryImageDescriptor Describe(long dataOffset) => new(GuestSize, ChunkSize, Present, Zero, StoredCount,
        Array.ConvertAll(Chunks, c => c.Length), Array.ConvertAll(Chunks, c => c.StoredRaw), Array.ConvertAll(Chunks, c => c.Checksum), dataOffset);

    public void Dispose()
    {
        foreach (EncodedChunk c in Chunks)
        {
            ArrayPool<byte>.Shared.Return(c.Buffer);
        }
    }
}

internal static unsafe class MemoryImageEncoder
{
    /// <summary>
    /// Encodes the pages of <paramref name="source"/> that <paramref name="present"/> names (all pages when null).
    /// </summary>
    public static EncodedMemoryImage Encode(MemorySource source, ulong[]? present, int chunkSize, LZ4Level level, int parallelism)
    {
        int pageCount = source.PageCount;
        int words = PageBitmap.WordCount(pageCount);
        var zero = new ulong[words];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        byte* memory = source.Pointer;

        // 64 pages (one bitmap word) per work item keeps each item's 256 KiB scan worth a thread hop.
        Parallel.For(0, words, options, w =>
        {
            ulong candidates = present?[w] ?? ulong.MaxValue;
            ulong found = 0;
            for (int bit = 0; bit < 64; bit++)
            {
                int page = (w << 6) + bit;
                if (page >= pageCount)
                {
                    break;
                }

                if ((candidates & (1UL << bit)) != 0
                    && !new ReadOnlySpan<byte>(memory + ((long)page << Format.SnapshotFormat.PageShift), Format.SnapshotFormat.PageSize).ContainsAnyExcept((byte)0))
                {
                    found |= 1UL << bit;
                }
            }

            zero[w] = found;
        });

        int[] stored = StoredPages(pageCount, present, zero);
        int pagesPerChunk = chunkSize >> Format.SnapshotFormat.PageShift;
        int chunkCount = (stored.Length + pagesPerChunk - 1) / pagesPerChunk;
        var chunks = new EncodedChunk[chunkCount];
        Parallel.For(0, chunkCount, options, () => ArrayPool<byte>.Shared.Rent(chunkSize), (c, _, gather) =>
        {
            ReadOnlySpan<int> pages = stored.AsSpan(c * pagesPerChunk, Math.Min(pagesPerChunk, stored.Length - (c * pagesPerChunk)));
            int rawLength = pages.Length << Format.SnapshotFormat.PageShift;
            ReadOnlySpan<byte> raw;
            if (pages[^1] - pages[0] == pages.Length - 1)
            {
                raw = new ReadOnlySpan<byte>(memory + ((long)pages[0] << Format.SnapshotFormat.PageShift), rawLength);
            }
            else
            {
                for (int i = 0; i < pages.Length; i++)
                {
                    new ReadOnlySpan<byte>(memory + ((long)pages[i] << Format.SnapshotFormat.PageShift), Format.SnapshotFormat.PageSize)
                        .CopyTo(gather.AsSpan(i << Format.SnapshotFormat.PageShift));
                }

                raw = gather.AsSpan(0, rawLength);
            }

            byte[] output = ArrayPool<byte>.Shared.Rent(LZ4Codec.MaximumOutputSize(rawLength));
            int length = LZ4Codec.Encode(raw, output, level);
            bool storedRaw = length <= 0 || length >= rawLength;
            if (storedRaw)
            {
                raw.CopyTo(output);
                length = rawLength;
            }

            chunks[c] = new EncodedChunk(output, length, storedRaw, XxHash3.HashToUInt64(output.AsSpan(0, length)));
            return gather;
        }, gather => ArrayPool<byte>.Shared.Return(gather));

        return new EncodedMemoryImage(source.Length, chunkSize, present, zero, stored.Length, chunks);
    }

    private static int[] StoredPages(int pageCount, ulong[]? present, ulong[] zero)
    {
        var list = new List<int>();
        for (int w = 0; w < zero.Length; w++)
        {
            ulong bits = (present?[w] ?? ulong.MaxValue) & ~zero[w];
            while (bits != 0)
            {
                int page = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (page >= pageCount)
                {
                    break;
                }

                list.Add(page);
                bits &= bits - 1;
            }
        }

        return [.. list];
    }
}
