// The decode cache's memory: a private anonymous mapping outside the GC heap, kept when a hart stops and handed to
// the next one like the TLB arrays (HartSpares).
using System.Runtime.InteropServices;
using Tmds.Linux;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>
/// One hart's decoded-instruction cache. It is 32 MiB of which a hart touches a few hundred KiB, so it is mapped
/// (zero until touched, reserved lazily) rather than allocated: as a pinned array, a thousand idle sandboxes would
/// commit 32 GB of GC heap, which the runtime caps at 75 % of a container's memory limit. A cache nobody gives
/// back is unmapped when it is collected.
/// </summary>
internal sealed unsafe class DecodeCacheMemory : SafeHandle
{
    private readonly nuint _bytes;

    private DecodeCacheMemory(int entries)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        _bytes = (nuint)entries * (nuint)sizeof(Decoded);
        void* p = LibC.mmap(null, (size_t)(ulong)_bytes, LibC.PROT_READ | LibC.PROT_WRITE,
            LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0);
        if (p == (void*)-1)
        {
            throw new OutOfMemoryException($"mmap of {_bytes} bytes for a decode cache failed (errno {LibC.errno})");
        }

        SetHandle((IntPtr)p);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The first entry.</summary>
    public Decoded* Entries => (Decoded*)handle;

    /// <summary>How many entries the cache holds.</summary>
    public int Count => (int)(_bytes / (nuint)sizeof(Decoded));

    /// <summary>
    /// A spare of <paramref name="entries"/> entries with whatever it last held (decoding depends on the bits alone,
    /// and entries are checked against memory before they run), or a new one, all zero.
    /// </summary>
    public static DecodeCacheMemory TakeOrMap(int entries)
    {
        while (HartSpares<DecodeCacheMemory>.TryTake() is { } spare)
        {
            if (spare.Count == entries)
            {
                return spare;
            }

            spare.Dispose();
        }

        return new DecodeCacheMemory(entries);
    }

    /// <summary>Keeps this cache for the next hart, or unmaps it; its owner must never touch it again.</summary>
    public void GiveBack()
    {
        if (!HartSpares<DecodeCacheMemory>.TryGive(this))
        {
            Dispose();
        }
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle() => LibC.munmap((void*)handle, (size_t)(ulong)_bytes) == 0;
}
