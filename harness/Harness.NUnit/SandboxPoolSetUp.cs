// Base class for a [SetUpFixture]: it starts one sandbox pool for its namespace before any test there runs and
// destroys every sandbox after the last.
using global::NUnit.Framework;
using Harness.Daemon;
using Harness.Sandboxes;

namespace Harness.NUnit;

/// <summary>
/// Derive from this in a class marked <c>[SetUpFixture]</c>; every <see cref="SandboxTest"/> in that namespace (and
/// below) gets its sandboxes from the pool it starts.
/// </summary>
public abstract class SandboxPoolSetUp
{
    private SandboxPool? _pool;
    private DaemonClient? _daemon;

    /// <summary>The sandboxes the pool hands out.</summary>
    protected abstract Task<SandboxBuilder> ConfigureAsync();

    /// <summary>Pool sizing; by default two idle sandboxes, at most eight.</summary>
    protected virtual SandboxPoolOptions PoolOptions => new() { MinIdle = 2, MaxSize = 8 };

    /// <summary>
    /// The daemon snapshot to acquire when <c>HARNESS_DAEMON</c> is set (default: <c>HARNESS_DAEMON_SNAPSHOT</c>, else
    /// "default"). It should be the snapshot of the same recipe <see cref="ConfigureAsync"/> describes.
    /// </summary>
    protected virtual string DaemonSnapshot =>
        Environment.GetEnvironmentVariable("HARNESS_DAEMON_SNAPSHOT") is { Length: > 0 } s ? s : "default";

    /// <summary>Starts and registers the pool, or registers the daemon named by <c>HARNESS_DAEMON</c> instead.</summary>
    [OneTimeSetUp]
    public async Task StartPoolAsync()
    {
        SandboxSpec spec = (await ConfigureAsync().ConfigureAwait(false)).Build();
        _daemon = DaemonClient.FromEnvironment();
        if (_daemon != null)
        {
            SandboxPools.Register(GetType().Namespace ?? "", new DaemonSandboxSource(_daemon, DaemonSnapshot, spec.Environment));
            return;
        }

        _pool = new SandboxPool(spec, PoolOptions);
        await _pool.StartAsync().ConfigureAwait(false);
        SandboxPools.Register(GetType().Namespace ?? "", _pool);
    }

    /// <summary>Unregisters the pool and destroys its sandboxes.</summary>
    [OneTimeTearDown]
    public async Task StopPoolAsync()
    {
        SandboxPools.Unregister(GetType().Namespace ?? "");
        _daemon?.Dispose();
        if (_pool != null)
        {
            await _pool.DisposeAsync().ConfigureAwait(false);
        }
    }
}
