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

    /// <summary>Acquire latencies ("acquire", µs) and restore phases recorded by <see cref="SandboxTest"/> in this run.</summary>
    public static Measurements Measurements { get; } = new();

    /// <summary>Registers the pool serving <paramref name="ns"/> and the namespaces below it.</summary>
    public static void Register(string ns, SandboxPool pool) => Pools[ns] = pool;

    /// <summary>Removes the pool of <paramref name="ns"/>.</summary>
    public static void Unregister(string ns) => Pools.TryRemove(ns, out _);

    /// <summary>The pool serving <paramref name="ns"/> (the registration with the longest matching prefix).</summary>
    /// <exception cref="InvalidOperationException">No [SetUpFixture] registered a pool for it.</exception>
    public static SandboxPool For(string? ns)
    {
        ns ??= "";
        SandboxPool? best = null;
        int bestLength = -1;
        foreach ((string key, SandboxPool pool) in Pools)
        {
            bool covers = key.Length == 0 || ns == key || ns.StartsWith(key + ".", StringComparison.Ordinal);
            if (covers && key.Length > bestLength)
            {
                best = pool;
                bestLength = key.Length;
            }
        }

        return best ?? throw new InvalidOperationException(
            $"no sandbox pool serves namespace '{ns}': add a [SetUpFixture] deriving from {nameof(SandboxPoolSetUp)} in it or above it");
    }
}
