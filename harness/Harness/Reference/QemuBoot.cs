// The reference every boot figure is compared with: QEMU's `virt` machine (TCG) booting the same kernel and
// initramfs, timed from process launch to the agent's READY line.
using System.Diagnostics;
using System.Text;

namespace Harness.Reference;

/// <summary>Boots a kernel under <c>qemu-system-riscv64 -M virt</c> and measures the time to HARNESS-READY.</summary>
public static class QemuBoot
{
    /// <summary>The Debian package that provides the emulator.</summary>
    public const string Package = "qemu-system-misc";

    /// <summary>Starts qemu-system-riscv64 with <paramref name="arguments"/>, its standard streams redirected.</summary>
    /// <exception cref="InvalidOperationException">QEMU is not installed or did not start.</exception>
    internal static Process Launch(IEnumerable<string> arguments)
    {
        var psi = new ProcessStartInfo("qemu-system-riscv64")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in arguments)
        {
            psi.ArgumentList.Add(arg);
        }

        try
        {
            return Process.Start(psi) ?? throw new InvalidOperationException("qemu-system-riscv64 did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"qemu-system-riscv64 is not installed (Debian package {Package})", e);
        }
    }

    private const string Marker = "HARNESS-READY";

    /// <summary>
    /// Launches QEMU, waits for READY, kills it, and returns the wall time from launch to READY.
    /// </summary>
    /// <exception cref="InvalidOperationException">QEMU is missing, exits early, or never prints READY.</exception>
    public static async Task<TimeSpan> TimeToReadyAsync(string kernel, string initramfs, int vcpus, int memoryMiB,
        string commandLine, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        Process process = Launch(
        [
            "-M", "virt", "-bios", "default", "-nographic", "-no-reboot", "-smp", vcpus.ToString(),
            "-m", $"{memoryMiB}M", "-kernel", kernel, "-initrd", initramfs, "-append", commandLine,
        ]);

        using (process)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            var seen = new StringBuilder();
            var buffer = new char[4096];
            try
            {
                while (true)
                {
                    int n = await process.StandardOutput.ReadAsync(buffer, cts.Token).ConfigureAwait(false);
                    if (n == 0)
                    {
                        throw new InvalidOperationException($"QEMU exited before READY; it printed:\n{seen}");
                    }

                    seen.Append(buffer, 0, n);
                    if (seen.ToString().Contains(Marker, StringComparison.Ordinal))
                    {
                        return started.Elapsed;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"QEMU printed no READY within {timeout}; it printed:\n{seen}");
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
