// The figures of one `harness bench` run, in plain records: what report.json, report.md, junit.xml and
// report.html are all written from (schema "harness-bench/1", docs in BENCH-SCHEMA of the gate's contract).
namespace Harness.Reports;

/// <summary>Everything one bench run measured. Optional parts are null when that step did not run.</summary>
public sealed record BenchReport
{
    /// <summary>The schema identifier written into report.json.</summary>
    public const string SchemaId = "harness-bench/1";

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The machine that ran it.</summary>
    public required HostInfo Host { get; init; }

    /// <summary>How it was configured.</summary>
    public required BenchConfig Config { get; init; }

    /// <summary>Wall time of the first boot in the process, building the VM included, to the agent's READY.</summary>
    public required double ColdBootMs { get; init; }

    /// <summary>The snapshot every restore starts from.</summary>
    public SnapshotFigures? Snapshot { get; init; }

    /// <summary>Restore start until the agent answered a ping (ms).</summary>
    public required Distribution RestoreToReady { get; init; }

    /// <summary>Each restore phase (ms), keyed by its report name ("open_ms", "map_memory_ms", ...).</summary>
    public IReadOnlyDictionary<string, Distribution> Phases { get; init; } = new Dictionary<string, Distribution>();

    /// <summary>Restore start until the first command's result came back (ms).</summary>
    public Distribution? FirstExec { get; init; }

    /// <summary>Taking a ready sandbox from a warm pool (us).</summary>
    public Distribution? Acquire { get; init; }

    /// <summary>How many idle sandboxes fit, and what each costs.</summary>
    public DensityFigures? Density { get; init; }

    /// <summary>Machine-independent counts.</summary>
    public CounterFigures? Counters { get; init; }

    /// <summary>The same first command in a container, when <c>--compare containers</c> ran.</summary>
    public ContainerComparison? Containers { get; init; }

    /// <summary>Why the container comparison asked for could not run (no Docker, not root); null when it ran or was not asked for.</summary>
    public string? ContainersError { get; init; }

    /// <summary>The budget verdicts, when a budget file was given.</summary>
    public BudgetOutcome? Budgets { get; init; }
}

/// <summary>The machine a report was measured on.</summary>
public sealed record HostInfo(int Cpus, long MemoryMib, string Os, string Dotnet, string? GitCommit);

/// <summary>The configuration a report was measured with.</summary>
public sealed record BenchConfig(int Vcpus, int MemMib, string RestoreMode, int Runs, bool Short);

/// <summary>The snapshot restores start from; <see cref="Cached"/> when it was reused from an earlier run.</summary>
public sealed record SnapshotFigures(double CreateMs, long Bytes, int StoredPages, int ZeroPages, bool Cached, string Path);

/// <summary>Memory (MiB) the idle sandboxes held at one point of the density sweep.</summary>
public sealed record DensityPoint(int Sandboxes, double PrivateMib, double PssMib, double RssMib, double ProcessPssMib);

/// <summary>The density sweep's outcome.</summary>
public sealed record DensityFigures
{
    /// <summary>Idle sandboxes held at once at the end of the sweep.</summary>
    public required int Sandboxes { get; init; }

    /// <summary>The host memory budget the sweep stopped at.</summary>
    public required long MemoryBudgetMib { get; init; }

    /// <summary>The count the sweep stopped at.</summary>
    public required int MaxSandboxes { get; init; }

    /// <summary>Why the sweep stopped: "count", "budget" or an error message.</summary>
    public required string StoppedBy { get; init; }

    /// <summary>Private (copy-on-write broken or anonymous) guest RAM per sandbox.</summary>
    public required double PrivateMibPerSandbox { get; init; }

    /// <summary>Proportional set size of guest RAM per sandbox (shared pages split among sharers).</summary>
    public required double PssMibPerSandbox { get; init; }

    /// <summary>Resident guest RAM per sandbox, shared pages counted in full.</summary>
    public required double RssMibPerSandbox { get; init; }

    /// <summary>Growth of the whole process's PSS per sandbox (guest RAM, managed heap, threads, sockets).</summary>
    public required double ProcessPssMibPerSandbox { get; init; }

    /// <summary>Process CPU time while every sandbox sat idle, in percent of one core.</summary>
    public required double IdleCpuPercentOfOneCore { get; init; }

    /// <summary>Process CPU time over the same window before any sandbox existed: the runtime's own idle cost.</summary>
    public double IdleCpuBaselinePercentOfOneCore { get; init; }

    /// <summary>Times a parked vCPU was woken, per idle sandbox and second of the window: what idling costs in events.</summary>
    public double IdleWakeupsPerSandboxPerSecond { get; init; }

    /// <summary>Guest instructions retired per idle sandbox and second of the window.</summary>
    public double IdleGuestInstructionsPerSandboxPerSecond { get; init; }

    /// <summary>How long the sandboxes were left alone after the last restore before the idle window opened.</summary>
    public double IdleSettleMs { get; init; }

    /// <summary>How long the idle measurement lasted.</summary>
    public required double IdleWindowMs { get; init; }

    /// <summary>Wall time to restore all of them, one after another.</summary>
    public required double RestoreAllMs { get; init; }

    /// <summary>Measurements along the way, for the plot.</summary>
    public IReadOnlyList<DensityPoint> Curve { get; init; } = [];
}

/// <summary>Counts that do not depend on the host's speed.</summary>
public sealed record CounterFigures(long GuestInstructionsToReady, long RestoreGuestInstructions, long PagesTouchedPerRestore,
    long BytesDecompressed, long SnapshotBytes);

/// <summary>Start-to-first-exec of a container beside restore-to-first-exec of a sandbox.</summary>
public sealed record ContainerComparison(Distribution DockerStartToFirstExecMs, Distribution OursRestoreToFirstExecMs, string Image)
{
    /// <summary>How many times faster ours is at the median.</summary>
    public double RatioP50 => DockerStartToFirstExecMs.P50 / OursRestoreToFirstExecMs.P50;
}

/// <summary>One budget compared with its measured value; <see cref="Percentile"/> is null for a scalar figure.</summary>
public sealed record BudgetCheckResult(string Metric, string? Percentile, double Limit, bool AtLeast, double Value, string Unit, bool Passed)
{
    /// <summary>"restore_to_ready p99 ≤ 5 ms", "density.sandboxes ≥ 1000".</summary>
    public string Describe() => $"{Metric}{(Percentile is null ? "" : " " + Percentile)} {(AtLeast ? "≥" : "≤")} {Limit} {Unit}";
}

/// <summary>The verdicts of a budget file.</summary>
public sealed record BudgetOutcome(string File, IReadOnlyList<BudgetCheckResult> Checks)
{
    /// <summary>True when every check passed.</summary>
    public bool Passed => Checks.All(c => c.Passed);
}
