// A directory of snapshot files named by content hash. Each file is verified once; the verdict is remembered in a
// sidecar keyed by the file's length and modification time, so later opens cost a stat, not a full checksum pass.
// Safe for several processes at once: files appear by atomic rename, verification runs under a per-hash flock.
using System.Globalization;
using Harness.Snapshots.Chains;
using Harness.Snapshots.Format;

namespace Harness.Snapshots.Store;

/// <summary>Snapshots on disk, found by content hash; also the resolver for their diff bases.</summary>
public sealed class SnapshotStore : ISnapshotResolver
{
    private const string SnapshotExtension = ".hsnap";
    private const string VerifiedExtension = ".verified";
    private const string LockExtension = ".lock";

    /// <summary>Uses (and creates) <paramref name="directory"/>.</summary>
    public SnapshotStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The store's directory.</summary>
    public string Directory { get; }

    /// <summary>The path a snapshot with content hash <paramref name="hash"/> has in this store.</summary>
    public string PathOf(SnapshotHash hash) => Path.Combine(Directory, hash + SnapshotExtension);

    /// <summary>True when the store holds a file for <paramref name="hash"/>.</summary>
    public bool Contains(SnapshotHash hash) => File.Exists(PathOf(hash));

    /// <summary>The content hashes of every snapshot in the store.</summary>
    public IReadOnlyList<SnapshotHash> List() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*" + SnapshotExtension)
            .Select(p => SnapshotHash.TryParse(Path.GetFileNameWithoutExtension(p), out SnapshotHash h) ? h : SnapshotHash.None)
            .Where(h => !h.IsNone)];

    /// <summary>Writes a new snapshot straight into the store and returns what was written.</summary>
    public SnapshotWriteResult Write(SnapshotWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        string temp = TempPath();
        try
        {
            SnapshotWriteResult result;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                result = writer.WriteTo(stream);
                stream.Flush(flushToDisk: true);
            }

            Publish(temp, result.ContentHash);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Copies the snapshot file at <paramref name="path"/> into the store; returns its content hash.</summary>
    public SnapshotHash Import(string path)
    {
        SnapshotHash hash;
        using (SnapshotReader reader = SnapshotReader.Open(path))
        {
            hash = reader.ContentHash;
        }

        if (Contains(hash))
        {
            return hash;
        }

        string temp = TempPath();
        try
        {
            File.Copy(path, temp);
            Publish(temp, hash);
            return hash;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Opens the snapshot <paramref name="hash"/>, verifying it fully the first time (or whenever the file changed).
    /// Throws <see cref="SnapshotFault.NotFound"/> when absent, or the fault the file has.
    /// </summary>
    public SnapshotReader Open(SnapshotHash hash, SnapshotReadOptions? options = null) =>
        TryOpenSnapshot(hash, options ?? SnapshotReadOptions.Default)
        ?? throw new SnapshotFormatException(SnapshotFault.NotFound, $"snapshot {hash} is not in the store at {Directory}");

    /// <inheritdoc />
    public SnapshotReader? TryOpenSnapshot(SnapshotHash hash, SnapshotReadOptions options)
    {
        string path = PathOf(hash);
        SnapshotReader reader;
        try
        {
            reader = SnapshotReader.Open(path, options);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        try
        {
            if (reader.ContentHash != hash)
            {
                throw new SnapshotFormatException(SnapshotFault.ContentHashMismatch, $"{path} holds snapshot {reader.ContentHash}, not {hash}") { Path = path };
            }

            EnsureVerified(reader, path, hash);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>True when a remembered verification matches the file as it is now.</summary>
    public bool IsVerified(SnapshotHash hash)
    {
        string path = PathOf(hash);
        return File.Exists(path) && ReadVerdict(hash) == Fingerprint(path, hash);
    }

    /// <summary>Removes a snapshot and its sidecar.</summary>
    public void Remove(SnapshotHash hash)
    {
        using FileLock held = FileLock.Acquire(LockPath(hash));
        File.Delete(PathOf(hash));
        File.Delete(VerdictPath(hash));
    }

    private void EnsureVerified(SnapshotReader reader, string path, SnapshotHash hash)
    {
        string fingerprint = Fingerprint(path, hash);
        if (ReadVerdict(hash) == fingerprint)
        {
            return;
        }

        using FileLock held = FileLock.Acquire(LockPath(hash));
        if (ReadVerdict(hash) == fingerprint)
        {
            return;
        }

        reader.Verify();
        string temp = TempPath();
        File.WriteAllText(temp, fingerprint);
        File.Move(temp, VerdictPath(hash), overwrite: true);
    }

    private static string Fingerprint(string path, SnapshotHash hash)
    {
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"v1 {hash} {info.Length} {info.LastWriteTimeUtc.Ticks}");
    }

    private string? ReadVerdict(SnapshotHash hash)
    {
        try
        {
            return File.ReadAllText(VerdictPath(hash));
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void Publish(string temp, SnapshotHash hash)
    {
        // The same content under the same name: whichever process renames last wins, and both wrote equal bytes.
        File.Move(temp, PathOf(hash), overwrite: true);
    }

    private string VerdictPath(SnapshotHash hash) => Path.Combine(Directory, hash + VerifiedExtension);

    private string LockPath(SnapshotHash hash) => Path.Combine(Directory, hash + LockExtension);

    private string TempPath() => Path.Combine(Directory, $".tmp.{Environment.ProcessId}.{Guid.NewGuid():N}");
}
