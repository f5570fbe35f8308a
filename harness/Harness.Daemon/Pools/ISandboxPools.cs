// The seam between the daemon and the pools underneath it: acquire a sandbox by snapshot name, drive it, destroy it.
// The daemon's leases, endpoints and metrics only ever see these two interfaces.
using Harness.Agent;

namespace Harness.Daemon.Pools;

/// <summary>A restored sandbox handed out by a pool. Disposing destroys its VM.</summary>
public interface IDaemonSandbox : IAsyncDisposable
{
    /// <summary>The VM's generation (unique per restore).</summary>
    ulong Generation { get; }

    /// <summary>How long its restore took until the agent answered.</summary>
    TimeSpan RestoreToReady { get; }

    /// <summary>False once the VM has ended.</summary>
    bool IsAlive { get; }

    /// <summary>Runs a program in the guest.</summary>
    Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken);

    /// <summary>Reads a guest file.</summary>
    Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a guest file.</summary>
    Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken);
}

/// <summary>The pools of every configured snapshot.</summary>
public interface ISandboxPools : IAsyncDisposable
{
    /// <summary>Verifies the snapshots and starts filling the pools.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Takes a sandbox of snapshot <paramref name="name"/>, from the idle ones or freshly restored.</summary>
    /// <exception cref="KeyNotFoundException">No pool has that name.</exception>
    /// <exception cref="PoolUnavailableException">The pool's snapshot failed verification or cannot be restored.</exception>
    Task<IDaemonSandbox> AcquireAsync(string name, CancellationToken cancellationToken);

    /// <summary>Each pool's idle, target and leased counts.</summary>
    IReadOnlyList<PoolSnapshot> Describe();

    /// <summary>VMs that exist right now: idle, leased, and being restored.</summary>
    int LiveVms { get; }
}

/// <summary>One pool's counters at a moment.</summary>
public sealed record PoolSnapshot(string Name, int Idle, int TargetIdle, int Leased, bool Verified, long Restores, long Destroyed,
    bool AtMemoryBudget, string? Fault);

/// <summary>A pool cannot hand out sandboxes.</summary>
public sealed class PoolUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
