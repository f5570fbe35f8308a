// How a virtio-blk device is backed: which image, read-only or not, and whether writes go to a private overlay.
namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>Options of a file-backed virtio-blk device.</summary>
public sealed record VirtioBlockOptions
{
    /// <summary>The raw disk image (for example an ext4 image from <c>scripts/make-disk</c>).</summary>
    public required string Path { get; init; }

    /// <summary>Advertise VIRTIO_BLK_F_RO and refuse writes; the image is opened shared for reading.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Open the image read-only and shared, and send every write to a private sparse overlay, so many sandboxes
    /// share one base image that never changes.
    /// </summary>
    public bool CopyOnWrite { get; init; }

    /// <summary>Where the overlay file goes; null for an anonymous temporary file removed on dispose.</summary>
    public string? OverlayPath { get; init; }

    /// <summary>The serial the guest reads with VIRTIO_BLK_T_GET_ID (at most 20 ASCII bytes).</summary>
    public string Id { get; init; } = "harness-disk";

    /// <summary>Entries in the request queue (a power of two).</summary>
    public ushort QueueSize { get; init; } = 256;

    /// <summary>Checks the options and opens the backend they describe.</summary>
    /// <exception cref="ArgumentException">The options contradict each other or are out of range.</exception>
    public IBlockBackend OpenBackend()
    {
        if (ReadOnly && CopyOnWrite)
        {
            throw new ArgumentException("a disk is either read-only or copy-on-write, not both");
        }

        if (OverlayPath != null && !CopyOnWrite)
        {
            throw new ArgumentException("OverlayPath needs CopyOnWrite");
        }

        return CopyOnWrite ? new CopyOnWriteBlockBackend(Path, OverlayPath) : new FileBlockBackend(Path, ReadOnly);
    }
}
