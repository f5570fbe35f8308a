// Handing a shared clone's mapping to the next clone of the same image instead of unmapping it. The reset works from
// what the host kernel says the mapping holds (/proc/self/pagemap), not from what the guest is believed to have
// written: every page that is not the page cache's own page of the image (copied on a write, by the guest, a device
// or the host) gets the image's bytes back or is dropped, so nothing of one clone can reach the next.
using Microsoft.Win32.SafeHandles;
using Tmds.Linux;

namespace Harness.Vmm.Memory;

public sealed unsafe partial class CopyOnWriteMapping
{
    private const int PagemapChunkPages = 8192;
    private const ulong PagemapPresent = 1UL << 63;
    private const ulong PagemapSwapped = 1UL << 62;
    private const ulong PagemapFileOrShared = 1UL << 61;

    private string? _imagePath;
    private byte* _imageView;
    private ulong[]? _keepPrivate;

    private CopyOnWriteMapping(byte* pointer, ulong length, string imagePath, byte* imageView, ulong[]? keepPrivate)
        : this(pointer, length)
    {
        _imagePath = imagePath;
        _imageView = imageView;
        _keepPrivate = keepPrivate;
    }

    /// <summary>The image file behind the mapping when it can be recycled, else null.</summary>
    internal string? ImagePath => _imagePath;

    /// <summary>Another object over the same pages, for the pool to hand out; this one must not be used again.</summary>
    internal CopyOnWriteMapping Detach()
    {
        var successor = new CopyOnWriteMapping(_pointer, Length, _imagePath!, _imageView, _keepPrivate);
        _pointer = null;
        _imageView = null;
        return successor;
    }

    /// <summary>Unmaps a mapping the pool will not keep.</summary>
    internal void Unmap()
    {
        if (_pointer != null)
        {
            LibC.munmap(_pointer, (size_t)Length);
            _pointer = null;
        }

        ReleaseImageView();
    }

    private void PrepareToRecycle(string path, int fd)
    {
        // A read-only view of the same open file: the bytes a reset copies back come from exactly the image mapped.
        void* view = LibC.mmap(null, (size_t)Length, LibC.PROT_READ, LibC.MAP_SHARED | LibC.MAP_NORESERVE, fd, 0);
        if (view != (void*)-1)
        {
            _imagePath = path;
            _imageView = (byte*)view;
        }
    }

    private void ReleaseImageView()
    {
        if (_imageView != null)
        {
            LibC.munmap(_imageView, (size_t)Length);
            _imageView = null;
        }
    }

    // Room is checked before the reset too: a burst of disposals (a density sweep's thousand clones) would otherwise
    // reset every mapping only to unmap all but a few.
    private bool TryRecycle() =>
        _imagePath != null && ImageMappingPool.HasRoom(_imagePath, Length) && TryResetToImage() && ImageMappingPool.TryKeep(this);

    /// <summary>
    /// Gives every page the image's content again: private pages the next clone will write (the learned write set)
    /// get the image's bytes copied over them and stay private; every other private or swapped page is dropped, so
    /// the next access maps the image again. Pages still mapped to the page cache are the image already. False when
    /// the mapping's state cannot be read, and the caller unmaps it instead.
    /// </summary>
    private bool TryResetToImage()
    {
        int pageCount = (int)(Length >> 12);
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(PagemapChunkPages * 8);
        try
        {
            using SafeFileHandle pagemap = File.OpenHandle("/proc/self/pagemap", FileMode.Open, FileAccess.Read);
            long first = (long)((ulong)_pointer >> 12) * 8;
            int dropFrom = -1;
            for (int chunk = 0; chunk < pageCount; chunk += PagemapChunkPages)
            {
                int pages = Math.Min(PagemapChunkPages, pageCount - chunk);
                Span<byte> bytes = buffer.AsSpan(0, pages * 8);
                if (RandomAccess.Read(pagemap, bytes, first + ((long)chunk * 8)) != bytes.Length)
                {
                    return false;
                }

                ReadOnlySpan<ulong> entries = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(bytes);
                for (int i = 0; i < pages; i++)
                {
                    int page = chunk + i;
                    ulong entry = entries[i];
                    bool own = (entry & PagemapSwapped) != 0 || (entry & (PagemapPresent | PagemapFileOrShared)) == PagemapPresent;
                    bool keep = own && (entry & PagemapSwapped) == 0 && IsSet(_keepPrivate, page);
                    if (keep)
                    {
                        Buffer.MemoryCopy(_imageView + ((long)page << 12), _pointer + ((long)page << 12), 4096, 4096);
                    }

                    bool drop = own && !keep;
                    if (drop && dropFrom < 0)
                    {
                        dropFrom = page;
                    }
                    else if (!drop && dropFrom >= 0)
                    {
                        if (!Drop(dropFrom, page))
                        {
                            return false;
                        }

                        dropFrom = -1;
                    }
                }
            }

            return dropFrom < 0 || Drop(dropFrom, pageCount);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // no /proc (or no pagemap in it): unmap, as without recycling
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool Drop(int from, int to) =>
        LibC.madvise(_pointer + ((long)from << 12), (size_t)(ulong)((long)(to - from) << 12), LibC.MADV_DONTNEED) == 0;

    /// <summary>The pages set in <paramref name="wanted"/> but not in <paramref name="held"/>; empty when there are none.</summary>
    private static ulong[] Missing(ulong[] wanted, ulong[] held)
    {
        bool any = false;
        for (int i = 0; i < wanted.Length && !any; i++)
        {
            any = (wanted[i] & ~(i < held.Length ? held[i] : 0)) != 0;
        }

        if (!any)
        {
            return [];
        }

        var missing = new ulong[wanted.Length];
        for (int i = 0; i < wanted.Length; i++)
        {
            missing[i] = wanted[i] & ~(i < held.Length ? held[i] : 0);
        }

        return missing;
    }

    private static bool IsSet(ulong[]? bits, int page) => bits != null && (page >> 6) < bits.Length && (bits[page >> 6] & (1UL << (page & 63))) != 0;
}
