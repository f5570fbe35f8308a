// Builds ext4 disk images from a host folder for virtio-blk, without root or a loop device (mkfs.ext4 -d), as
// scripts/make-disk does; the CLI's `disk create` verb and the virtio tests use it.
using System.Diagnostics;

namespace Harness.Disks;

/// <summary>A failure to build a disk image (mkfs.ext4 missing or failing, a bad folder or size).</summary>
public sealed class DiskImageException(string message) : Exception(message);

/// <summary>Creates ext4 images.</summary>
public static class Ext4Image
{
    /// <summary>Smallest image mkfs.ext4 is asked to fill, in MiB.</summary>
    public const int MinSizeMiB = 2;

    /// <summary>Largest image, in MiB (a guard against a typo filling the host disk).</summary>
    public const int MaxSizeMiB = 1 << 20;

    /// <summary>
    /// A size that holds <paramref name="folder"/>'s files with room to spare: their bytes plus a third, plus 8 MiB
    /// of metadata headroom, in whole MiB.
    /// </summary>
    public static int SuggestSizeMiB(string folder)
    {
        long bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => (f.Length + 4095) & ~4095L);
        long mib = ((bytes + (bytes / 3)) >> 20) + 8;
        return (int)Math.Clamp(mib, MinSizeMiB, MaxSizeMiB);
    }

    /// <summary>
    /// Writes <paramref name="image"/>: a raw file of exactly <paramref name="sizeMiB"/> MiB holding an ext4 filesystem
    /// (no journal, files owned by root) whose root is a copy of <paramref name="folder"/>. The file appears complete
    /// or not at all.
    /// </summary>
    /// <exception cref="DiskImageException">The folder is missing, the size is out of range, or mkfs.ext4 fails.</exception>
    public static async Task CreateAsync(string folder, string image, int sizeMiB, string label = "harness",
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(image);
        if (!Directory.Exists(folder))
        {
            throw new DiskImageException($"'{folder}' is not a directory");
        }

        if (sizeMiB is < MinSizeMiB or > MaxSizeMiB)
        {
            throw new DiskImageException($"size {sizeMiB} MiB is outside [{MinSizeMiB}, {MaxSizeMiB}]");
        }

        if (label.Length > 16 || label.Any(c => c is < ' ' or > '~'))
        {
            throw new DiskImageException($"label '{label}' is not up to 16 printable ASCII characters");
        }

        string tmp = $"{image}.tmp.{Environment.ProcessId}.{Guid.NewGuid():N}";
        try
        {
            using (var f = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write))
            {
                f.SetLength((long)sizeMiB << 20);
            }

            // No journal keeps small images small and quick to check; root_owner makes files root's in the guest.
            var psi = new ProcessStartInfo("mkfs.ext4")
            {
                ArgumentList = { "-q", "-F", "-L", label, "-O", "^has_journal", "-E", "root_owner=0:0", "-d", folder, tmp },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            Process p;
            try
            {
                p = Process.Start(psi) ?? throw new DiskImageException("could not start mkfs.ext4");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new DiskImageException($"cannot run mkfs.ext4 (install e2fsprogs): {e.Message}");
            }

            using (p)
            {
                Task<string> stdout = p.StandardOutput.ReadToEndAsync(cancellationToken);
                Task<string> stderr = p.StandardError.ReadToEndAsync(cancellationToken);
                await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                string messages = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
                if (p.ExitCode != 0)
                {
                    throw new DiskImageException($"mkfs.ext4 failed (exit {p.ExitCode}) for '{folder}' in {sizeMiB} MiB: {messages.Trim()}");
                }
            }

            File.Move(tmp, image, overwrite: true);
        }
        finally
        {
            File.Delete(tmp);
        }
    }
}
