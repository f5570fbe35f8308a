// The pools test fixtures share: one per namespace, registered by a SandboxPoolSetUp and found by SandboxTest
// through the longest namespace prefix; plus the run's shared measurements.
using System.Collections.Concurrent;
using Harness.Budgets;
using Harness.Sandboxes;

namespace Harness.NUnit;

/// <summary>Pools registered for namespaces, and measurements every fixture records into.</summary>
public static class SandboxPools
{
    private static readonly ConcurrentDictionary<string, SandboxPool> Pools = new();
    private static readonly ConcurrentDictionary<string, DaemonSandboxSource> Daemons = new();

    /// <summary>Acquire latencies ("acquire", µs) and restore phases recorded by <see cref="SandboxTest"/> in this run.</summary>
    public static Measurements Measurements { get; } = new();

    /// <summary>Registers the pool serving <paramref name="ns"/> and the namespaces below it.</summary>
    public static void Register(string ns, SandboxPool pool) => Pools[ns] = pool;

    /// <summary>Registers the pool daemon as the source of sandboxes for <paramref name="ns"/> and below.</summary>
    public static void Register(string ns, DaemonSandboxSource daemon) => Daemons[ns] = daemon;

    /// <summary>Removes the pool (or daemon source) of <paramref name="ns"/>.</summary>
    public static void Unregister(string ns)
    {
        Pools.TryRemove(ns, out _);
        Daemons.TryRemove(ns, out _);
    }

    /// <summary>A fresh sandbox for a test in <paramref name="ns"/>: from the daemon when one serves it, else the pool.</summary>
    public static async Task<TestSandbox> AcquireAsync(string? ns, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (Longest(Daemons, ns ?? "") is { } daemon)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(timeout);
            return await daemon.AcquireAsync(cts.Token).ConfigureAwait(false);
        }

        return new PooledTestSandbox(await For(ns).AcquireAsync(timeout, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The pool serving <paramref name="ns"/> (the registration with the longest matching prefix).</summary>
    /// <exception cref="InvalidOperationException">No [SetUpFixture] registered a pool for it.</exception>
    public static SandboxPool For(string? ns)
    {
        ns ??= "";
        return Longest(Pools, ns) ?? throw new InvalidOperationException(
            $"no sandbox pool serves namespace '{ns}': add a [SetUpFixture] deriving from {nameof(SandboxPoolSetUp)} in it or above it");
    }

    private static T? Longest<T>(ConcurrentDictionary<string, T> registry, string ns)
        where T : class
    {
        T? best = null;
        int bestLength = -1;
        foreach ((string key, T value) in registry)
        {
            bool covers = key.Length == 0 || ns == key || ns.StartsWith(key + ".", StringComparison.Ordinal);
            if (covers && key.Length > bestLength)
            {
                best = value;
                bestLength = key.Length;
            }
        }

        return best;
    }
}
