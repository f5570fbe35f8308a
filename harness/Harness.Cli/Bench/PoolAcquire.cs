// The pool step of the bench: a SandboxPool kept warm from the default snapshot, from which sandboxes are acquired
// one at a time (each runs the first command, then its lease destroys it and the pool restores a replacement).
// Each acquire is timed with the pool back at its warm size, so the figure is the hand-out, not a restore.
using System.Diagnostics;
using Harness.Agent;
using Harness.Reports;
using Harness.Sandboxes;

namespace Harness.Cli.Bench;

internal static class PoolAcquire
{
    private static readonly TimeSpan AcquireTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RefillTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Acquire latency in µs over <see cref="BenchOptions.AcquireRuns"/> acquires.</summary>
    public static async Task<Distribution> RunAsync(string snapshotPath, BenchOptions options, IBenchProgress progress, CancellationToken ct)
    {
        SandboxSpec spec = new SandboxBuilder().WithSnapshot(snapshotPath).WithVcpus(options.Vcpus).WithMemory(options.MemoryMiB)
            .WithRestoreMode(options.Mode).Build();
        var pool = new SandboxPool(spec, new SandboxPoolOptions { MinIdle = options.PoolSize, MaxSize = options.PoolSize + 1 });
        await using (pool.ConfigureAwait(false))
        {
            using (progress.Begin($"pool: {options.PoolSize} warm"))
            {
                await pool.StartAsync(ct).ConfigureAwait(false);
            }

            var samples = new List<double>(options.AcquireRuns);
            using IBenchStep step = progress.Begin($"pool: {options.AcquireRuns} acquires + exec", options.AcquireRuns);
            // The first acquire is not measured: it pays for compiling the acquire path.
            for (int i = -1; i < options.AcquireRuns; i++)
            {
                await WaitUntilWarmAsync(pool, options.PoolSize, ct).ConfigureAwait(false);
                long t0 = Stopwatch.GetTimestamp();
                SandboxLease lease = await pool.AcquireAsync(AcquireTimeout, ct).ConfigureAwait(false);
                double us = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                if (i >= 0)
                {
                    samples.Add(us);
                }

                await using (lease.ConfigureAwait(false))
                {
                    ExecResult r = await lease.Sandbox.Agent.ExecAsync([.. BenchFlow.FirstCommand], ct).ConfigureAwait(false);
                    if (r.ExitCode != 0 || r.StdoutText.Trim() != "ok")
                    {
                        throw new BenchException($"the first command in a pooled sandbox exited {r.ExitCode}: {r.StdoutText}{r.StderrText}");
                    }
                }

                if (i >= 0 && ((i + 1) % 10 == 0 || i + 1 == options.AcquireRuns))
                {
                    step.Report(i + 1);
                }
            }

            return new Distribution("us", samples);
        }
    }

    /// <summary>Waits for the background refill to bring the pool back to <paramref name="size"/> idle sandboxes.</summary>
    private static async Task WaitUntilWarmAsync(SandboxPool pool, int size, CancellationToken ct)
    {
        long t0 = Stopwatch.GetTimestamp();
        while (pool.Idle < size)
        {
            if (Stopwatch.GetElapsedTime(t0) > RefillTimeout)
            {
                throw new BenchException($"the pool did not refill to {size} idle sandboxes within {RefillTimeout.TotalSeconds:0} s" +
                                         (pool.LastError is { } e ? $": {e.Message}" : ""));
            }

            await Task.Delay(1, ct).ConfigureAwait(false);
        }
    }
}
