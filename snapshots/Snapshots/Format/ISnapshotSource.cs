// Positional, thread-safe reads of a snapshot's bytes, from a file or from memory (tests, the fuzzer, pipes).
using Microsoft.Win32.SafeHandles;

namespace Harness.Snapshots.Format;

/// <summary>Random access to the bytes of one snapshot. Reads may run concurrently.</summary>
public interface ISnapshotSource : IDisposable
{
    /// <summary>Length of the snapshot in bytes.</summary>
    long Length { get; }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>; throws Truncated when the bytes end first.</summary>
    void ReadExactly(Span<byte> destination, long offset);
}

/// <summary>A snapshot file read with pread, so parallel chunk reads need no shared file position.</summary>
public sealed class FileSnapshotSource : ISnapshotSource
{
    private readonly SafeFileHandle _handle;

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    public FileSnapshotSource(string path)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        Length = RandomAccess.GetLength(_handle);
        Path = path;
    }

    /// <summary>The path the file was opened from.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public long Length { get; }

    /// <inheritdoc />
    public void ReadExactly(Span<byte> destination, long offset)
    {
        while (!destination.IsEmpty)
        {
            int n = RandomAccess.Read(_handle, destination, offset);
            if (n <= 0)
            {
                throw new SnapshotFormatException(SnapshotFault.Truncated, $"{Path} ends at {offset}, before the bytes its tables declare") { Path = Path };
            }

            destination = destination[n..];
            offset += n;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}

/// <summary>A snapshot held in memory.</summary>
public sealed class MemorySnapshotSource(ReadOnlyMemory<byte> bytes) : ISnapshotSource
{
    /// <inheritdoc />
    public long Length => bytes.Length;

    /// <inheritdoc />
    public void ReadExactly(Span<byte> destination, long offset)
    {
        if (offset < 0 || offset > bytes.Length || destination.Length > bytes.Length - offset)
        {
            throw new SnapshotFormatException(SnapshotFault.Truncated, $"snapshot ends at {bytes.Length}, before the bytes its tables declare");
        }

        bytes.Span.Slice((int)offset, destination.Length).CopyTo(destination);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
