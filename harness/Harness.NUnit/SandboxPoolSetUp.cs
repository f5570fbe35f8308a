// Base class for a [SetUpFixture]: it starts one sandbox pool for its namespace before any test there runs and
// destroys every sandbox after the last.
using global::NUnit.Framework;
using Harness.Sandboxes;

namespace Harness.NUnit;

/// <summary>
/// Derive from this in a class marked <c>[SetUpFixture]</c>; every <see cref="SandboxTest"/> in that namespace (and
/// below) gets its sandboxes from the pool it starts.
/// </summary>
public abstract class SandboxPoolSetUp
{
    private SandboxPool? _pool;

    /// <summary>The sandboxes the pool hands out.</summary>
    protected abstract Task<SandboxBuilder> ConfigureAsync();

    /// <summary>Pool sizing; by default two idle sandboxes, at most eight.</summary>
    protected virtual SandboxPoolOptions PoolOptions => new() { MinIdle = 2, MaxSize = 8 };

    /// <summary>Starts and registers the pool.</summary>
    [OneTimeSetUp]
    public async Task StartPoolAsync()
    {
        SandboxSpec spec = (await ConfigureAsync().ConfigureAwait(false)).Build();
        _pool = new SandboxPool(spec, PoolOptions);
        await _pool.StartAsync().ConfigureAwait(false);
        SandboxPools.Register(GetType().Namespace ?? "", _pool);
    }

    /// <summary>Unregisters the pool and destroys its sandboxes.</summary>
    [OneTimeTearDown]
    public async Task StopPoolAsync()
    {
        SandboxPools.Unregister(GetType().Namespace ?? "");
        if (_pool != null)
        {
            await _pool.DisposeAsync().ConfigureAwait(false);
        }
    }
}
