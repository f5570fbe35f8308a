// The snapshot a load run serves when none is given: the default guest booted to READY and captured, made once and
// kept, since restoring is what the daemon measures, not booting.
using Harness.Guest;
using Harness.Vmm.Machine;
using Harness.Vmm.Persist;

namespace Harness.Daemon.Load;

/// <summary>Makes the default guest's snapshot for load runs and tests.</summary>
public static class LoadSnapshot
{
    /// <summary>
    /// Returns <paramref name="path"/>, first booting the pipeline's kernel and initramfs (1 vCPU, 128 MiB) and
    /// capturing it there when the file does not exist yet.
    /// </summary>
    public static async Task<string> EnsureAsync(string repoRoot, string path, CancellationToken cancellationToken = default)
    {
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(repoRoot, TextWriter.Null, cancellationToken).ConfigureAwait(false);
        MicroVmBuilder builder = new MicroVmBuilder().WithVcpus(1).WithMemoryMiB(128)
            .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath);
        BootedGuest guest = await BootedGuest.BootAsync(builder, TimeSpan.FromSeconds(300), cancellationToken).ConfigureAwait(false);
        await using (guest.ConfigureAwait(false))
        {
            await guest.Agent.BeforeSnapshotAsync(cancellationToken).ConfigureAwait(false);
            await guest.Vm.PauseAsync(cancellationToken).ConfigureAwait(false);
            string temp = path + $".tmp.{Environment.ProcessId}";
            MachineSnapshot.Write(guest.Vm, temp, diff: false);
            File.Move(temp, path, overwrite: true);
            await guest.Vm.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        return path;
    }
}
