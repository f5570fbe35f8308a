// Guest RAM as a private (copy-on-write) mapping of a memory image in a file or memfd: mapping it is O(1), untouched
// pages stay shared with every other mapping of the same image through the page cache.
using Microsoft.Win32.SafeHandles;
using Tmds.Linux;

namespace Harness.Vmm.Memory;

/// <summary>Guest RAM mapped MAP_PRIVATE from an image; writes land in private copies of the written pages only.</summary>
public sealed unsafe partial class CopyOnWriteMapping : IMemoryMapping
{
    private byte* _pointer;
    private ManualResetEventSlim? _populated;

    private CopyOnWriteMapping(byte* pointer, ulong length)
    {
        _pointer = pointer;
        Length = length;
    }

    /// <summary>
    /// Maps the image file at <paramref name="path"/>, which must be exactly <paramref name="length"/> bytes. With
    /// <paramref name="recycle"/>, the mapping of a clone of the same image that has gone is taken when one is kept,
    /// and this one is kept for the next clone when it is disposed (see <see cref="ImageMappingPool"/>).
    /// </summary>
    public static CopyOnWriteMapping FromFile(string path, ulong length, bool recycle = false)
    {
        if (recycle && ImageMappingPool.TryTake(path, length) is { } kept)
        {
            return kept;
        }

        using SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        long actual = RandomAccess.GetLength(file);
        if ((ulong)actual != length)
        {
            throw new IOException($"memory image {path} is {actual} bytes; the snapshot's guest memory is {length}");
        }

        CopyOnWriteMapping mapping = FromDescriptor((int)file.DangerousGetHandle(), length);
        if (recycle)
        {
            mapping.PrepareToRecycle(path, (int)file.DangerousGetHandle());
        }

        return mapping;
    }

    /// <summary>Maps <paramref name="length"/> bytes of the open file or memfd <paramref name="fd"/>; the mapping outlives the descriptor.</summary>
    public static CopyOnWriteMapping FromDescriptor(int fd, ulong length)
    {
        if (length == 0 || (length & 0xfff) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "mapping length must be a non-zero multiple of 4096");
        }

        void* p = LibC.mmap(null, (size_t)length, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_PRIVATE | LibC.MAP_NORESERVE, fd, 0);
        if (p == (void*)-1)
        {
            throw new IOException($"mmap of a {length}-byte memory image failed (errno {LibC.errno})");
        }

        return new CopyOnWriteMapping((byte*)p, length);
    }

    private const int MadvPopulateWrite = 23;

    /// <summary>
    /// Breaks copy-on-write ahead of time for the pages set in <paramref name="pages"/> (bit n is page n), with one
    /// MADV_POPULATE_WRITE per run of pages. Returns how many pages it wrote into place; 0 where the kernel lacks the
    /// call (before Linux 5.14), and the guest's own writes then fault as usual.
    /// </summary>
    public int PopulateWrites(ReadOnlySpan<ulong> pages)
    {
        byte* p = Pointer;
        int pageCount = (int)(Length >> 12), done = 0;
        for (int page = 0; page < pageCount;)
        {
            if ((page >> 6) >= pages.Length)
            {
                break;
            }

            if ((pages[page >> 6] & (1UL << (page & 63))) == 0)
            {
                page++;
                continue;
            }

            int end = page + 1;
            while (end < pageCount && (end >> 6) < pages.Length && (pages[end >> 6] & (1UL << (end & 63))) != 0)
            {
                end++;
            }

            if (LibC.madvise(p + ((long)page << 12), (size_t)(ulong)((long)(end - page) << 12), MadvPopulateWrite) != 0)
            {
                return done;
            }

            done += end - page;
            page = end;
        }

        return done;
    }

    /// <summary>
    /// Starts <see cref="PopulateWrites"/> on a parked monitor thread, so that it overlaps the rest of a restore; the
    /// vCPUs must not start before <see cref="WaitForPopulate"/> (their first writes would otherwise race it for the
    /// same pages).
    /// </summary>
    public void PopulateWritesInBackground(ulong[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        WaitForPopulate();

        // A recycled mapping holds the pages its last clone was told to write already, private and reset: only the
        // ones learned since need writing (usually none).
        ulong[]? held = _keepPrivate;
        _keepPrivate = pages;
        if (held != null)
        {
            pages = Missing(pages, held);
            if (pages.Length == 0)
            {
                return;
            }
        }

        var done = new ManualResetEventSlim();
        _populated = done;

        // A pool thread took a fifth of a millisecond to pick the work up while this thread was busy restoring (the
        // work sat in its local queue); a parked monitor thread starts within microseconds. madvise never throws.
        Harness.Vmm.Machine.VcpuThreads.Run(() =>
        {
            try
            {
                PopulateWrites(pages);
            }
            finally
            {
                done.Set();
            }
        });
    }

    /// <inheritdoc />
    void IMemoryMapping.WaitUntilReady() => WaitForPopulate();

    /// <summary>Returns once a background <see cref="PopulateWritesInBackground"/> has finished.</summary>
    public void WaitForPopulate()
    {
        ManualResetEventSlim? done = _populated;
        if (done != null)
        {
            done.Wait();
            _populated = null;
        }
    }

    /// <inheritdoc />
    public byte* Pointer => _pointer != null ? _pointer : throw new ObjectDisposedException(nameof(CopyOnWriteMapping));

    /// <inheritdoc />
    public ulong Length { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        WaitForPopulate(); // never unmap under a populate in flight: the range could be reused by the next mapping
        if (_pointer == null)
        {
            return;
        }

        if (TryRecycle())
        {
            _pointer = null; // the pages belong to the pool now, and through it to the next clone
            return;
        }

        LibC.munmap(_pointer, (size_t)Length);
        _pointer = null;
        ReleaseImageView();
    }
}
