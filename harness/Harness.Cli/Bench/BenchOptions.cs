// What `harness bench` runs: sample counts, guest shape, density limits, outputs. --short shrinks every count so
// CI finishes in about two minutes.
using Harness.Vmm.Memory;

namespace Harness.Cli.Bench;

internal sealed record BenchOptions
{
    public required string RepositoryRoot { get; init; }

    /// <summary>Restores measured (after <see cref="WarmupRuns"/> unmeasured ones).</summary>
    public int Runs { get; init; } = 50;

    /// <summary>
    /// Unmeasured restores before the measured ones, at least. The vCPU compiles guest code on its third arrival and
    /// clones share what was compiled, so the measured restores see the steady state a pool serves from, not the first
    /// clones' compiling.
    /// </summary>
    public int WarmupRuns { get; init; } = 20;

    /// <summary>
    /// The warm-up goes on until the .NET JIT has compiled nothing for this long (or <see cref="WarmupLimit"/>): the
    /// runtime compiles each method quickly first and optimized only after it has run a while, and 20 restores ended
    /// with much of the monitor still in its quick code (restore to first exec 1.9–2.1 ms, against 1.5–1.8 ms with
    /// every method optimized from the start, in the same hour). A pool daemon or a test run is past that within
    /// seconds; the bench measures what they serve, as the container side is a long-running daemon too.
    /// </summary>
    public TimeSpan WarmupJitQuiet { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest the warm-up waits for the JIT to go quiet.</summary>
    public TimeSpan WarmupLimit { get; init; } = TimeSpan.FromSeconds(10);

    public bool Short { get; init; }

    public int Vcpus { get; init; } = 1;

    public int MemoryMiB { get; init; } = 128;

    public RestoreMode Mode { get; init; } = RestoreMode.SharedCopyOnWrite;

    /// <summary>The density sweep stops at this many idle sandboxes (0 skips the sweep).</summary>
    public int DensityMax { get; init; } = 1000;

    /// <summary>The density sweep stops when the process's memory grew by this much.</summary>
    public long DensityBudgetMiB { get; init; } = 16384;

    /// <summary>How long the density sweep measures idle CPU.</summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the density sweep leaves the sandboxes alone before measuring: the last restores' after-restore work
    /// and the runtime's own (JIT, finalizers) end within it, so the window sees sandboxes that are idle.
    /// </summary>
    public TimeSpan IdleSettle { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Sandboxes acquired from the warm pool (0 skips the pool step).</summary>
    public int AcquireRuns { get; init; } = 200;

    /// <summary>Sandboxes the pool keeps restored and idle.</summary>
    public int PoolSize { get; init; } = 4;

    public bool CompareContainers { get; init; }

    public int ContainerRuns { get; init; } = 10;

    public string OutputDirectory { get; init; } = "bench-results";

    public string? JsonPath { get; init; }

    public string? BudgetsPath { get; init; }

    /// <summary>Where the default snapshot is cached: ${HARNESS_CACHE_DIR:-~/.cache/harness}/bench.</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    public TimeSpan BootTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>The counts of --short: enough samples to exercise every step, small enough for CI.</summary>
    public BenchOptions AsShort() => this with
    {
        Short = true,
        Runs = Math.Min(Runs, 10),
        DensityMax = Math.Min(DensityMax, 8),
        IdleWindow = TimeSpan.FromSeconds(1),
        IdleSettle = TimeSpan.FromMilliseconds(500),
        AcquireRuns = Math.Min(AcquireRuns, 20),
        PoolSize = Math.Min(PoolSize, 2),
        ContainerRuns = Math.Min(ContainerRuns, 3),
        WarmupLimit = TimeSpan.FromSeconds(3),
    };

    public static string DefaultCacheDirectory()
    {
        string? root = Environment.GetEnvironmentVariable("HARNESS_CACHE_DIR");
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "harness");
        }

        return Path.Combine(root, "bench");
    }

    public string ModeName => Mode switch
    {
        RestoreMode.Eager => "eager",
        RestoreMode.Lazy => "lazy",
        _ => "shared",
    };
}
