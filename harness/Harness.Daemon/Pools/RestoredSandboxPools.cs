// Warm pools of guests restored from the configured snapshots: each pool keeps MinIdle restored guests ready and
// refills in the background as they are taken. A sandbox is handed out once and destroyed after use, never reused.
//
// This is the daemon's backend until the harness library's SandboxPool lands (branch wip/harness); it is kept to
// restore-and-queue so that swapping it for a wrapper around SandboxPool touches this folder only.
using System.Collections.Concurrent;
using Harness.Guest;
using Harness.Vmm.Memory;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon.Pools;

/// <summary>The daemon's pools, one per configured snapshot.</summary>
internal sealed class RestoredSandboxPools : ISandboxPools
{
    private readonly Dictionary<string, Pool> _pools = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _log;
    private readonly int _parallelRestores = Math.Max(1, Environment.ProcessorCount);
    private int _live;
    private int _disposed;

    public RestoredSandboxPools(DaemonOptions options, ILogger log)
    {
        _log = log;
        foreach (SnapshotPoolOptions s in options.Snapshots)
        {
            _pools[s.Name] = new Pool(s);
        }
    }

    public int LiveVms => Volatile.Read(ref _live);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (Pool pool in _pools.Values)
        {
            try
            {
                pool.ContentHash = await Task.Run(() => SnapshotCheck.Verify(pool.Options.Path, _log), cancellationToken).ConfigureAwait(false);
                pool.Verified = true;
                pool.Loop = Task.Run(() => RefillLoopAsync(pool), CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                pool.Fault = $"snapshot '{pool.Options.Name}' ({pool.Options.Path}) failed verification: {e.Message}";
                _log.LogError("{Fault}", pool.Fault);
            }
        }
    }

    public async Task<IDaemonSandbox> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (!_pools.TryGetValue(name, out Pool? pool))
        {
            throw new KeyNotFoundException($"no pool for snapshot '{name}'");
        }

        if (!pool.Verified)
        {
            throw new PoolUnavailableException(pool.Fault ?? $"snapshot '{name}' is not verified yet");
        }

        ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
        while (pool.Idle.TryDequeue(out RestoredSandbox? ready))
        {
            Interlocked.Decrement(ref pool.IdleCount);
            pool.Wake.Release();
            if (ready.IsAlive)
            {
                MarkLeased(pool, ready);
                return ready;
            }

            await ready.DisposeAsync().ConfigureAwait(false); // died while idle: never hand out a broken guest
        }

        // The pool is empty: restore one for this caller rather than make it wait behind the refill.
        Interlocked.Increment(ref pool.Misses);
        RestoredSandbox fresh = await RestoreAsync(pool, cancellationToken).ConfigureAwait(false);
        MarkLeased(pool, fresh);
        return fresh;
    }

    public IReadOnlyList<PoolSnapshot> Describe() =>
    [
        .. _pools.Values.Select(p => new PoolSnapshot(p.Options.Name, Volatile.Read(ref p.IdleCount), p.Options.MinIdle,
            Volatile.Read(ref p.Leased), p.Verified, Interlocked.Read(ref p.Refills), Interlocked.Read(ref p.RefillFailures), Interlocked.Read(ref p.Misses), p.Fault)),
    ];

    /// <summary>Stops refilling and destroys every idle VM; leased ones are destroyed by their leases.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (Pool pool in _pools.Values)
        {
            pool.Wake.Release();
            if (pool.Loop != null)
            {
                await pool.Loop.ConfigureAwait(false);
            }

            while (pool.Idle.TryDequeue(out RestoredSandbox? idle))
            {
                Interlocked.Decrement(ref pool.IdleCount);
                await idle.DisposeAsync().ConfigureAwait(false);
            }
        }

        _stop.Dispose();
    }

    private static void MarkLeased(Pool pool, RestoredSandbox sandbox)
    {
        sandbox.Leased = true;
        Interlocked.Increment(ref pool.Leased);
    }

    private async Task<RestoredSandbox> RestoreAsync(Pool pool, CancellationToken cancellationToken)
    {
        var request = new SnapshotRestoreRequest(pool.Options.Path) { Mode = pool.Mode, AgentTimeout = TimeSpan.FromSeconds(60) };
        Interlocked.Increment(ref _live);
        try
        {
            (BootedGuest guest, _) = await SnapshotRestore.RestoreAsync(request, cancellationToken).ConfigureAwait(false);
            RestoredSandbox? sandbox = null;
            sandbox = new RestoredSandbox(guest, () =>
            {
                Interlocked.Decrement(ref _live);
                if (sandbox!.Leased)
                {
                    Interlocked.Decrement(ref pool.Leased);
                }
            });
            return sandbox;
        }
        catch
        {
            Interlocked.Decrement(ref _live);
            throw;
        }
    }

    /// <summary>Keeps idle + restoring at MinIdle, with up to one restore per host core in flight.</summary>
    private async Task RefillLoopAsync(Pool pool)
    {
        var inFlight = new List<Task>();
        CancellationToken stop = _stop.Token;
        while (!stop.IsCancellationRequested)
        {
            inFlight.RemoveAll(t => t.IsCompleted);
            int missing = pool.Options.MinIdle - Volatile.Read(ref pool.IdleCount) - inFlight.Count;
            if (missing > 0 && inFlight.Count < _parallelRestores && !pool.BackingOff)
            {
                inFlight.Add(RefillOneAsync(pool, stop));
                continue;
            }

            Task woken = pool.Wake.WaitAsync(TimeSpan.FromSeconds(1), stop);
            Task any = inFlight.Count == 0 ? woken : Task.WhenAny(inFlight.Append(woken));
            try
            {
                await any.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
    }

    private async Task RefillOneAsync(Pool pool, CancellationToken stop)
    {
        try
        {
            RestoredSandbox sandbox = await RestoreAsync(pool, stop).ConfigureAwait(false);
            if (stop.IsCancellationRequested)
            {
                await sandbox.DisposeAsync().ConfigureAwait(false);
                return;
            }

            pool.Idle.Enqueue(sandbox);
            Interlocked.Increment(ref pool.IdleCount);
            Interlocked.Increment(ref pool.Refills);
            pool.Fault = null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref pool.RefillFailures);
            pool.Fault = $"restoring '{pool.Options.Name}' failed: {e.Message}";
            _log.LogWarning("{Fault}", pool.Fault);
            pool.BackingOff = true;
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            pool.BackingOff = false;
        }
    }

    private sealed class Pool(SnapshotPoolOptions options)
    {
        public readonly ConcurrentQueue<RestoredSandbox> Idle = new();
        public readonly SemaphoreSlim Wake = new(0);
        public int IdleCount;
        public int Leased;
        public long Refills;
        public long RefillFailures;
        public long Misses;

        public SnapshotPoolOptions Options { get; } = options;
        public RestoreMode Mode { get; } = options.Mode switch
        {
            "eager" => RestoreMode.Eager,
            "lazy" => RestoreMode.Lazy,
            _ => RestoreMode.SharedCopyOnWrite,
        };

        public volatile bool Verified;
        public volatile bool BackingOff;
        public volatile string? Fault;
        public string? ContentHash;
        public Task? Loop;
    }
}
