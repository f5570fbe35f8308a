// The daemon load test: N clients, each with its own connection, loop acquire → exec `true` → release for T seconds.
// It measures throughput and latency, optionally kills the daemon with SIGKILL mid-run and restarts it (clients must
// reconnect by themselves), and then checks that nothing leaked: no lease, no VM beyond the idle pool, no thread and
// no file descriptor beyond the daemon's idle baseline.
using System.Diagnostics;
using Harness.Agent;

namespace Harness.Daemon.Load;

/// <summary>Settings of one load run.</summary>
public sealed record DaemonLoadOptions
{
    /// <summary>Concurrent clients.</summary>
    public int Clients { get; init; } = 8;

    /// <summary>How long the clients loop.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The snapshot name to acquire.</summary>
    public string Snapshot { get; init; } = "default";

    /// <summary>When set, the daemon is killed with SIGKILL this far into the run and restarted at once.</summary>
    public TimeSpan? KillAfter { get; init; }

    /// <summary>vCPUs of each VM the snapshot restores (bounds the vCPU threads after the run).</summary>
    public int VcpusPerVm { get; init; } = 1;

    /// <summary>How long to wait for the daemon to settle back to its baseline after the run.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>The outcome of a load run.</summary>
public sealed record DaemonLoadReport
{
    /// <summary>Completed acquire → exec → release cycles.</summary>
    public long Cycles { get; init; }

    /// <summary>Failures outside the kill window (must be zero).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Cycles cut short because the daemon was killed under them (expected only with a kill).</summary>
    public long Interrupted { get; init; }

    /// <summary>Cycles that started after the restarted daemon became healthy: proof that clients reconnected.</summary>
    public long CyclesAfterRestart { get; init; }

    /// <summary>Cycles per second over the run.</summary>
    public double Throughput { get; init; }

    /// <summary>Latency percentiles of one cycle, in milliseconds.</summary>
    public double P50Ms { get; init; }

    /// <summary>99th percentile of one cycle, in milliseconds.</summary>
    public double P99Ms { get; init; }

    /// <summary>Slowest cycle, in milliseconds.</summary>
    public double MaxMs { get; init; }

    /// <summary>Acquire latency percentiles, in milliseconds.</summary>
    public double AcquireP50Ms { get; init; }

    /// <summary>99th percentile of acquire, in milliseconds.</summary>
    public double AcquireP99Ms { get; init; }

    /// <summary>The daemon's figures at idle before the run.</summary>
    public DaemonStatus? Baseline { get; init; }

    /// <summary>The daemon's figures after the run settled.</summary>
    public DaemonStatus? After { get; init; }

    /// <summary>vCPU threads after the run (running and parked in the monitor's thread cache).</summary>
    public int VcpuThreads { get; init; }

    /// <summary>Threads other than .NET thread-pool workers and vCPU threads, before and after.</summary>
    public (int Before, int After) FixedThreads { get; init; }

    /// <summary>Descriptors other than loaded assemblies (sockets, pipes, files, event fds), before and after.</summary>
    public (int Before, int After) ResourceFds { get; init; }

    /// <summary>Leaks found after the run (must be empty).</summary>
    public IReadOnlyList<string> Leaks { get; init; } = [];

    /// <summary>Restart to healthy, when the daemon was killed.</summary>
    public TimeSpan? RestartTime { get; init; }

    /// <summary>The daemon's /metrics text at the end.</summary>
    public string Metrics { get; init; } = "";
}

/// <summary>Runs the load test against a <see cref="DaemonProcess"/>.</summary>
public static class DaemonLoad
{
    /// <summary>Runs the clients, then checks for leaks against the baseline taken at the start.</summary>
    public static async Task<DaemonLoadReport> RunAsync(DaemonProcess daemon, DaemonLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(daemon);
        ArgumentNullException.ThrowIfNull(options);
        using var probe = new DaemonClient(daemon.SocketPath);
        DaemonStatus baseline = await SettleAsync(probe, options.SettleTimeout, cancellationToken).ConfigureAwait(false);
        int fixedBefore = FixedThreads(daemon.Pid);
        string[] fixedNamesBefore = FixedThreadNames(daemon.Pid);
        int fdsBefore = ResourceDescriptors(daemon.Pid);

        var errors = new List<string>();
        long cycles = 0, interrupted = 0, afterRestart = 0;
        var cycleMs = new List<double>[options.Clients];
        var acquireMs = new List<double>[options.Clients];
        // The kill window: from the kill until the restarted daemon is healthy, plus a margin for replies in flight.
        long killWindowStart = long.MaxValue, killWindowEnd = long.MaxValue;
        TimeSpan? restart = null;
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(options.Duration);

        async Task ClientAsync(int index)
        {
            cycleMs[index] = [];
            acquireMs[index] = [];
            await using var client = new DaemonClient(daemon.SocketPath, new DaemonClientOptions { ReconnectTimeout = TimeSpan.FromSeconds(60) });
            while (!stop.IsCancellationRequested)
            {
                long t0 = Stopwatch.GetTimestamp();
                long started = clock.ElapsedMilliseconds;
                try
                {
                    DaemonLease lease = await client.AcquireAsync(options.Snapshot, CancellationToken.None).ConfigureAwait(false);
                    double acquired = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    await using (lease.ConfigureAwait(false))
                    {
                        ExecResult r = await lease.ExecAsync(["true"], CancellationToken.None).ConfigureAwait(false);
                        if (r.ExitCode != 0)
                        {
                            throw new InvalidOperationException($"`true` exited with {r.ExitCode}: {r.StderrText}");
                        }

                        await lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
                    }

                    lock (errors)
                    {
                        cycles++;
                        if (started > Volatile.Read(ref killWindowEnd))
                        {
                            afterRestart++;
                        }
                    }

                    cycleMs[index].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    acquireMs[index].Add(acquired);
                }
                catch (Exception e)
                {
                    long now = clock.ElapsedMilliseconds;
                    long windowEnd = Volatile.Read(ref killWindowEnd);
                    bool inKillWindow = now >= Volatile.Read(ref killWindowStart) && (windowEnd == long.MaxValue || started <= windowEnd + 1000);
                    lock (errors)
                    {
                        if (inKillWindow && e is DaemonException)
                        {
                            interrupted++;
                        }
                        else
                        {
                            errors.Add($"client {index} at {now} ms: {e.GetType().Name}: {e.Message}");
                        }
                    }
                }
            }
        }

        async Task KillerAsync(TimeSpan after)
        {
            await Task.Delay(after, stop.Token).ConfigureAwait(false);
            Volatile.Write(ref killWindowStart, clock.ElapsedMilliseconds);
            await daemon.KillAsync().ConfigureAwait(false);
            var r0 = Stopwatch.StartNew();
            await daemon.RestartAsync(TimeSpan.FromSeconds(120), CancellationToken.None).ConfigureAwait(false);
            restart = r0.Elapsed;
            Volatile.Write(ref killWindowEnd, clock.ElapsedMilliseconds);
        }

        var tasks = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => ClientAsync(i), CancellationToken.None)).ToList();
        Task? killer = options.KillAfter is { } k ? KillerAsync(k) : null;
        await Task.WhenAll(tasks).ConfigureAwait(false);
        if (killer != null)
        {
            try
            {
                await killer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                errors.Add("the run ended before the kill");
            }
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double[] all = [.. cycleMs.SelectMany(l => l).Order()];
        double[] acquires = [.. acquireMs.SelectMany(l => l).Order()];

        // Leak checks: the daemon back at its idle state, with every client gone.
        var leaks = new List<string>();
        DaemonStatus after = await SettleAsync(probe, options.SettleTimeout, cancellationToken).ConfigureAwait(false);
        if (after.Leases != 0)
        {
            leaks.Add($"{after.Leases} lease(s) still held");
        }

        int idleAfter = after.Pools.Sum(p => p.Idle);
        if (after.LiveVms != idleAfter)
        {
            leaks.Add($"{after.LiveVms} live VMs but {idleAfter} idle: {after.LiveVms - idleAfter} leaked");
        }

        int fixedAfter = FixedThreads(daemon.Pid);
        int vcpuAfter = CountThreads(daemon.Pid, comm => comm.StartsWith("vcpu", StringComparison.Ordinal));
        bool restarted = options.KillAfter != null;
        // vCPU threads are pooled by the monitor: parked ones (at most VcpuThreadCache) are a cache, not a leak.
        int vcpuBound = VcpuThreadCache + after.LiveVms * options.VcpusPerVm;
        if (vcpuAfter > vcpuBound)
        {
            leaks.Add($"{vcpuAfter} vCPU threads for {after.LiveVms} live VMs (bound {vcpuBound})");
        }

        // After a restart the new process is compared with its own state at the same idle size, which SettleAsync
        // waited for; thread-pool workers grow and retire on their own schedule, so they are reported, not compared.
        if (!restarted && fixedAfter > fixedBefore)
        {
            string added = string.Join(", ", FixedThreadNames(daemon.Pid).Except(fixedNamesBefore));
            leaks.Add($"threads other than thread-pool workers: {fixedBefore} before, {fixedAfter} after (new names: {added})");
        }

        // Connections the clients closed are torn down by the daemon asynchronously: give that a moment.
        int fdsAfter = ResourceDescriptors(after.Pid);
        for (var wait = Stopwatch.StartNew(); !restarted && fdsAfter > fdsBefore && wait.Elapsed < TimeSpan.FromSeconds(10); fdsAfter = ResourceDescriptors(after.Pid))
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        if (!restarted && fdsAfter > fdsBefore)
        {
            leaks.Add($"file descriptors other than loaded assemblies: {fdsBefore} before, {fdsAfter} after");
        }

        string metrics = await probe.GetMetricsTextAsync(cancellationToken).ConfigureAwait(false);
        return new DaemonLoadReport
        {
            Cycles = cycles,
            Errors = errors,
            Interrupted = interrupted,
            CyclesAfterRestart = afterRestart,
            Throughput = cycles / seconds,
            P50Ms = Percentile(all, 0.50),
            P99Ms = Percentile(all, 0.99),
            MaxMs = all.Length == 0 ? 0 : all[^1],
            AcquireP50Ms = Percentile(acquires, 0.50),
            AcquireP99Ms = Percentile(acquires, 0.99),
            Baseline = baseline,
            After = after,
            FixedThreads = (fixedBefore, fixedAfter),
            VcpuThreads = vcpuAfter,
            ResourceFds = (fdsBefore, fdsAfter),
            Leaks = leaks,
            RestartTime = restart,
            Metrics = metrics,
        };
    }

    /// <summary>
    /// Waits until the daemon holds no lease and every pool is back at its idle target, and returns that status;
    /// returns the last status seen at the timeout.
    /// </summary>
    private static async Task<DaemonStatus> SettleAsync(DaemonClient probe, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            DaemonStatus s = await probe.GetStatusAsync(ct).ConfigureAwait(false);
            bool idle = s.Leases == 0 && s.Pools.All(p => p.Idle >= p.TargetIdle && p.Leased == 0) && s.LiveVms == s.Pools.Sum(p => p.Idle);
            if (idle || clock.Elapsed > timeout)
            {
                return s;
            }

            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Open descriptors of <paramref name="pid"/> except the runtime's mappings of managed assemblies (*.dll), which
    /// appear the first time a code path needs an assembly and stay for the life of the process by design.
    /// </summary>
    public static int ResourceDescriptors(int pid)
    {
        int n = 0;
        foreach (string fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            string? target;
            try
            {
                target = new FileInfo(fd).LinkTarget;
            }
            catch (IOException)
            {
                continue; // closed while we looked
            }

            if (target == null || !target.EndsWith(".dll", StringComparison.Ordinal))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Parked vCPU threads the monitor keeps for reuse at most (vmm/Vmm/Machine/VcpuThreads.cs).</summary>
    public const int VcpuThreadCache = 16;

    /// <summary>
    /// Threads of <paramref name="pid"/> outside the two thread pools: .NET's workers (".NET TP ...") and the monitor's
    /// vCPU threads ("vcpu..."), which are parked and reused between VMs.
    /// </summary>
    public static int FixedThreads(int pid) => CountThreads(pid, IsFixedThread);

    /// <summary>The distinct names of the threads <see cref="FixedThreads"/> counts, so that a leak says which.</summary>
    public static string[] FixedThreadNames(int pid) => [.. ThreadNames(pid).Where(IsFixedThread).Distinct().Order(StringComparer.Ordinal)];

    // Thread-pool workers and parked vCPU threads come and go with the load; the runtime's background GC and tiered
    // compilation threads start once, on the first collection or re-compilation that needs them, which may fall in
    // the load run rather than before it. None of them is a leak.
    private static bool IsFixedThread(string comm) =>
        !comm.StartsWith(".NET TP", StringComparison.Ordinal) && !comm.StartsWith("vcpu", StringComparison.Ordinal) &&
        comm is not (".NET BGC" or ".NET Tiered Com");

    /// <summary>Threads of <paramref name="pid"/> whose name matches.</summary>
    public static int CountThreads(int pid, Func<string, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return ThreadNames(pid).Count(match);
    }

    private static List<string> ThreadNames(int pid)
    {
        var names = new List<string>();
        foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                names.Add(File.ReadAllText(Path.Combine(task, "comm")).Trim());
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }

        return names;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
