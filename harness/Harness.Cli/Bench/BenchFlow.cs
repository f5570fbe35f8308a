// The main job, `harness bench`: the default guest (built if missing) booted cold, captured into the default
// snapshot (cached), restored N times with the first command run in each, a warm pool acquired from, the density
// sweep, and optionally the container comparison; returns the report every output is written from.
using System.Diagnostics;
using Harness.Agent;
using Harness.Containers;
using Harness.Guest;
using Harness.Reports;
using Harness.Snapshots.Format;
using Harness.Vmm.Machine;
using Harness.Vmm.Persist;

namespace Harness.Cli.Bench;

internal static class BenchFlow
{
    /// <summary>The first command, run in every sandbox (and container) to prove it is usable.</summary>
    public static readonly IReadOnlyList<string> FirstCommand = ContainerBaseline.FirstCommand;

    private static readonly TimeSpan PowerOffTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs the bench on the located guest artifacts.</summary>
    public static async Task<BenchReport> RunAsync(BenchOptions options, GuestArtifacts artifacts, IBenchProgress progress,
        CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        MicroVmBuilder builder = new MicroVmBuilder().WithVcpus(options.Vcpus).WithMemoryMiB(options.MemoryMiB)
            .WithKernel(artifacts.KernelPath).WithInitramfs(artifacts.InitramfsPath);

        string cacheDir = DefaultSnapshot.DirectoryFor(options.CacheDirectory, artifacts, options.Vcpus, options.MemoryMiB);
        (double coldBootMs, long bootInstructions, string snapPath, DefaultSnapshotMetadata meta, bool cached) =
            await ColdBootAndSnapshotAsync(builder, cacheDir, options, progress, ct).ConfigureAwait(false);

        var request = new SnapshotRestoreRequest(snapPath) { Mode = options.Mode };
        try
        {
            using IBenchStep warm = progress.Begin(
                $"restore: unmeasured warm-up, {options.WarmupRuns} or more until the JIT is quiet for {options.WarmupJitQuiet.TotalMilliseconds:0} ms",
                options.WarmupRuns);
            (int done, TimeSpan took, bool settled) = await WarmUpAsync(request, options, warm, ct).ConfigureAwait(false);
            progress.Note(settled
                ? $"warm-up: {done} restores in {took.TotalSeconds:F1} s, the JIT quiet since"
                : $"warm-up: {done} restores in {took.TotalSeconds:F1} s, the JIT still compiling at the limit");
        }
        catch (Exception e) when (cached && e is MachineStateException or SnapshotFormatException or GuestBootException)
        {
            // A snapshot cached by an older monitor (its state no longer decodes, or its guest no longer answers):
            // make a fresh one rather than fail.
            progress.Note($"the cached snapshot no longer restores ({e.Message}); capturing a new one");
            DefaultSnapshot.Invalidate(cacheDir);
            (coldBootMs, bootInstructions, snapPath, meta, cached) =
                await ColdBootAndSnapshotAsync(builder, cacheDir, options, progress, ct).ConfigureAwait(false);
            request = request with { SnapshotPath = snapPath };
            await RestoreAndExecAsync(request, ct).ConfigureAwait(false);
        }

        RestoreSeries series = await RestoreSeriesAsync(request, options.Runs, meta.InstructionsAtCapture, progress, ct).ConfigureAwait(false);

        Distribution? acquire = null;
        if (options.AcquireRuns > 0)
        {
            acquire = await PoolAcquire.RunAsync(request.SnapshotPath, options, progress, ct).ConfigureAwait(false);
        }

        DensityFigures? density = null;
        if (options.DensityMax > 0)
        {
            density = await DensitySweep.RunAsync(request, options, progress, ct).ConfigureAwait(false);
        }

        ContainerComparison? containers = null;
        string? containersError = null;
        if (options.CompareContainers)
        {
            try
            {
                containers = await CompareContainersAsync(options, series.FirstExec, progress, ct).ConfigureAwait(false);
            }
            catch (ContainerBaselineException e)
            {
                // Everything else was measured: keep it, say why the comparison is missing, and fail the run at the end.
                containersError = e.Message;
                progress.Note($"containers: {e.Message}");
            }
        }

        return new BenchReport
        {
            CreatedUtc = DateTimeOffset.UtcNow,
            Host = HostFacts.Collect(options.RepositoryRoot),
            Config = new BenchConfig(options.Vcpus, options.MemoryMiB, options.ModeName, options.Runs, options.Short),
            ColdBootMs = coldBootMs,
            Snapshot = DefaultSnapshot.Figures(snapPath, meta, cached),
            RestoreToReady = series.RestoreToReady,
            Phases = series.Phases,
            FirstExec = series.FirstExec,
            Acquire = acquire,
            Density = density,
            Containers = containers,
            ContainersError = containersError,
            Counters = new CounterFigures(bootInstructions, series.RestoreInstructions, series.PagesWritten, 0, meta.Bytes),
        };
    }

    private static async Task<(double ColdBootMs, long Instructions, string Path, DefaultSnapshotMetadata Meta, bool Cached)>
        ColdBootAndSnapshotAsync(MicroVmBuilder builder, string cacheDir, BenchOptions options, IBenchProgress progress, CancellationToken ct)
    {
        BootedGuest guest;
        using (progress.Begin($"cold boot to READY ({options.Vcpus} vCPU, {options.MemoryMiB} MiB)"))
        {
            guest = await BootedGuest.BootAsync(builder, options.BootTimeout, ct).ConfigureAwait(false);
        }

        await using (guest.ConfigureAwait(false))
        {
            double coldBootMs = guest.TimeToReady.TotalMilliseconds;
            long instructions = guest.InstructionsToReady;
            if (DefaultSnapshot.TryFind(cacheDir) is { } found)
            {
                progress.Note($"default snapshot: reusing {found.Path}");
                await guest.PowerOffAsync(PowerOffTimeout, ct).ConfigureAwait(false);
                return (coldBootMs, instructions, found.Path, found.Metadata, true);
            }

            using (progress.Begin("snapshot: warm-up exec, capture"))
            {
                (string path, DefaultSnapshotMetadata meta) = await DefaultSnapshot.CaptureAsync(guest, cacheDir, ct).ConfigureAwait(false);
                return (coldBootMs, instructions, path, meta, false);
            }
        }
    }

    private sealed record RestoreSeries(Distribution RestoreToReady, Distribution FirstExec, IReadOnlyDictionary<string, Distribution> Phases,
        long RestoreInstructions, long PagesWritten);

    private static async Task<RestoreSeries> RestoreSeriesAsync(SnapshotRestoreRequest request, int runs, long instructionsAtCapture,
        IBenchProgress progress, CancellationToken ct)
    {
        var ready = new List<double>(runs);
        var firstExec = new List<double>(runs);
        var instructions = new List<long>(runs);
        var pages = new List<long>(runs);
        var phases = new Dictionary<string, List<double>>
        {
            ["open_ms"] = [], ["map_memory_ms"] = [], ["restore_state_ms"] = [], ["resume_ms"] = [], ["agent_ready_ms"] = [],
            ["after_restore_ms"] = [],
        };
        using (IBenchStep step = progress.Begin($"restore {runs} + first exec", runs))
        {
            for (int i = 0; i < runs; i++)
            {
                RestoreRun r = await RestoreAndExecAsync(request, ct).ConfigureAwait(false);
                ready.Add(r.Phases.RestoreToReady.TotalMilliseconds);
                firstExec.Add(r.FirstExecMs);
                pages.Add(r.PagesWritten);
                phases["open_ms"].Add(r.Phases.Open.TotalMilliseconds);
                phases["map_memory_ms"].Add(r.Phases.MapMemory.TotalMilliseconds);
                phases["restore_state_ms"].Add(r.Phases.RestoreState.TotalMilliseconds);
                phases["resume_ms"].Add(r.Phases.Resume.TotalMilliseconds);
                phases["agent_ready_ms"].Add(r.Phases.AgentReady.TotalMilliseconds);
                phases["after_restore_ms"].Add(r.Phases.AfterRestore.TotalMilliseconds);
                step.Report(i + 1, $"last {r.Phases.RestoreToReady.TotalMilliseconds:F1} ms");
            }
        }

        for (int i = 0; i < CountedRestores; i++)
        {
            instructions.Add(await CountRestoreInstructionsAsync(request, ct).ConfigureAwait(false) - instructionsAtCapture);
        }

        return new RestoreSeries(new Distribution("ms", ready), new Distribution("ms", firstExec),
            phases.ToDictionary(p => p.Key, p => new Distribution("ms", p.Value)), Median(instructions), Median(pages));
    }

    private const int CountedRestores = 3;

    /// <summary>
    /// The guest instructions of one restore until the guest is idle again after answering the agent's ping, read
    /// while paused (a running vCPU publishes its count only at the end of a slice, so a live read depends on where
    /// the slice ends: the figure would move with the host's timing). Untimed, without the after-restore hook.
    /// </summary>
    private static async Task<long> CountRestoreInstructionsAsync(SnapshotRestoreRequest request, CancellationToken ct)
    {
        (BootedGuest guest, _) = await SnapshotRestore.RestoreAsync(request with { RunAfterRestoreHook = false }, ct).ConfigureAwait(false);
        await using (guest.ConfigureAwait(false))
        {
            long deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
            while (!guest.Vm.IsIdle && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(1, ct).ConfigureAwait(false);
            }

            await guest.Vm.PauseAsync(ct).ConfigureAwait(false);
            return guest.Vm.InstructionsRetired;
        }
    }

    // Restores until both at least options.WarmupRuns ran and the JIT compiled nothing for options.WarmupJitQuiet
    // (JitInfo counts every method compiled, the optimized recompiles of hot ones included), or options.WarmupLimit.
    private static async Task<(int Done, TimeSpan Took, bool Settled)> WarmUpAsync(SnapshotRestoreRequest request, BenchOptions options,
        IBenchStep step, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        TimeSpan quietSince = TimeSpan.Zero;
        int done = 0;
        while (true)
        {
            bool settled = watch.Elapsed - quietSince >= options.WarmupJitQuiet;
            if (done >= options.WarmupRuns && (settled || watch.Elapsed >= options.WarmupLimit))
            {
                return (done, watch.Elapsed, settled);
            }

            await RestoreAndExecAsync(request, ct).ConfigureAwait(false);
            done++;
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = watch.Elapsed;
            }

            step.Report(Math.Min(done, options.WarmupRuns), $"{done} restores");
        }
    }

    private sealed record RestoreRun(RestorePhases Phases, double FirstExecMs, long InstructionsToReady, long PagesWritten);

    /// <summary>One restore, timed from the call until the first command's output is back; the sandbox is then disposed.</summary>
    private static async Task<RestoreRun> RestoreAndExecAsync(SnapshotRestoreRequest request, CancellationToken ct)
    {
        long t0 = Stopwatch.GetTimestamp();
        (BootedGuest guest, RestorePhases phases) = await SnapshotRestore.RestoreAsync(request, ct).ConfigureAwait(false);
        await using (guest.ConfigureAwait(false))
        {
            long instructions = guest.InstructionsToReady;
            ExecResult r = await guest.Agent.ExecAsync([.. FirstCommand], ct).ConfigureAwait(false);
            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            if (r.ExitCode != 0 || r.StdoutText.Trim() != "ok")
            {
                throw new BenchException($"the first command in a restored sandbox exited {r.ExitCode}: {r.StdoutText}{r.StderrText}");
            }

            return new RestoreRun(phases, ms, instructions, guest.Vm.Memory.CountDirtyPages());
        }
    }

    private static async Task<ContainerComparison> CompareContainersAsync(BenchOptions options, Distribution ours, IBenchProgress progress,
        CancellationToken ct)
    {
        ContainerRuntime runtime;
        using (progress.Begin("containers: Docker and image"))
        {
            var log = new StringWriter();
            runtime = await ContainerBaseline.PrepareAsync(options.RepositoryRoot, log, ct).ConfigureAwait(false);
            foreach (string line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                progress.Note(line);
            }
        }

        Distribution docker;
        using (IBenchStep step = progress.Begin($"containers: {options.ContainerRuns} × start + exec", options.ContainerRuns))
        {
            docker = await ContainerBaseline.MeasureAsync(runtime, options.ContainerRuns, n => step.Report(n), ct).ConfigureAwait(false);
        }

        return new ContainerComparison(docker, ours, runtime.Image);
    }

    private static long Median(List<long> values)
    {
        long[] sorted = [.. values.Order()];
        return sorted[(sorted.Length - 1) / 2];
    }
}
