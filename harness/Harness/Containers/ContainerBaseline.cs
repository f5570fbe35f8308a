// The container baseline users compare sandboxes with: a container started through Testcontainers from a local
// image (FROM scratch with a static busybox), timed from StartAsync until the first exec's result is back.
using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Harness.Reports;
using Microsoft.Extensions.Logging.Abstractions;

namespace Harness.Containers;

/// <summary>Measures start-to-first-exec of containers.</summary>
public static class ContainerBaseline
{
    /// <summary>The command run in each container, the same first command a bench runs in each sandbox.</summary>
    public static readonly IReadOnlyList<string> FirstCommand = ["/bin/sh", "-c", "echo ok"];

    /// <summary>
    /// Installs Docker and busybox when missing, starts dockerd when it is not running, builds the local image, and
    /// returns its name and the daemon's API version, by running <c>prepare_container_baseline</c> of
    /// <c>scripts/lib/deps.sh</c>.
    /// </summary>
    /// <exception cref="ContainerBaselineException">The script failed; its output says why.</exception>
    public static async Task<ContainerRuntime> PrepareAsync(string repositoryRoot, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        string deps = Path.Combine(repositoryRoot, "scripts", "lib", "deps.sh");
        if (!File.Exists(deps))
        {
            throw new ContainerBaselineException($"{deps} does not exist");
        }

        var psi = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { "-c", "set -e; source \"$1\"; prepare_container_baseline", "prepare", deps })
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi) ?? throw new ContainerBaselineException("could not start bash");
        Task<string> stderr = p.StandardError.ReadToEndAsync(cancellationToken);
        string stdout = await p.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        string err = await stderr.ConfigureAwait(false);
        if (err.Length > 0)
        {
            await progress.WriteAsync(err).ConfigureAwait(false);
        }

        string? image = null, api = null;
        foreach (string line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("image=", StringComparison.Ordinal))
            {
                image = line["image=".Length..];
            }
            else if (line.StartsWith("api=", StringComparison.Ordinal))
            {
                api = line["api=".Length..];
            }
        }

        if (p.ExitCode != 0 || string.IsNullOrEmpty(image) || string.IsNullOrEmpty(api))
        {
            throw new ContainerBaselineException($"preparing the container baseline failed (exit {p.ExitCode}): {err.Trim()}");
        }

        return new ContainerRuntime(image, api);
    }

    /// <summary>
    /// Starts <paramref name="runs"/> containers of the runtime's image one after another (after one unmeasured
    /// warm-up), runs <see cref="FirstCommand"/> in each, and returns each start-to-first-exec time in ms.
    /// Each container is removed before the next starts.
    /// </summary>
    /// <exception cref="ContainerBaselineException">A container did not start or its command failed.</exception>
    public static async Task<Distribution> MeasureAsync(ContainerRuntime runtime, int runs, Action<int>? onRun = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        string image = runtime.Image;

        // Testcontainers asks for a newer Engine API than Debian's dockerd speaks unless told the daemon's version.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_API_VERSION")))
        {
            Environment.SetEnvironmentVariable("DOCKER_API_VERSION", runtime.ApiVersion);
        }

        // The reaper container Testcontainers starts by default comes from a registry this host cannot reach;
        // every container here is removed by DisposeAsync instead.
        Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
        var samples = new List<double>(runs);
        for (int i = -1; i < runs; i++)
        {
            double ms = await StartToFirstExecAsync(image, cancellationToken).ConfigureAwait(false);
            if (i >= 0)
            {
                samples.Add(ms);
                onRun?.Invoke(i + 1);
            }
        }

        return new Distribution("ms", samples);
    }

    private static async Task<double> StartToFirstExecAsync(string image, CancellationToken ct)
    {
        IContainer container = new ContainerBuilder(image)
            // PID 1 ignores signals it has no handler for: trap TERM so stopping the container does not wait out
            // Docker's ten-second grace period.
            .WithEntrypoint("/bin/busybox", "sh", "-c", "trap 'exit 0' TERM; /bin/busybox sleep 3600 & wait")
            .WithLogger(NullLogger.Instance)
            .WithCleanUp(true)
            .Build();
        await using (container.ConfigureAwait(false))
        {
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                await container.StartAsync(ct).ConfigureAwait(false);
                ExecResult r = await container.ExecAsync([.. FirstCommand], ct).ConfigureAwait(false);
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (r.ExitCode != 0 || r.Stdout.Trim() != "ok")
                {
                    throw new ContainerBaselineException($"the first command in {image} exited {r.ExitCode}: {r.Stdout}{r.Stderr}");
                }

                return ms;
            }
            catch (Exception e) when (e is not (ContainerBaselineException or OperationCanceledException))
            {
                throw new ContainerBaselineException($"the container of {image} did not start or run its command: {e.Message}", e);
            }
        }
    }
}

/// <summary>A prepared container runtime: the local image to start and the Docker Engine API version to speak.</summary>
public sealed record ContainerRuntime(string Image, string ApiVersion);

/// <summary>The container baseline could not be prepared or measured.</summary>
public sealed class ContainerBaselineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContainerBaselineException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ContainerBaselineException(string message, Exception inner) : base(message, inner)
    {
    }
}
