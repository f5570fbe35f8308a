// What the writer reads guest memory from: a host pointer and a length, owned by the caller for the whole write.
namespace Harness.Snapshots.Memory;

/// <summary>
/// Guest memory to snapshot: <see cref="Length"/> bytes at <see cref="Pointer"/>, which must stay mapped and
/// unchanged (every vCPU paused, devices settled) until the write returns.
/// </summary>
public readonly unsafe struct MemorySource
{
    /// <summary>Describes <paramref name="length"/> bytes at <paramref name="pointer"/>; a whole number of 4 KiB pages.</summary>
    public MemorySource(byte* pointer, ulong length)
    {
        if (pointer == null)
        {
            throw new ArgumentNullException(nameof(pointer));
        }

        if (length == 0 || (length & (Format.SnapshotFormat.PageSize - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "guest memory must be a non-zero whole number of 4 KiB pages");
        }

        Pointer = pointer;
        Length = length;
    }

    /// <summary>First byte of guest memory.</summary>
    public byte* Pointer { get; }

    /// <summary>Bytes of guest memory.</summary>
    public ulong Length { get; }

    /// <summary>Number of 4 KiB pages.</summary>
    public int PageCount => checked((int)(Length >> Format.SnapshotFormat.PageShift));
}
