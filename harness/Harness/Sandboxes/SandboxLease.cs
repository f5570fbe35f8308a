// A sandbox handed out by a pool. Disposing the lease destroys the sandbox: a used sandbox is never handed out again.
namespace Harness.Sandboxes;

/// <summary>Exclusive use of one pooled sandbox until disposed.</summary>
public sealed class SandboxLease : IAsyncDisposable
{
    private readonly SandboxPool _pool;
    private int _released;

    internal SandboxLease(SandboxPool pool, Sandbox sandbox, TimeSpan waited)
    {
        _pool = pool;
        Sandbox = sandbox;
        Waited = waited;
    }

    /// <summary>The sandbox.</summary>
    public Sandbox Sandbox { get; }

    /// <summary>How long the acquire took.</summary>
    public TimeSpan Waited { get; }

    /// <summary>Destroys the sandbox and lets the pool restore a fresh one.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            await _pool.ReleaseAsync(Sandbox).ConfigureAwait(false);
        }
    }
}
