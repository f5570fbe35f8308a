// The saved form of a virtio-blk device. A plain disk's contents are its file; a copy-on-write disk carries its
// overlay here, so every clone restored from one snapshot starts from the same private writes.
namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>Plain state of a <see cref="VirtioBlockDevice"/>. Untrusted on restore.</summary>
public sealed record VirtioBlockState
{
    /// <summary>Capacity in 512-byte sectors; restore refuses a disk of another size.</summary>
    public ulong CapacitySectors { get; init; }

    /// <summary>Whether the disk was read-only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Written-sector bitmap of a copy-on-write disk; null for a plain disk.</summary>
    public ulong[]? OverlaySectorBitmap { get; init; }

    /// <summary>The written sectors in ascending order; null for a plain disk.</summary>
    public byte[]? OverlayData { get; init; }
}
