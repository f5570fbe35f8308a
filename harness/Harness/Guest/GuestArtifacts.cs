// Finds the default guest kernel and initramfs: from HARNESS_KERNEL/HARNESS_INITRAMFS, or by running the cached
// build pipeline (scripts/build-kernel), which prints KERNEL=/INITRAMFS= lines and builds only when needed.
using System.Diagnostics;

namespace Harness.Guest;

/// <summary>Paths of the guest kernel <c>Image</c> and initramfs.</summary>
public sealed record GuestArtifacts(string KernelPath, string InitramfsPath)
{
    /// <summary>Environment variable naming a kernel Image to use instead of the pipeline's.</summary>
    public const string KernelVariable = "HARNESS_KERNEL";

    /// <summary>Environment variable naming an initramfs to use instead of the pipeline's.</summary>
    public const string InitramfsVariable = "HARNESS_INITRAMFS";

    /// <summary>
    /// Locates the artifacts, building them through <c>scripts/build-kernel</c> when they are not cached.
    /// Build progress goes to <paramref name="progress"/> (standard error when null).
    /// </summary>
    /// <exception cref="GuestArtifactsException">The pipeline failed or printed no artifact paths.</exception>
    public static async Task<GuestArtifacts> LocateAsync(string repositoryRoot, TextWriter? progress = null,
        CancellationToken cancellationToken = default)
    {
        string? kernel = Environment.GetEnvironmentVariable(KernelVariable);
        string? initramfs = Environment.GetEnvironmentVariable(InitramfsVariable);
        if (!string.IsNullOrEmpty(kernel) && !string.IsNullOrEmpty(initramfs))
        {
            return new GuestArtifacts(kernel, initramfs);
        }

        string script = Path.Combine(repositoryRoot, "scripts", "build-kernel");
        if (!File.Exists(script))
        {
            throw new GuestArtifactsException($"{script} does not exist");
        }

        var psi = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi) ?? throw new GuestArtifactsException($"could not start {script}");
        TextWriter log = progress ?? System.Console.Error;
        Task pump = Task.Run(async () =>
        {
            string? line;
            while ((line = await p.StandardError.ReadLineAsync(cancellationToken).ConfigureAwait(false)) != null)
            {
                await log.WriteLineAsync(line).ConfigureAwait(false);
            }
        }, cancellationToken);
        string stdout = await p.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await pump.ConfigureAwait(false);
        if (p.ExitCode != 0)
        {
            throw new GuestArtifactsException($"{script} failed with exit code {p.ExitCode}");
        }

        foreach (string line in stdout.Split('\n'))
        {
            if (string.IsNullOrEmpty(kernel) && line.StartsWith("KERNEL=", StringComparison.Ordinal))
            {
                kernel = line["KERNEL=".Length..].Trim();
            }
            else if (string.IsNullOrEmpty(initramfs) && line.StartsWith("INITRAMFS=", StringComparison.Ordinal))
            {
                initramfs = line["INITRAMFS=".Length..].Trim();
            }
        }

        if (string.IsNullOrEmpty(kernel) || string.IsNullOrEmpty(initramfs))
        {
            throw new GuestArtifactsException($"{script} printed no KERNEL= and INITRAMFS= lines");
        }

        return new GuestArtifacts(kernel, initramfs);
    }
}

/// <summary>The guest kernel or initramfs could not be found or built.</summary>
public sealed class GuestArtifactsException(string message) : Exception(message);
