// Guest-physical RAM: one contiguous native mapping, bounds-checked spans for devices, raw pointers for the vCPU,
// and a page-granular dirty bitmap shared by every writer.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Harness.Vmm.Memory;

/// <summary>
/// Guest RAM at [<see cref="BaseAddress"/>, <see cref="EndAddress"/>). Devices get bounds-checked spans and mark
/// what they write as dirty; the vCPU takes <see cref="Pointer"/> and marks pages dirty when it first maps them
/// writable in its TLB, so the dirty log costs nothing per store.
/// </summary>
public sealed unsafe class GuestMemory : IDisposable
{
    /// <summary>Granule of dirty tracking and of the vCPU's TLB.</summary>
    public const int PageShift = 12;

    /// <summary>Bytes in one tracked page.</summary>
    public const int PageSize = 1 << PageShift;

    private readonly IMemoryMapping _mapping;
    private readonly ulong[] _dirty;
    private readonly IDemandPagedMapping? _demand;
    private readonly ulong[]? _resident;
    private long _dirtyEpoch;
    private bool _revoked;

    /// <summary>Wraps <paramref name="mapping"/> as guest RAM starting at <paramref name="baseAddress"/>.</summary>
    public GuestMemory(ulong baseAddress, IMemoryMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if ((baseAddress & (PageSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baseAddress), "guest RAM must start on a page boundary");
        }

        if (baseAddress + mapping.Length < baseAddress)
        {
            throw new ArgumentOutOfRangeException(nameof(baseAddress), "guest RAM wraps the address space");
        }

        _mapping = mapping;
        BaseAddress = baseAddress;
        Size = mapping.Length;
        Pointer = mapping.Pointer;
        _dirty = GC.AllocateArray<ulong>((PageCount + 63) / 64, pinned: true); // compiled blocks read it (DirtyBitmap)

        // Only demand-paged mappings (lazy restores) get a resident bitmap; for every other mapping _resident stays
        // null and EnsureResident is one predictable branch.
        _demand = mapping as IDemandPagedMapping;
        _resident = _demand?.ResidentPages;
        if (_resident is not null && _resident.Length != _dirty.Length)
        {
            throw new ArgumentException($"resident bitmap has {_resident.Length} words; {PageCount} pages need {_dirty.Length}", nameof(mapping));
        }
    }

    /// <summary>Allocates zeroed anonymous RAM of <paramref name="size"/> bytes at <paramref name="baseAddress"/>.</summary>
    public static GuestMemory CreateAnonymous(ulong baseAddress, ulong size) => new(baseAddress, new AnonymousMapping(size));

    /// <summary>First guest-physical address of RAM.</summary>
    public ulong BaseAddress { get; }

    /// <summary>RAM size in bytes.</summary>
    public ulong Size { get; }

    /// <summary>One past the last guest-physical address of RAM.</summary>
    public ulong EndAddress => BaseAddress + Size;

    /// <summary>Number of tracked pages.</summary>
    public int PageCount => (int)(Size >> PageShift);

    /// <summary>Host address of guest-physical <see cref="BaseAddress"/>. For the vCPU's TLB; devices use spans.</summary>
    public byte* Pointer { get; }

    /// <summary>The dirty bitmap itself (pinned), for compiled code that tests whether a page was written.</summary>
    internal ulong* DirtyBitmap => (ulong*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_dirty));

    /// <summary>The mapping behind this RAM.</summary>
    public IMemoryMapping Mapping => _mapping;

    /// <summary>
    /// Bumped whenever the dirty log is cleared. A vCPU that caches writable translations compares it at block
    /// boundaries and drops them, so the next store to each page marks it dirty again.
    /// </summary>
    public long DirtyEpoch => Volatile.Read(ref _dirtyEpoch);

    /// <summary>True when pages must be made resident before use (<see cref="EnsureResident"/>): a lazy restore.</summary>
    public bool IsDemandPaged => _resident is not null;

    /// <summary>
    /// Makes every page of [<paramref name="address"/>, +<paramref name="length"/>) resident before the caller
    /// touches it through <see cref="Pointer"/>. The vCPU calls it when it fills a TLB entry; the span and value
    /// accessors call it themselves. Costs one null test for eagerly restored or fresh RAM, one bit test per page for
    /// lazily restored RAM. Throws <see cref="GuestMemoryException"/> outside RAM.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureResident(ulong address, ulong length)
    {
        if (_resident is null || length == 0)
        {
            return;
        }

        if (!Contains(address, length))
        {
            ThrowOutside(address, length);
        }

        ulong first = (address - BaseAddress) >> PageShift;
        ulong last = (address - BaseAddress + length - 1) >> PageShift;
        for (ulong page = first; page <= last; page++)
        {
            if ((Volatile.Read(ref _resident[page >> 6]) & (1UL << (int)(page & 63))) == 0)
            {
                _demand!.MakeResident((int)page);
            }
        }
    }

    /// <summary>True when page <paramref name="page"/> (index from RAM start) holds its contents (always, unless demand-paged).</summary>
    public bool IsPageResident(int page) => _resident is null || (Volatile.Read(ref _resident[page >> 6]) & (1UL << (page & 63))) != 0;

    /// <summary>True when [<paramref name="address"/>, +<paramref name="length"/>) lies wholly inside RAM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong address, ulong length)
    {
        ulong offset = address - BaseAddress;
        return address >= BaseAddress && offset <= Size && length <= Size - offset;
    }

    /// <summary>A span over guest bytes for reading. Throws <see cref="GuestMemoryException"/> outside RAM.</summary>
    public ReadOnlySpan<byte> GetReadSpan(ulong address, int length)
    {
        if (_revoked || length < 0 || !Contains(address, (ulong)length))
        {
            ThrowOutside(address, (ulong)length);
        }

        EnsureResident(address, (ulong)length);
        return new ReadOnlySpan<byte>(Pointer + (address - BaseAddress), length);
    }

    /// <summary>A span over guest bytes for writing; the pages are marked dirty. Throws outside RAM.</summary>
    public Span<byte> GetWriteSpan(ulong address, int length)
    {
        if (_revoked || length < 0 || !Contains(address, (ulong)length))
        {
            ThrowOutside(address, (ulong)length);
        }

        EnsureResident(address, (ulong)length);
        MarkDirty(address, (ulong)length);
        return new Span<byte>(Pointer + (address - BaseAddress), length);
    }

    /// <summary>Reads an unmanaged value at a guest-physical address (unaligned allowed).</summary>
    public T Read<T>(ulong address) where T : unmanaged
    {
        if (_revoked || !Contains(address, (ulong)sizeof(T)))
        {
            ThrowOutside(address, (ulong)sizeof(T));
        }

        EnsureResident(address, (ulong)sizeof(T));
        return Unsafe.ReadUnaligned<T>(Pointer + (address - BaseAddress));
    }

    /// <summary>Writes an unmanaged value at a guest-physical address (unaligned allowed) and marks it dirty.</summary>
    public void Write<T>(ulong address, T value) where T : unmanaged
    {
        if (_revoked || !Contains(address, (ulong)sizeof(T)))
        {
            ThrowOutside(address, (ulong)sizeof(T));
        }

        EnsureResident(address, (ulong)sizeof(T));
        MarkDirty(address, (ulong)sizeof(T));
        Unsafe.WriteUnaligned(Pointer + (address - BaseAddress), value);
    }

    /// <summary>Copies <paramref name="source"/> into guest RAM at <paramref name="address"/>.</summary>
    public void WriteBytes(ulong address, ReadOnlySpan<byte> source) => source.CopyTo(GetWriteSpan(address, source.Length));

    /// <summary>Marks every page touching [<paramref name="address"/>, +<paramref name="length"/>) dirty. Thread-safe.</summary>
    public void MarkDirty(ulong address, ulong length)
    {
        if (length == 0)
        {
            return;
        }

        ulong first = (address - BaseAddress) >> PageShift;
        ulong last = (address - BaseAddress + length - 1) >> PageShift;
        for (ulong page = first; page <= last; page++)
        {
            MarkPageDirty((int)page);
        }
    }

    /// <summary>Marks one page (index from RAM start) dirty. Thread-safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarkPageDirty(int page)
    {
        ref ulong word = ref _dirty[page >> 6];
        ulong bit = 1UL << (page & 63);
        if ((Volatile.Read(ref word) & bit) == 0)
        {
            Interlocked.Or(ref word, bit);
        }
    }

    /// <summary>True when page <paramref name="page"/> was written since the dirty log was last cleared.</summary>
    public bool IsPageDirty(int page) => (Volatile.Read(ref _dirty[page >> 6]) & (1UL << (page & 63))) != 0;

    /// <summary>Number of dirty pages.</summary>
    public int CountDirtyPages()
    {
        int n = 0;
        foreach (ulong w in _dirty)
        {
            n += System.Numerics.BitOperations.PopCount(w);
        }

        return n;
    }

    /// <summary>A copy of the dirty bitmap, one bit per page, least significant bit first.</summary>
    public ulong[] SnapshotDirtyBitmap()
    {
        var copy = new ulong[_dirty.Length];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = Volatile.Read(ref _dirty[i]);
        }

        return copy;
    }

    /// <summary>Clears the dirty log. Call only while every vCPU is paused; they drop writable TLB entries on resume.</summary>
    public void ClearDirtyLog()
    {
        Array.Clear(_dirty);
        Interlocked.Increment(ref _dirtyEpoch);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Device access ends first: every accessor refuses afterwards, so nothing that still holds this object can
    /// reach the pages, which a shared restore's mapping hands to the next clone (<see cref="CopyOnWriteMapping"/>).
    /// </remarks>
    public void Dispose()
    {
        Volatile.Write(ref _revoked, true);
        _mapping.Dispose();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutside(ulong address, ulong length)
    {
        ObjectDisposedException.ThrowIf(_revoked, this);
        throw new GuestMemoryException(address, length);
    }
}
