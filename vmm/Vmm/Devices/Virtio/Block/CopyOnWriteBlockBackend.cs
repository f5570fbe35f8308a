// A shared read-only base image with a private sparse overlay file: writes land in the overlay and a per-sector
// bitmap says which sectors to read from it, so many sandboxes share one base and never modify it.
using System.Numerics;
using Microsoft.Win32.SafeHandles;

namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>Copy-on-write over a base image at 512-byte sector granularity.</summary>
public sealed class CopyOnWriteBlockBackend : IBlockBackend
{
    /// <summary>Granule of the overlay.</summary>
    public const int SectorSize = 512;

    private readonly SafeFileHandle _base;
    private readonly SafeFileHandle _overlay;
    private readonly ulong[] _written;

    /// <summary>
    /// Opens <paramref name="basePath"/> read-only (shared) and creates a sparse overlay at
    /// <paramref name="overlayPath"/>, or an anonymous temporary file deleted on dispose when it is null.
    /// </summary>
    public CopyOnWriteBlockBackend(string basePath, string? overlayPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        _base = File.OpenHandle(basePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            Length = RandomAccess.GetLength(_base) & ~(long)(SectorSize - 1);
            string path = overlayPath ?? Path.Combine(Path.GetTempPath(), $"harness-cow-{Guid.NewGuid():N}.overlay");
            _overlay = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None,
                overlayPath == null ? FileOptions.DeleteOnClose : FileOptions.None);
            RandomAccess.SetLength(_overlay, Length);
        }
        catch
        {
            _base.Dispose();
            throw;
        }

        _written = new ulong[(SectorCount + 63) / 64];
    }

    /// <inheritdoc />
    public long Length { get; }

    /// <inheritdoc />
    public bool ReadOnly => false;

    /// <summary>Sectors in the disk.</summary>
    public long SectorCount => Length / SectorSize;

    /// <summary>Sectors that have been written and now live in the overlay.</summary>
    public long WrittenSectorCount => _written.Sum(w => (long)BitOperations.PopCount(w));

    /// <inheritdoc />
    public void Read(long offset, Span<byte> destination)
    {
        // Serve runs of sectors from whichever file holds them; unaligned edges fall into the same runs.
        while (!destination.IsEmpty)
        {
            long sector = offset / SectorSize;
            bool inOverlay = sector < SectorCount && IsWritten(sector);
            long runEnd = sector + 1;
            long lastSector = (offset + destination.Length - 1) / SectorSize;
            while (runEnd <= lastSector && runEnd < SectorCount && IsWritten(runEnd) == inOverlay)
            {
                runEnd++;
            }

            int n = (int)Math.Min(destination.Length, (runEnd * SectorSize) - offset);
            FileBlockBackend.ReadFully(inOverlay ? _overlay : _base, offset, destination[..n]);
            destination = destination[n..];
            offset += n;
        }
    }

    /// <inheritdoc />
    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (offset % SectorSize != 0 || source.Length % SectorSize != 0)
        {
            throw new IOException($"copy-on-write writes must be whole sectors (offset {offset}, length {source.Length})");
        }

        if (offset < 0 || offset + source.Length > Length)
        {
            throw new IOException($"write at {offset}+{source.Length} is past the end of a {Length}-byte disk");
        }

        RandomAccess.Write(_overlay, source, offset);
        for (long s = offset / SectorSize; s < (offset + source.Length) / SectorSize; s++)
        {
            _written[s >> 6] |= 1UL << (int)(s & 63);
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        // The overlay is private and dies with the sandbox; its durability is the snapshot's business.
    }

    /// <summary>The written-sector bitmap and the overlay's written sectors in ascending order, for a snapshot.</summary>
    public (ulong[] Bitmap, byte[] Data) ExportOverlay()
    {
        var data = new byte[checked(WrittenSectorCount * SectorSize)];
        int at = 0;
        for (long s = 0; s < SectorCount; s++)
        {
            if (IsWritten(s))
            {
                FileBlockBackend.ReadFully(_overlay, s * SectorSize, data.AsSpan(at, SectorSize));
                at += SectorSize;
            }
        }

        return ((ulong[])_written.Clone(), data);
    }

    /// <summary>Replaces the overlay with one exported by <see cref="ExportOverlay"/>; validated before anything changes.</summary>
    /// <exception cref="ArgumentException">The bitmap or data do not fit this disk.</exception>
    public void ImportOverlay(ulong[] bitmap, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        ArgumentNullException.ThrowIfNull(data);
        if (bitmap.Length != _written.Length)
        {
            throw new ArgumentException($"overlay bitmap has {bitmap.Length} words, this disk needs {_written.Length}");
        }

        if (SectorCount % 64 != 0 && (bitmap[^1] >> (int)(SectorCount % 64)) != 0)
        {
            throw new ArgumentException("overlay bitmap marks sectors past the end of the disk");
        }

        long count = bitmap.Sum(w => (long)BitOperations.PopCount(w));
        if (count * SectorSize != data.Length)
        {
            throw new ArgumentException($"overlay data is {data.Length} bytes, the bitmap names {count} sectors");
        }

        RandomAccess.SetLength(_overlay, 0);
        RandomAccess.SetLength(_overlay, Length);
        Array.Copy(bitmap, _written, bitmap.Length);
        int at = 0;
        for (long s = 0; s < SectorCount; s++)
        {
            if (IsWritten(s))
            {
                RandomAccess.Write(_overlay, data.AsSpan(at, SectorSize), s * SectorSize);
                at += SectorSize;
            }
        }
    }

    private bool IsWritten(long sector) => (_written[sector >> 6] & (1UL << (int)(sector & 63))) != 0;

    /// <inheritdoc />
    public void Dispose()
    {
        _overlay.Dispose();
        _base.Dispose();
    }
}
