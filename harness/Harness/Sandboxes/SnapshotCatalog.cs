// Builds the snapshot a kernel recipe describes once — boot, warm-up, capture — and caches it by the recipe's hash,
// so every later sandbox (in this process or another) restores instead of booting.
using System.Security.Cryptography;
using System.Text;
using Harness.Agent;
using Harness.Guest;
using Harness.Snapshots.Store;
using Harness.Vmm.Machine;
using Harness.Vmm.Persist;

namespace Harness.Sandboxes;

/// <summary>Snapshots built from recipes, cached on disk under the recipe's hash.</summary>
public sealed class SnapshotCatalog
{
    /// <summary>Uses <paramref name="directory"/> (default: the cache root's <c>catalog</c> folder).</summary>
    public SnapshotCatalog(string? directory = null)
    {
        Directory = directory ?? Path.Combine(CacheDirectories.Root, "catalog");
    }

    /// <summary>Where recipe snapshots are kept.</summary>
    public string Directory { get; }

    /// <summary>Snapshots this catalog built (not found cached) since it was created.</summary>
    public int Built { get; private set; }

    /// <summary>The snapshot a sandbox of <paramref name="spec"/> restores from: its own, or the recipe's (built if missing).</summary>
    public async Task<string> GetSnapshotAsync(SandboxSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.SnapshotPath != null)
        {
            return spec.SnapshotPath;
        }

        string key = RecipeHash(spec);
        string path = Path.Combine(Directory, key + ".snap");
        if (File.Exists(path))
        {
            return path;
        }

        System.IO.Directory.CreateDirectory(Directory);
        using FileLock _ = FileLock.Acquire(path + ".lock");
        if (File.Exists(path))
        {
            return path; // another process built it while this one waited for the lock
        }

        await BuildAsync(spec, path, cancellationToken).ConfigureAwait(false);
        Built++;
        return path;
    }

    /// <summary>The hash naming a recipe: the kernel's and initramfs's content, the machine shape, warm-up, disks.</summary>
    public static string RecipeHash(SandboxSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in new[] { spec.KernelPath!, spec.InitramfsPath! })
        {
            using FileStream f = File.OpenRead(file);
            h.AppendData(SHA256.HashData(f));
        }

        var text = new StringBuilder();
        text.Append($"v1|{BootedGuest.CaptureRecipe}|{spec.Vcpus}|{spec.MemoryMiB}|");
        foreach (string w in spec.Warmup)
        {
            text.Append("warm:").Append(w).Append('\0');
        }

        foreach (DiskConfig d in spec.Disks)
        {
            text.Append("disk:").Append(Path.GetFullPath(d.Path)).Append(d.ReadOnly ? ":ro" : "").Append(d.CopyOnWrite ? ":cow" : "").Append('\0');
        }

        h.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(h.GetHashAndReset())[..32].ToLowerInvariant();
    }

    private static async Task BuildAsync(SandboxSpec spec, string path, CancellationToken ct)
    {
        MicroVmBuilder builder = new MicroVmBuilder().WithKernel(spec.KernelPath!).WithInitramfs(spec.InitramfsPath)
            .WithVcpus(spec.Vcpus).WithMemoryMiB(spec.MemoryMiB);
        foreach (DiskConfig d in spec.Disks)
        {
            builder = builder.WithDisk(d.Path, d.ReadOnly, d.CopyOnWrite);
        }

        await using BootedGuest guest = await BootedGuest.BootAsync(builder, spec.StartTimeout, ct).ConfigureAwait(false);
        foreach (string command in spec.Warmup)
        {
            ExecResult r = await guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", command]) { Environment = spec.Environment }, ct)
                .ConfigureAwait(false);
            if (r.ExitCode != 0)
            {
                throw new SandboxConfigurationException($"warm-up '{command}' exited with {r.ExitCode}: {r.StderrText.Trim()}");
            }
        }

        // Captured with the agent's connection closed, so clones owe the guest no vsock transport reset.
        await guest.PauseForSnapshotAsync(spec.StartTimeout, ct).ConfigureAwait(false);
        string temp = path + $".{Environment.ProcessId}.tmp";
        MachineSnapshot.Write(guest.Vm, temp);
        File.Move(temp, path, overwrite: true);
    }
}
