// A disk image file used directly: positional reads and writes, fsync on flush.
using Microsoft.Win32.SafeHandles;

namespace Harness.Vmm.Devices.Virtio.Block;

/// <summary>A raw image file as a block backend. A trailing partial sector is not exposed.</summary>
public sealed class FileBlockBackend : IBlockBackend
{
    private readonly SafeFileHandle _handle;

    /// <summary>Opens <paramref name="path"/>, shared for reading when <paramref name="readOnly"/>.</summary>
    /// <exception cref="FileNotFoundException">The image does not exist.</exception>
    public FileBlockBackend(string path, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _handle = File.OpenHandle(path, FileMode.Open, readOnly ? FileAccess.Read : FileAccess.ReadWrite,
            readOnly ? FileShare.Read : FileShare.None);
        ReadOnly = readOnly;
        Length = RandomAccess.GetLength(_handle) & ~511L;
    }

    /// <inheritdoc />
    public long Length { get; }

    /// <inheritdoc />
    public bool ReadOnly { get; }

    /// <inheritdoc />
    public void Read(long offset, Span<byte> destination) => ReadFully(_handle, offset, destination);

    /// <inheritdoc />
    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (ReadOnly)
        {
            throw new IOException("the disk is read-only");
        }

        RandomAccess.Write(_handle, source, offset);
    }

    /// <inheritdoc />
    public void Flush()
    {
        if (!ReadOnly)
        {
            RandomAccess.FlushToDisk(_handle);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    internal static void ReadFully(SafeFileHandle handle, long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            int n = RandomAccess.Read(handle, destination, offset);
            if (n == 0)
            {
                destination.Clear();
                return;
            }

            destination = destination[n..];
            offset += n;
        }
    }
}
