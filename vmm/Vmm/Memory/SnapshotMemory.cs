// Restores guest RAM from a snapshot in any RestoreMode, and presents guest RAM to the snapshot writer.
using Harness.Snapshots;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Memory;
using Harness.Snapshots.Store;

namespace Harness.Vmm.Memory;

/// <summary>Where a restore finds what it needs besides the snapshot itself.</summary>
public sealed record SnapshotRestoreOptions
{
    /// <summary>Resolves diff bases (usually a <see cref="SnapshotStore"/>); null when only full snapshots are restored.</summary>
    public ISnapshotResolver? Bases { get; init; }

    /// <summary>The cache of decompressed images for <see cref="RestoreMode.SharedCopyOnWrite"/>; the default directory when null.</summary>
    public SharedImageCache? Cache { get; init; }

    /// <summary>
    /// Whether a shared restore may take the mapping of a disposed clone of the same image, reset to the image, and
    /// leaves its own for the next (on by default; see <c>ImageMappingPool</c>). Off, every clone maps afresh.
    /// </summary>
    public bool RecycleMappings { get; init; } = true;
}

/// <summary>Glue between guest RAM and snapshots.</summary>
public static unsafe class SnapshotMemory
{
    /// <summary>
    /// Restores the memory of <paramref name="snapshot"/> as guest RAM at <paramref name="baseAddress"/>. The caller
    /// keeps ownership of <paramref name="snapshot"/>; a lazy restore reopens its file, so it needs a file-backed one.
    /// </summary>
    public static GuestMemory Restore(SnapshotReader snapshot, ulong baseAddress, RestoreMode mode, SnapshotRestoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        options ??= new SnapshotRestoreOptions();
        IMemoryMapping mapping = mode switch
        {
            RestoreMode.Eager => RestoreEager(snapshot, options),
            RestoreMode.SharedCopyOnWrite => RestoreShared(snapshot, options),
            RestoreMode.Lazy => RestoreLazy(snapshot, options),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown restore mode"),
        };

        try
        {
            return new GuestMemory(baseAddress, mapping);
        }
        catch
        {
            mapping.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Guest RAM as the snapshot writer's source. A lazily restored RAM is made fully resident first, since the writer
    /// reads through the raw pointer. Every vCPU must be paused until the write completes.
    /// </summary>
    public static MemorySource AsSnapshotSource(this GuestMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        memory.EnsureResident(memory.BaseAddress, memory.Size);
        return new MemorySource(memory.Pointer, memory.Size);
    }

    private static AnonymousMapping RestoreEager(SnapshotReader snapshot, SnapshotRestoreOptions options)
    {
        var mapping = new AnonymousMapping(snapshot.Memory.GuestSize);
        try
        {
            snapshot.RestoreMemory(mapping.Pointer, mapping.Length, options.Bases, destinationIsZeroed: true);
            return mapping;
        }
        catch
        {
            mapping.Dispose();
            throw;
        }
    }

    private static CopyOnWriteMapping RestoreShared(SnapshotReader snapshot, SnapshotRestoreOptions options)
    {
        SharedImageCache cache = options.Cache ?? new SharedImageCache();
        string image = cache.GetOrCreateImage(snapshot, options.Bases);
        CopyOnWriteMapping mapping = CopyOnWriteMapping.FromFile(image, snapshot.Memory.GuestSize, options.RecycleMappings);
        if (RestoreWriteSet.For(snapshot.ContentHash) is { } pages)
        {
            // Overlaps decoding the state and building the machine; the machine waits for it before its vCPUs start.
            mapping.PopulateWritesInBackground(pages);
        }

        return mapping;
    }

    private static LazySnapshotMapping RestoreLazy(SnapshotReader snapshot, SnapshotRestoreOptions options)
    {
        if (snapshot.Path is null)
        {
            throw new ArgumentException("a lazy restore reads the snapshot for the guest's lifetime, so it needs a snapshot opened from a file", nameof(snapshot));
        }

        SnapshotReader own = SnapshotReader.Open(snapshot.Path, snapshot.Options);
        SnapshotChain chain;
        try
        {
            if (own.ContentHash != snapshot.ContentHash)
            {
                throw new IOException($"{snapshot.Path} changed while it was being restored");
            }

            chain = SnapshotChain.Open(own, options.Bases, ownsTop: true);
        }
        catch
        {
            own.Dispose();
            throw;
        }

        try
        {
            return new LazySnapshotMapping(chain);
        }
        catch
        {
            chain.Dispose();
            throw;
        }
    }
}
