// Decompressed guest memory images, one sparse file per snapshot content hash, made once per host. Shared restores
// map them MAP_PRIVATE, so every clone shares the untouched pages through the page cache.
using System.IO.MemoryMappedFiles;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Store;

/// <summary>
/// A directory of raw guest memory images named "&lt;content hash&gt;.mem". An image is written into a temporary
/// sparse file (zero pages stay holes), flushed, then renamed into place under a per-hash flock, so concurrent
/// processes build it once and never see a partial one.
/// </summary>
public sealed class SharedImageCache
{
    /// <summary>Uses (and creates) <paramref name="directory"/>; defaults to <see cref="CacheDirectories.Snapshots"/>.</summary>
    public SharedImageCache(string? directory = null)
    {
        Directory = Path.GetFullPath(directory ?? CacheDirectories.Snapshots);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The cache's directory.</summary>
    public string Directory { get; }

    /// <summary>The path of the image of snapshot <paramref name="hash"/>.</summary>
    public string ImagePath(SnapshotHash hash) => Path.Combine(Directory, hash + ".mem");

    /// <summary>
    /// The image of <paramref name="top"/> if it is already cached with the right size: a stat, nothing more.
    /// </summary>
    public string? TryGetImage(SnapshotReader top)
    {
        ArgumentNullException.ThrowIfNull(top);
        string path = ImagePath(top.ContentHash);
        var info = new FileInfo(path);
        return info.Exists && (ulong)info.Length == top.Memory.GuestSize ? path : null;
    }

    /// <summary>
    /// The image of <paramref name="top"/>, building it (resolving diff bases through <paramref name="bases"/>) when
    /// this host has none yet. Returns the image's path.
    /// </summary>
    public string GetOrCreateImage(SnapshotReader top, ISnapshotResolver? bases)
    {
        string? existing = TryGetImage(top);
        if (existing is not null)
        {
            return existing;
        }

        string path = ImagePath(top.ContentHash);
        using FileLock held = FileLock.Acquire(path + ".lock");
        existing = TryGetImage(top);
        if (existing is not null)
        {
            return existing;
        }

        using SnapshotChain chain = SnapshotChain.Open(top, bases);
        string temp = Path.Combine(Directory, $".tmp.{Environment.ProcessId}.{Guid.NewGuid():N}");
        try
        {
            Build(chain, temp);
            File.Move(temp, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Deletes the image of snapshot <paramref name="hash"/>; clones that map it keep their pages.</summary>
    public void Remove(SnapshotHash hash)
    {
        string path = ImagePath(hash);
        using FileLock held = FileLock.Acquire(path + ".lock");
        File.Delete(path);
    }

    private static unsafe void Build(SnapshotChain chain, string temp)
    {
        using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        file.SetLength((long)chain.GuestSize);
        using (var map = MemoryMappedFile.CreateFromFile(file, null, (long)chain.GuestSize, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true))
        using (MemoryMappedViewAccessor view = map.CreateViewAccessor(0, (long)chain.GuestSize, MemoryMappedFileAccess.ReadWrite))
        {
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            try
            {
                chain.RestoreInto(pointer + view.PointerOffset, chain.GuestSize, destinationIsZeroed: true);
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }

            view.Flush();
        }

        file.Flush(flushToDisk: true);
    }
}
