// The seam between virtio-blk and where its sectors live (a file, a copy-on-write overlay over a shared base).
namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>Byte-addressed storage behind a virtio-blk device. Calls are serialised by the device.</summary>
public interface IBlockBackend : IDisposable
{
    /// <summary>Size in bytes, a multiple of 512.</summary>
    long Length { get; }

    /// <summary>True when writes are refused.</summary>
    bool ReadOnly { get; }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>; bytes past the end read as zero.</summary>
    /// <exception cref="IOException">The host read failed.</exception>
    void Read(long offset, Span<byte> destination);

    /// <summary>Writes <paramref name="source"/> at <paramref name="offset"/>.</summary>
    /// <exception cref="IOException">The host write failed or the backend is read-only.</exception>
    void Write(long offset, ReadOnlySpan<byte> source);

    /// <summary>Makes completed writes durable on the host.</summary>
    void Flush();
}
