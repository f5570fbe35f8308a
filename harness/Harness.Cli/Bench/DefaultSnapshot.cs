// The default snapshot every bench restores from: the default guest booted, warmed with the first command, and
// captured. Cached under ${HARNESS_CACHE_DIR:-~/.cache/harness}/bench/<key>, the key hashing the kernel's and
// initramfs's contents and the guest shape, so a second bench reuses it and a changed guest gets a new one.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Harness.Agent;
using Harness.Guest;
using Harness.Reports;
using Harness.Vmm.Persist;

namespace Harness.Cli.Bench;

internal sealed record DefaultSnapshotMetadata(double CreateMs, long Bytes, int StoredPages, int ZeroPages, long InstructionsAtCapture);

internal static class DefaultSnapshot
{
    public const string FileName = "default.snap";
    private const string MetadataName = "default.json";

    /// <summary>The cache directory of a kernel, initramfs and guest shape.</summary>
    public static string DirectoryFor(string cacheDirectory, GuestArtifacts artifacts, int vcpus, int memoryMiB)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in new[] { artifacts.KernelPath, artifacts.InitramfsPath })
        {
            sha.AppendData(File.ReadAllBytes(file));
        }

        sha.AppendData(Encoding.UTF8.GetBytes($"bench-capture=2;capture={BootedGuest.CaptureRecipe};vcpus={vcpus};mem={memoryMiB};warmup={string.Join(' ', BenchFlow.FirstCommand)}"));
        return Path.Combine(cacheDirectory, Convert.ToHexStringLower(sha.GetHashAndReset())[..16]);
    }

    /// <summary>The cached snapshot and what it cost to make, or null when there is none (or it is incomplete).</summary>
    public static (string Path, DefaultSnapshotMetadata Metadata)? TryFind(string directory)
    {
        string snap = Path.Combine(directory, FileName), meta = Path.Combine(directory, MetadataName);
        if (!File.Exists(snap) || !File.Exists(meta))
        {
            return null;
        }

        try
        {
            DefaultSnapshotMetadata? m = JsonSerializer.Deserialize<DefaultSnapshotMetadata>(File.ReadAllText(meta));
            return m is null || m.Bytes != new FileInfo(snap).Length ? null : (snap, m);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Forgets the cached snapshot (it no longer restores with this monitor).</summary>
    public static void Invalidate(string directory)
    {
        File.Delete(Path.Combine(directory, MetadataName));
        File.Delete(Path.Combine(directory, FileName));
    }

    /// <summary>
    /// Warms <paramref name="guest"/> with the first command, captures it into the cache directory (written beside and
    /// renamed, so a crash never leaves a half file under the cached name) and stops it.
    /// </summary>
    public static async Task<(string Path, DefaultSnapshotMetadata Metadata)> CaptureAsync(BootedGuest guest, string directory,
        CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        long t0 = Stopwatch.GetTimestamp();
        ExecResult warm = await guest.Agent.ExecAsync([.. BenchFlow.FirstCommand], ct).ConfigureAwait(false);
        if (warm.ExitCode != 0)
        {
            throw new BenchException($"the warm-up command exited {warm.ExitCode}: {warm.StderrText}");
        }

        // The same capture as every other snapshot: before-snapshot hook, the agent's connection closed (so no clone
        // owes the guest a transport reset and a torn-down connection on its way to ready), aged to steady state.
        await guest.PauseForSnapshotAsync(TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
        string snap = Path.Combine(directory, FileName);
        string temp = snap + $".{Environment.ProcessId}.tmp";
        Harness.Snapshots.SnapshotWriteResult written = MachineSnapshot.Write(guest.Vm, temp);
        var meta = new DefaultSnapshotMetadata(Stopwatch.GetElapsedTime(t0).TotalMilliseconds, written.FileLength, written.StoredPages,
            written.ZeroPages, guest.Vm.InstructionsRetired);
        File.Move(temp, snap, overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(directory, MetadataName), JsonSerializer.Serialize(meta), ct).ConfigureAwait(false);
        await guest.Vm.StopAsync(ct).ConfigureAwait(false);
        return (snap, meta);
    }

    public static SnapshotFigures Figures(string path, DefaultSnapshotMetadata m, bool cached) =>
        new(m.CreateMs, m.Bytes, m.StoredPages, m.ZeroPages, cached, path);
}
