// A decompressed memory image in an anonymous memfd: the in-process counterpart of the on-disk shared cache, for pools
// that restore many clones in one process without a writable cache directory.
using Harness.Snapshots.Chains;
using Tmds.Linux;

namespace Harness.Vmm.Memory;

/// <summary>
/// A snapshot's memory decompressed once into a memfd. <see cref="CreateClone"/> maps it copy-on-write, so clones
/// share untouched pages exactly as with the cache file, but nothing touches the disk and it vanishes with the process.
/// </summary>
public sealed unsafe class MemfdImage : IDisposable
{
    private int _fd;

    private MemfdImage(int fd, ulong length)
    {
        _fd = fd;
        Length = length;
    }

    /// <summary>Bytes of guest memory in the image.</summary>
    public ulong Length { get; }

    /// <summary>Decompresses <paramref name="chain"/> into a new memfd.</summary>
    public static MemfdImage Create(SnapshotChain chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        byte* name = stackalloc byte[] { (byte)'h', (byte)'a', (byte)'r', (byte)'n', (byte)'e', (byte)'s', (byte)'s', 0 };
        int fd = LibC.memfd_create(name, LibC.MFD_CLOEXEC);
        if (fd < 0)
        {
            throw new IOException($"memfd_create failed (errno {LibC.errno})");
        }

        var image = new MemfdImage(fd, chain.GuestSize);
        try
        {
            if (LibC.ftruncate(fd, (off_t)(long)chain.GuestSize) != 0)
            {
                throw new IOException($"ftruncate of a memfd to {chain.GuestSize} bytes failed (errno {LibC.errno})");
            }

            void* p = LibC.mmap(null, (size_t)chain.GuestSize, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, fd, 0);
            if (p == (void*)-1)
            {
                throw new IOException($"mmap of a memfd failed (errno {LibC.errno})");
            }

            try
            {
                chain.RestoreInto((byte*)p, chain.GuestSize, destinationIsZeroed: true);
            }
            finally
            {
                LibC.munmap(p, (size_t)chain.GuestSize);
            }

            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    /// <summary>A new copy-on-write mapping of the image, for one clone's guest RAM.</summary>
    public CopyOnWriteMapping CreateClone()
    {
        ObjectDisposedException.ThrowIf(_fd < 0, this);
        return CopyOnWriteMapping.FromDescriptor(_fd, Length);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        int fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            LibC.close(fd);
        }
    }
}
