// Bit helpers over page bitmaps: one bit per 4 KiB page, least significant bit first, 64 pages per word.
using System.Numerics;

namespace Harness.Snapshots.Memory;

internal static class PageBitmap
{
    public static int WordCount(int pageCount) => (pageCount + 63) >> 6;

    public static bool Get(ReadOnlySpan<ulong> bitmap, int page) => (bitmap[page >> 6] & (1UL << (page & 63))) != 0;

    public static void Set(Span<ulong> bitmap, int page) => bitmap[page >> 6] |= 1UL << (page & 63);

    /// <summary>True when no bit at or beyond <paramref name="pageCount"/> is set.</summary>
    public static bool TailIsClear(ReadOnlySpan<ulong> bitmap, int pageCount)
    {
        int tail = pageCount & 63;
        return tail == 0 || (bitmap[^1] >> tail) == 0;
    }

    public static int PopCount(ReadOnlySpan<ulong> bitmap)
    {
        int n = 0;
        foreach (ulong w in bitmap)
        {
            n += BitOperations.PopCount(w);
        }

        return n;
    }
}
