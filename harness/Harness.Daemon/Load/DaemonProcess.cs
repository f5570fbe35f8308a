// A pool daemon run as a child process on a temporary socket: what the load test and the daemon's own tests drive,
// so that kill -9, restarts, and thread and descriptor counts are those of a real separate process.
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;

namespace Harness.Daemon.Load;

/// <summary>A daemon child process and its configuration file.</summary>
public sealed partial class DaemonProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process _process;

    private DaemonProcess(string directory, string configPath, string socketPath, Process process)
    {
        Directory = directory;
        ConfigPath = configPath;
        SocketPath = socketPath;
        _process = process;
    }

    /// <summary>The temporary directory holding the configuration and the socket.</summary>
    public string Directory { get; }

    /// <summary>The configuration file.</summary>
    public string ConfigPath { get; }

    /// <summary>The daemon's socket.</summary>
    public string SocketPath { get; }

    /// <summary>The running daemon's pid.</summary>
    public int Pid => _process.Id;

    /// <summary>True while the child runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>What the daemon printed (stdout and stderr interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Writes a configuration serving <paramref name="snapshotPath"/> as <paramref name="snapshotName"/> with
    /// <paramref name="minIdle"/> idle sandboxes, starts the daemon, and waits until it is healthy.
    /// </summary>
    /// <remarks>With <paramref name="allowedUids"/> set (null: the daemon's default), only the socket's appearance is
    /// awaited, since this process may not be admitted.</remarks>
    /// <exception cref="InvalidOperationException">The daemon exited or did not become healthy within <paramref name="timeout"/>.</exception>
    public static async Task<DaemonProcess> StartAsync(string snapshotPath, string snapshotName, int minIdle, TimeSpan timeout,
        CancellationToken cancellationToken = default, IReadOnlyList<uint>? allowedUids = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), $"harness-daemon-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        System.IO.Directory.CreateDirectory(directory);
        string socket = Path.Combine(directory, "daemon.sock");
        string config = Path.Combine(directory, "daemon.json");
        var json = new JsonObject
        {
            ["Daemon"] = new JsonObject
            {
                ["Socket"] = socket,
                ["ReapIntervalMs"] = 100,
                ["Snapshots"] = new JsonArray(new JsonObject
                {
                    ["Name"] = snapshotName,
                    ["Path"] = Path.GetFullPath(snapshotPath),
                    ["MinIdle"] = minIdle,
                    ["Mode"] = "shared",
                }),
            },
        };
        if (allowedUids != null)
        {
            json["Daemon"]!["AllowedUids"] = new JsonArray([.. allowedUids.Select(u => JsonValue.Create(u))]);
        }

        await File.WriteAllTextAsync(config, json.ToJsonString(), cancellationToken).ConfigureAwait(false);
        var daemon = new DaemonProcess(directory, config, socket, null!);
        daemon._process = daemon.Launch();
        try
        {
            if (allowedUids == null)
            {
                await daemon.WaitHealthyAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await daemon.WaitForSocketAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await daemon.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return daemon;
    }

    /// <summary>Kills the daemon with SIGKILL (no cleanup: its socket file stays behind) and waits for it to end.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Starts the daemon again on the same configuration and waits until it is healthy.</summary>
    public async Task RestartAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!_process.HasExited)
        {
            throw new InvalidOperationException("the daemon still runs");
        }

        _process.Dispose();
        _process = Launch();
        await WaitHealthyAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends SIGTERM and waits for a graceful exit; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            if (Kill(_process.Id, SigTerm) != 0)
            {
                throw new InvalidOperationException($"kill(SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
            }

            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync().ConfigureAwait(false);
                throw new TimeoutException($"the daemon did not stop within {timeout} of SIGTERM; killed");
            }
        }

        return _process.ExitCode;
    }

    /// <summary>Kills the daemon if it still runs and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Process Launch()
    {
        // The daemon's assembly sits next to this one; run it with the same host and the same dotnet.
        string dll = typeof(DaemonHost).Assembly.Location;
        var info = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(ConfigPath);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line != null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitForSocketAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The mode is set once the socket is bound, just before the daemon reports itself started.
        while (!(Path.Exists(SocketPath) && (OperatingSystem.IsWindows() || File.GetUnixFileMode(SocketPath) == (UnixFileMode.UserRead | UnixFileMode.UserWrite))))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"the daemon's socket did not appear within {timeout}:\n{Output}");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new DaemonClient(SocketPath, new DaemonClientOptions { ReconnectTimeout = TimeSpan.FromMilliseconds(200) });
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the daemon exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if (await client.IsHealthyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (DaemonUnavailableException)
            {
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"the daemon was not healthy within {timeout}:\n{Output}");
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
