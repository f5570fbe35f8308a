// How a diff finds its base: by content hash, from a store, a directory, or anything else that holds snapshots.
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Chains;

/// <summary>Finds snapshots by content hash.</summary>
public interface ISnapshotResolver
{
    /// <summary>
    /// Opens the snapshot whose content hash is <paramref name="hash"/>, or returns null when none is known. The
    /// caller owns and disposes the reader. Implementations may return a reader of another hash (a stale file);
    /// callers check.
    /// </summary>
    SnapshotReader? TryOpenSnapshot(SnapshotHash hash, SnapshotReadOptions options);
}

/// <summary>Resolves snapshots from a fixed set of files, keyed by their content hash (tests, the CLI).</summary>
public sealed class FileListResolver : ISnapshotResolver
{
    private readonly Dictionary<SnapshotHash, string> _paths = [];

    /// <summary>Indexes <paramref name="paths"/> by opening each once.</summary>
    public FileListResolver(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            using SnapshotReader reader = SnapshotReader.Open(path);
            _paths[reader.ContentHash] = path;
        }
    }

    /// <inheritdoc />
    public SnapshotReader? TryOpenSnapshot(SnapshotHash hash, SnapshotReadOptions options) =>
        _paths.TryGetValue(hash, out string? path) && File.Exists(path) ? SnapshotReader.Open(path, options) : null;
}
