// Start-up checks of the snapshots a daemon serves: every checksum of the file, the machine state it carries, and
// the host's shared image cache (after a kill -9 it may hold a half-built temporary image, or an image of the wrong
// size, which is removed so the next restore rebuilds it).
using Harness.Snapshots;
using Harness.Snapshots.Store;
using Harness.Vmm.Persist;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon;

/// <summary>Verification of a snapshot file and its cached memory image before a pool serves it.</summary>
public static class SnapshotCheck
{
    /// <summary>Verifies <paramref name="path"/> and cleans its cache entry; returns its content hash.</summary>
    /// <exception cref="Harness.Snapshots.Format.SnapshotFormatException">A checksum or the format is wrong.</exception>
    /// <exception cref="MachineStateException">The machine state does not decode.</exception>
    public static string Verify(string path, ILogger log, SharedImageCache? cache = null)
    {
        using SnapshotReader reader = MachineSnapshot.Open(path);
        reader.Verify();
        MachineSnapshotSections.ReadFrom(reader);
        cache ??= new SharedImageCache();
        RemoveStaleTemporaries(cache.Directory, log);
        string image = cache.ImagePath(reader.ContentHash);
        var info = new FileInfo(image);
        if (info.Exists && (ulong)info.Length != reader.Memory.GuestSize)
        {
            log.LogWarning("cached image {Image} has {Length} bytes, not {Expected}: removed", image, info.Length, reader.Memory.GuestSize);
            cache.Remove(reader.ContentHash);
        }

        log.LogInformation("snapshot {Path} verified ({Hash}); cached image {State}", path, reader.ContentHash,
            File.Exists(image) ? "present" : "absent (built on first restore)");
        return reader.ContentHash.ToString();
    }

    /// <summary>Deletes the cache's ".tmp.PID.*" files whose process is gone (a build cut short by a kill).</summary>
    public static int RemoveStaleTemporaries(string directory, ILogger log)
    {
        int removed = 0;
        foreach (string file in Directory.EnumerateFiles(directory, ".tmp.*"))
        {
            string[] parts = Path.GetFileName(file).Split('.');
            if (parts.Length >= 3 && int.TryParse(parts[2], out int pid) && !Directory.Exists($"/proc/{pid}"))
            {
                File.Delete(file);
                removed++;
                log.LogWarning("removed {File}, left by process {Pid} which is gone", file, pid);
            }
        }

        return removed;
    }
}
