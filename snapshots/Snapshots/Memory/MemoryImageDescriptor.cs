// The memory image section: guest size, zero-page and present-page bitmaps, and the chunk table. Parsing checks every
// count against every other before anything is sized from it.
using System.Buffers.Binary;
using System.Numerics;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Memory;

/// <summary>
/// Where each guest page of one snapshot is: not in this snapshot (diffs only), zero, or the n-th stored page, which
/// lives in chunk n / <see cref="PagesPerChunk"/>. Stored pages are packed in guest order into fixed-size chunks.
/// </summary>
public sealed class MemoryImageDescriptor
{
    internal const int FixedLength = 48;
    internal const int ChunkEntryLength = 16;
    internal const uint FlagPresentBitmap = 1;
    internal const uint ChunkFlagStoredRaw = 1;

    /// <summary>Smallest chunk: one page.</summary>
    public const int MinChunkSize = SnapshotFormat.PageSize;

    /// <summary>Largest chunk: 16 MiB.</summary>
    public const int MaxChunkSize = 16 << 20;

    private readonly ulong[]? _present;
    private readonly ulong[] _zero;
    private readonly int[] _compressedLength;
    private readonly bool[] _storedRaw;
    private readonly ulong[] _checksum;
    private readonly long[] _chunkOffset;
    private int[]? _storedPages;
    private int[]? _wordRank;

    internal MemoryImageDescriptor(ulong guestSize, int chunkSize, ulong[]? present, ulong[] zero, int storedPageCount,
        int[] compressedLength, bool[] storedRaw, ulong[] checksum, long dataOffset)
    {
        GuestSize = guestSize;
        PageCount = (int)(guestSize >> SnapshotFormat.PageShift);
        ChunkSize = chunkSize;
        _present = present;
        _zero = zero;
        StoredPageCount = storedPageCount;
        _compressedLength = compressedLength;
        _storedRaw = storedRaw;
        _checksum = checksum;
        DataOffset = dataOffset;
        _chunkOffset = new long[compressedLength.Length];
        long at = dataOffset;
        for (int i = 0; i < compressedLength.Length; i++)
        {
            _chunkOffset[i] = at;
            at += compressedLength[i];
        }

        DataLength = at - dataOffset;
    }

    /// <summary>Guest memory size in bytes.</summary>
    public ulong GuestSize { get; }

    /// <summary>Guest pages.</summary>
    public int PageCount { get; }

    /// <summary>Uncompressed bytes per chunk (the last chunk may hold fewer).</summary>
    public int ChunkSize { get; }

    /// <summary>Pages per full chunk.</summary>
    public int PagesPerChunk => ChunkSize >> SnapshotFormat.PageShift;

    /// <summary>Number of chunks.</summary>
    public int ChunkCount => _compressedLength.Length;

    /// <summary>Pages whose bytes are stored (present and not zero).</summary>
    public int StoredPageCount { get; }

    /// <summary>True when this image describes only some pages (a diff).</summary>
    public bool IsPartial => _present is not null;

    /// <summary>Pages this image describes: all of them for a full image, the dirtied ones for a diff.</summary>
    public int PresentPageCount => _present is null ? PageCount : PageBitmap.PopCount(_present);

    /// <summary>Pages recorded as all-zero.</summary>
    public int ZeroPageCount => PageBitmap.PopCount(_zero);

    /// <summary>File offset of the first chunk's bytes.</summary>
    public long DataOffset { get; }

    /// <summary>Total compressed bytes of all chunks.</summary>
    public long DataLength { get; }

    /// <summary>True when this image describes page <paramref name="page"/>.</summary>
    public bool IsPresent(int page) => _present is null || PageBitmap.Get(_present, page);

    /// <summary>True when page <paramref name="page"/> is recorded as all-zero.</summary>
    public bool IsZero(int page) => PageBitmap.Get(_zero, page);

    /// <summary>Compressed length of chunk <paramref name="chunk"/> in the file.</summary>
    public int CompressedLength(int chunk) => _compressedLength[chunk];

    /// <summary>Uncompressed length of chunk <paramref name="chunk"/>.</summary>
    public int RawLength(int chunk) =>
        Math.Min(PagesPerChunk, StoredPageCount - (chunk * PagesPerChunk)) << SnapshotFormat.PageShift;

    /// <summary>True when chunk <paramref name="chunk"/> is stored uncompressed (LZ4 did not shrink it).</summary>
    public bool IsStoredRaw(int chunk) => _storedRaw[chunk];

    /// <summary>XxHash3 of chunk <paramref name="chunk"/>'s bytes as stored in the file.</summary>
    public ulong Checksum(int chunk) => _checksum[chunk];

    /// <summary>File offset of chunk <paramref name="chunk"/>.</summary>
    public long ChunkOffset(int chunk) => _chunkOffset[chunk];

    /// <summary>The guest page index of every stored page, in stored order.</summary>
    public ReadOnlySpan<int> StoredPages => _storedPages ??= BuildStoredPages();

    /// <summary>The guest pages stored in chunk <paramref name="chunk"/>, in order.</summary>
    public ReadOnlySpan<int> ChunkPages(int chunk)
    {
        int first = chunk * PagesPerChunk;
        return StoredPages.Slice(first, Math.Min(PagesPerChunk, StoredPageCount - first));
    }

    /// <summary>The chunk holding stored page <paramref name="page"/>, which must be present and not zero.</summary>
    public int ChunkOf(int page)
    {
        int[] rank = _wordRank ??= BuildWordRank();
        int word = page >> 6;
        ulong below = Stored(word) & ((1UL << (page & 63)) - 1);
        return (rank[word] + BitOperations.PopCount(below)) / PagesPerChunk;
    }

    /// <summary>Present bits of bitmap word <paramref name="word"/> (pages 64w..64w+63), tail bits clear.</summary>
    internal ulong PresentWord(int word) => (_present is null ? ulong.MaxValue : _present[word]) & TailMask(word);

    /// <summary>Zero bits of bitmap word <paramref name="word"/>.</summary>
    internal ulong ZeroWord(int word) => _zero[word];

    private ulong Stored(int word) => (_present is null ? ulong.MaxValue : _present[word]) & ~_zero[word] & TailMask(word);

    private ulong TailMask(int word)
    {
        int tail = PageCount - (word << 6);
        return tail >= 64 ? ulong.MaxValue : (1UL << tail) - 1;
    }

    private int[] BuildStoredPages()
    {
        var pages = new int[StoredPageCount];
        int n = 0;
        for (int w = 0; w < _zero.Length; w++)
        {
            ulong bits = Stored(w);
            while (bits != 0)
            {
                pages[n++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }

        return pages;
    }

    private int[] BuildWordRank()
    {
        var rank = new int[_zero.Length];
        int n = 0;
        for (int w = 0; w < rank.Length; w++)
        {
            rank[w] = n;
            n += BitOperations.PopCount(Stored(w));
        }

        return rank;
    }

    /// <summary>Bytes of the serialized descriptor.</summary>
    internal static long SerializedLength(int pageCount, bool partial, int chunkCount) =>
        FixedLength + ((long)PageBitmap.WordCount(pageCount) * 8 * (partial ? 2 : 1)) + ((long)chunkCount * ChunkEntryLength);

    internal byte[] Serialize()
    {
        var bytes = new byte[checked((int)SerializedLength(PageCount, IsPartial, ChunkCount))];
        Span<byte> s = bytes;
        BinaryPrimitives.WriteUInt64LittleEndian(s, GuestSize);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], SnapshotFormat.PageSize);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], (uint)ChunkSize);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], (uint)ChunkCount);
        BinaryPrimitives.WriteUInt32LittleEndian(s[20..], (uint)StoredPageCount);
        BinaryPrimitives.WriteUInt32LittleEndian(s[24..], IsPartial ? FlagPresentBitmap : 0);
        BinaryPrimitives.WriteUInt64LittleEndian(s[32..], (ulong)DataOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(s[40..], (ulong)DataLength);
        int at = FixedLength;
        if (_present is not null)
        {
            at = WriteWords(s, at, _present);
        }

        at = WriteWords(s, at, _zero);
        for (int i = 0; i < ChunkCount; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[at..], (uint)_compressedLength[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(at + 4)..], _storedRaw[i] ? ChunkFlagStoredRaw : 0);
            BinaryPrimitives.WriteUInt64LittleEndian(s[(at + 8)..], _checksum[i]);
            at += ChunkEntryLength;
        }

        return bytes;
    }

    /// <summary>
    /// Parses and cross-checks the descriptor of a file whose chunk data must start at <paramref name="dataOffset"/>
    /// and end at <paramref name="fileLength"/>.
    /// </summary>
    internal static MemoryImageDescriptor Parse(ReadOnlySpan<byte> s, bool isDiff, long dataOffset, long fileLength, SnapshotLimits limits)
    {
        if (s.Length < FixedLength)
        {
            throw Invalid($"memory image section is {s.Length} bytes, shorter than its {FixedLength}-byte fixed part");
        }

        ulong guestSize = BinaryPrimitives.ReadUInt64LittleEndian(s);
        uint pageSize = BinaryPrimitives.ReadUInt32LittleEndian(s[8..]);
        uint chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(s[12..]);
        uint chunkCount = BinaryPrimitives.ReadUInt32LittleEndian(s[16..]);
        uint storedCount = BinaryPrimitives.ReadUInt32LittleEndian(s[20..]);
        uint flags = BinaryPrimitives.ReadUInt32LittleEndian(s[24..]);
        uint reserved = BinaryPrimitives.ReadUInt32LittleEndian(s[28..]);
        ulong declaredDataOffset = BinaryPrimitives.ReadUInt64LittleEndian(s[32..]);
        ulong declaredDataLength = BinaryPrimitives.ReadUInt64LittleEndian(s[40..]);

        if (guestSize > limits.MaxMemorySize || (guestSize >> SnapshotFormat.PageShift) > int.MaxValue)
        {
            throw new SnapshotFormatException(SnapshotFault.MemoryTooLarge,
                $"snapshot holds {guestSize} bytes of guest memory; the limit is {limits.MaxMemorySize}", SnapshotSectionKinds.MemoryImage);
        }

        if (guestSize == 0 || (guestSize & (SnapshotFormat.PageSize - 1)) != 0 || pageSize != SnapshotFormat.PageSize)
        {
            throw Invalid($"guest size {guestSize} with page size {pageSize} is not a non-zero whole number of 4 KiB pages");
        }

        if (chunkSize is < MinChunkSize or > MaxChunkSize || !BitOperations.IsPow2(chunkSize))
        {
            throw Invalid($"chunk size {chunkSize} is not a power of two between {MinChunkSize} and {MaxChunkSize}");
        }

        if (flags != (isDiff ? FlagPresentBitmap : 0) || reserved != 0)
        {
            throw Invalid($"memory image flags 0x{flags:x} do not fit a {(isDiff ? "diff" : "full")} snapshot");
        }

        int pageCount = (int)(guestSize >> SnapshotFormat.PageShift);
        int pagesPerChunk = (int)(chunkSize >> SnapshotFormat.PageShift);
        if (storedCount > (uint)pageCount || chunkCount != (storedCount + (uint)pagesPerChunk - 1) / (uint)pagesPerChunk)
        {
            throw Invalid($"{storedCount} stored pages in {chunkCount} chunks of {pagesPerChunk} pages does not fit {pageCount} guest pages");
        }

        if (s.Length != SerializedLength(pageCount, isDiff, (int)chunkCount))
        {
            throw Invalid($"memory image section is {s.Length} bytes; its counts need {SerializedLength(pageCount, isDiff, (int)chunkCount)}");
        }

        int words = PageBitmap.WordCount(pageCount);
        int at = FixedLength;
        ulong[]? present = null;
        if (isDiff)
        {
            present = ReadWords(s, ref at, words);
        }

        ulong[] zero = ReadWords(s, ref at, words);
        if ((present is not null && !PageBitmap.TailIsClear(present, pageCount)) || !PageBitmap.TailIsClear(zero, pageCount))
        {
            throw Invalid("a page bitmap has bits set past the last guest page");
        }

        int stored = 0;
        for (int w = 0; w < words; w++)
        {
            ulong p = present?[w] ?? ulong.MaxValue;
            if ((zero[w] & ~p) != 0)
            {
                throw Invalid($"pages {w * 64}..{(w * 64) + 63} are marked zero but not present");
            }

            stored += BitOperations.PopCount(p & ~zero[w]);
        }

        // A full image's implicit present bitmap covers the tail bits of the last word: remove them.
        if (present is null && (pageCount & 63) != 0)
        {
            stored -= 64 - (pageCount & 63);
        }

        if (stored != (int)storedCount)
        {
            throw Invalid($"bitmaps describe {stored} stored pages; the descriptor says {storedCount}");
        }

        var compressed = new int[chunkCount];
        var raw = new bool[chunkCount];
        var checksums = new ulong[chunkCount];
        long total = 0;
        for (int i = 0; i < (int)chunkCount; i++)
        {
            uint length = BinaryPrimitives.ReadUInt32LittleEndian(s[at..]);
            uint chunkFlags = BinaryPrimitives.ReadUInt32LittleEndian(s[(at + 4)..]);
            checksums[i] = BinaryPrimitives.ReadUInt64LittleEndian(s[(at + 8)..]);
            at += ChunkEntryLength;
            int rawLength = Math.Min(pagesPerChunk, stored - (i * pagesPerChunk)) << SnapshotFormat.PageShift;
            bool storedRaw = chunkFlags == ChunkFlagStoredRaw;
            if ((chunkFlags & ~ChunkFlagStoredRaw) != 0
                || (storedRaw ? length != (uint)rawLength : length == 0 || length >= (uint)rawLength))
            {
                throw new SnapshotFormatException(SnapshotFault.MemoryLayoutInvalid,
                    $"chunk {i} declares {length} bytes (flags 0x{chunkFlags:x}) for {rawLength} bytes of pages", SnapshotSectionKinds.MemoryImage, i);
            }

            compressed[i] = (int)length;
            raw[i] = storedRaw;
            total += length;
        }

        if (declaredDataOffset != (ulong)dataOffset || declaredDataLength != (ulong)total)
        {
            throw Invalid($"chunk data declared at {declaredDataOffset}+{declaredDataLength}; the layout puts {total} bytes at {dataOffset}");
        }

        if (fileLength - dataOffset != total)
        {
            throw new SnapshotFormatException(fileLength - dataOffset < total ? SnapshotFault.Truncated : SnapshotFault.TrailingData,
                $"chunk data needs {total} bytes after offset {dataOffset}; the file has {fileLength - dataOffset}", SnapshotSectionKinds.MemoryImage);
        }

        return new MemoryImageDescriptor(guestSize, (int)chunkSize, present, zero, stored, compressed, raw, checksums, dataOffset);
    }

    private static SnapshotFormatException Invalid(string message) =>
        new(SnapshotFault.MemoryLayoutInvalid, message, SnapshotSectionKinds.MemoryImage);

    private static ulong[] ReadWords(ReadOnlySpan<byte> s, ref int at, int count)
    {
        var words = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt64LittleEndian(s[at..]);
            at += 8;
        }

        return words;
    }

    private static int WriteWords(Span<byte> s, int at, ulong[] words)
    {
        foreach (ulong w in words)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(s[at..], w);
            at += 8;
        }

        return at;
    }
}
