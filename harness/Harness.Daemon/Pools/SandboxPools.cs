// The daemon's pools: one harness SandboxPool per configured snapshot, each verified before it is filled. The pool
// keeps its sandboxes warm, refills in the background and destroys every sandbox whose lease ends; this class only
// names the pools and adapts their sandboxes to the daemon's seam.
using Harness.Agent;
using Harness.Sandboxes;
using Harness.Vmm.Memory;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon.Pools;

/// <summary>The daemon's pools, one <see cref="SandboxPool"/> per configured snapshot.</summary>
internal sealed class SandboxPools(DaemonOptions options, ILogger log) : ISandboxPools
{
    private readonly Dictionary<string, Entry> _pools = options.Snapshots.ToDictionary(s => s.Name, s => new Entry(s), StringComparer.Ordinal);
    private int _disposed;

    public int LiveVms => _pools.Values.Sum(e => e.Pool is { } p ? (int)(p.Created - p.Destroyed) : 0);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (Entry entry in _pools.Values)
        {
            SnapshotPoolOptions o = entry.Options;
            try
            {
                await Task.Run(() => SnapshotCheck.Verify(o.Path, log), cancellationToken).ConfigureAwait(false);
                SandboxSpec spec = new SandboxBuilder().WithSnapshot(o.Path).WithRestoreMode(Mode(o.Mode)).Build();
                var pool = new SandboxPool(spec, new SandboxPoolOptions
                {
                    MinIdle = o.MinIdle,
                    MaxSize = o.MaxSize,
                    MemoryBudgetMiB = o.MemoryBudgetMiB > 0 ? o.MemoryBudgetMiB : long.MaxValue,
                });
                entry.Pool = pool;
                await pool.StartAsync(cancellationToken).ConfigureAwait(false);
                entry.Verified = true;
                log.LogInformation("pool '{Name}' ready: {Idle} idle", o.Name, pool.Idle);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                entry.Fault = $"snapshot '{o.Name}' ({o.Path}) cannot be served: {e.Message}";
                log.LogError("{Fault}", entry.Fault);
            }
        }
    }

    public async Task<IDaemonSandbox> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (!_pools.TryGetValue(name, out Entry? entry))
        {
            throw new KeyNotFoundException($"no pool for snapshot '{name}'");
        }

        if (!entry.Verified || entry.Pool is not { } pool)
        {
            throw new PoolUnavailableException(entry.Fault ?? $"snapshot '{name}' is not verified yet");
        }

        try
        {
            SandboxLease lease = await pool.AcquireAsync(TimeSpan.FromSeconds(entry.Options.AcquireTimeoutSeconds), cancellationToken)
                .ConfigureAwait(false);
            return new PooledSandbox(lease);
        }
        catch (SandboxPoolExhaustedException e)
        {
            throw new PoolUnavailableException(e.Message, e);
        }
    }

    public IReadOnlyList<PoolSnapshot> Describe() =>
    [
        .. _pools.Values.Select(e => new PoolSnapshot(e.Options.Name, e.Pool?.Idle ?? 0, e.Options.MinIdle, e.Pool?.Leased ?? 0, e.Verified,
            e.Pool?.Created ?? 0, e.Pool?.Destroyed ?? 0, e.Pool?.AtMemoryBudget ?? false, e.Fault ?? e.Pool?.LastError?.Message)),
    ];

    /// <summary>Disposes every pool, which destroys its idle and leased sandboxes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (Entry entry in _pools.Values)
        {
            if (entry.Pool != null)
            {
                await entry.Pool.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static RestoreMode Mode(string mode) => mode switch
    {
        "eager" => RestoreMode.Eager,
        "lazy" => RestoreMode.Lazy,
        _ => RestoreMode.SharedCopyOnWrite,
    };

    private sealed class Entry(SnapshotPoolOptions options)
    {
        public SnapshotPoolOptions Options { get; } = options;
        public SandboxPool? Pool { get; set; }
        public volatile bool Verified;
        public volatile string? Fault;
    }

    /// <summary>A pooled sandbox held by a daemon lease; disposing ends the pool's lease, which destroys the VM.</summary>
    private sealed class PooledSandbox(SandboxLease lease) : IDaemonSandbox
    {
        public ulong Generation => lease.Sandbox.Vm.Generation;

        public bool IsAlive => !lease.Sandbox.Vm.Exited.IsCompleted;

        public TimeSpan RestoreToReady => lease.Sandbox.Phases.RestoreToReady;

        public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken) =>
            lease.Sandbox.ExecAsync(request, cancellationToken);

        public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken) => lease.Sandbox.ReadFileAsync(path, cancellationToken);

        public Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken) =>
            lease.Sandbox.WriteFileAsync(path, contents, cancellationToken);

        public ValueTask DisposeAsync() => lease.DisposeAsync();
    }
}
