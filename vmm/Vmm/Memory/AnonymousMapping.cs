// Private anonymous host pages: zero-filled, reserved lazily by the host kernel.
using Tmds.Linux;

namespace Harness.Vmm.Memory;

/// <summary>Guest RAM backed by private anonymous memory (mmap MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE).</summary>
public sealed unsafe class AnonymousMapping : IMemoryMapping
{
    private byte* _pointer;

    /// <summary>Maps <paramref name="length"/> bytes of zeroed memory.</summary>
    public AnonymousMapping(ulong length)
    {
        if (length == 0 || (length & 0xfff) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "mapping length must be a non-zero multiple of 4096");
        }

        void* p = LibC.mmap(null, (size_t)length, LibC.PROT_READ | LibC.PROT_WRITE,
            LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0);
        if (p == (void*)-1)
        {
            throw new OutOfMemoryException($"mmap of {length} bytes for guest RAM failed (errno {LibC.errno})");
        }

        _pointer = (byte*)p;
        Length = length;
    }

    /// <inheritdoc />
    public byte* Pointer => _pointer != null ? _pointer : throw new ObjectDisposedException(nameof(AnonymousMapping));

    /// <inheritdoc />
    public ulong Length { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_pointer != null)
        {
            LibC.munmap(_pointer, (size_t)Length);
            _pointer = null;
        }
    }
}
