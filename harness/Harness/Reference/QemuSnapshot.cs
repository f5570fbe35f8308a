// The reference every restore figure is compared with: QEMU's own snapshot of the same guest. A `virt` machine
// (TCG) boots the kernel and initramfs to the agent's READY, is stopped and saved with QMP `migrate` to a file; a
// new QEMU restores it with `-incoming`, is continued, and is timed until the agent answers a ping on the console.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Harness.Agent;

namespace Harness.Reference;

/// <summary>The guest QEMU runs: the same kernel, initramfs, RAM and command line as ours, one hart.</summary>
public sealed record QemuGuestSpec(string KernelPath, string InitramfsPath, int MemoryMiB, string CommandLine);

/// <summary>A QEMU save: boot to READY, then the stopped machine written to a file.</summary>
public sealed record QemuSaveResult(TimeSpan BootToReady, TimeSpan Save, long FileBytes);

/// <summary>A QEMU restore, from launching the process until the agent answered a ping.</summary>
/// <param name="RestoreToReady">Launch until the agent's ping reply.</param>
/// <param name="MonitorUp">Launch until QMP answered (QEMU's own start).</param>
/// <param name="Incoming">Launch until the incoming migration finished and the machine was paused.</param>
public sealed record QemuRestoreResult(TimeSpan RestoreToReady, TimeSpan MonitorUp, TimeSpan Incoming);

/// <summary>Saves and restores a guest with QEMU's migration to a file.</summary>
public static class QemuSnapshot
{
    /// <summary>
    /// Boots <paramref name="spec"/>, waits for READY and a ping, stops the machine and saves it to
    /// <paramref name="file"/> with <c>migrate "exec:cat &gt; FILE"</c>. The bandwidth cap is lifted first (QEMU's
    /// default throttles even a stopped machine's save), so the save time is QEMU's best.
    /// </summary>
    /// <exception cref="InvalidOperationException">QEMU is missing, failed, or the guest did not answer in time.</exception>
    public static async Task<QemuSaveResult> BootAndSaveAsync(QemuGuestSpec spec, string file, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        long t0 = Stopwatch.GetTimestamp();
        await using QemuProcess qemu = QemuProcess.Start(spec, incomingFile: null);
        try
        {
            await qemu.Agent.WaitForReadyAsync(cts.Token).ConfigureAwait(false);
            await qemu.Agent.PingAsync(cts.Token).ConfigureAwait(false);
            TimeSpan boot = Stopwatch.GetElapsedTime(t0);
            await using QmpClient qmp = await QmpClient.ConnectAsync(qemu.QmpPath, timeout, cts.Token).ConfigureAwait(false);
            await qmp.ExecuteAsync("migrate-set-parameters", new JsonObject { ["max-bandwidth"] = long.MaxValue / 2 }, cts.Token)
                .ConfigureAwait(false);
            await qmp.ExecuteAsync("stop", null, cts.Token).ConfigureAwait(false);
            long s0 = Stopwatch.GetTimestamp();
            await qmp.ExecuteAsync("migrate", new JsonObject { ["uri"] = $"exec:cat > '{file}'" }, cts.Token).ConfigureAwait(false);
            while (true)
            {
                JsonNode? info = await qmp.ExecuteAsync("query-migrate", null, cts.Token).ConfigureAwait(false);
                string? status = info?["status"]?.GetValue<string>();
                if (status == "completed")
                {
                    break;
                }

                if (status is "failed" or "cancelled")
                {
                    throw new InvalidOperationException($"QEMU's migration to {file} {status}: {info?["error-desc"]}");
                }

                await Task.Delay(1, cts.Token).ConfigureAwait(false);
            }

            TimeSpan save = Stopwatch.GetElapsedTime(s0);
            return new QemuSaveResult(boot, save, new FileInfo(file).Length);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"QEMU did not boot and save within {timeout}; console:\n{qemu.Agent.Log.Text}\n{qemu.Stderr}");
        }
    }

    /// <summary>
    /// Launches a new QEMU with <c>-incoming "exec:cat FILE"</c>, waits until the incoming migration has finished,
    /// continues the machine and pings the agent on the console.
    /// </summary>
    /// <exception cref="InvalidOperationException">QEMU failed, or the guest did not answer in time.</exception>
    public static async Task<QemuRestoreResult> RestoreAsync(QemuGuestSpec spec, string file, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        long t0 = Stopwatch.GetTimestamp();
        await using QemuProcess qemu = QemuProcess.Start(spec, file);
        try
        {
            await using QmpClient qmp = await QmpClient.ConnectAsync(qemu.QmpPath, timeout, cts.Token).ConfigureAwait(false);
            TimeSpan monitor = Stopwatch.GetElapsedTime(t0);
            while (true)
            {
                JsonNode? status = await qmp.ExecuteAsync("query-status", null, cts.Token).ConfigureAwait(false);
                string? state = status?["status"]?.GetValue<string>();
                if (state is not ("inmigrate" or "restore-vm"))
                {
                    break;
                }

                await Task.Delay(1, cts.Token).ConfigureAwait(false);
            }

            TimeSpan incoming = Stopwatch.GetElapsedTime(t0);
            await qmp.ExecuteAsync("cont", null, cts.Token).ConfigureAwait(false);
            await qemu.Agent.PingAsync(cts.Token).ConfigureAwait(false);
            return new QemuRestoreResult(Stopwatch.GetElapsedTime(t0), monitor, incoming);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"QEMU's restored guest did not answer within {timeout}; console:\n{qemu.Agent.Log.Text}\n{qemu.Stderr}");
        }
    }

    /// <summary>One QEMU process with its console as the agent transport and QMP on a private Unix socket.</summary>
    private sealed class QemuProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _directory;
        private readonly System.Text.StringBuilder _stderr = new();

        private QemuProcess(Process process, string directory, string qmpPath)
        {
            _process = process;
            _directory = directory;
            QmpPath = qmpPath;
            Agent = new AgentClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
        }

        public AgentClient Agent { get; }

        public string QmpPath { get; }

        public string Stderr
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        public static QemuProcess Start(QemuGuestSpec spec, string? incomingFile)
        {
            string directory = Directory.CreateTempSubdirectory("harness-qemu-").FullName;
            string qmp = Path.Combine(directory, "qmp.sock");
            var arguments = new List<string>
            {
                "-M", "virt", "-bios", "default", "-nographic", "-monitor", "none", "-serial", "stdio", "-no-reboot",
                "-smp", "1", "-m", spec.MemoryMiB.ToString(CultureInfo.InvariantCulture) + "M",
                "-kernel", spec.KernelPath, "-initrd", spec.InitramfsPath, "-append", spec.CommandLine,
                "-qmp", $"unix:{qmp},server=on,wait=off",
            };
            if (incomingFile != null)
            {
                arguments.Add("-incoming");
                arguments.Add($"exec:cat '{incomingFile}'");
            }

            Process process;
            try
            {
                process = QemuBoot.Launch(arguments);
            }
            catch (InvalidOperationException)
            {
                Directory.Delete(directory, recursive: true);
                throw;
            }

            return new QemuProcess(process, directory, qmp);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await Agent.DisposeAsync().ConfigureAwait(false);
            _process.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
