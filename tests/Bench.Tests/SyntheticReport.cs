// A bench report made of invented figures, with every optional part present, for the report writers' tests.
using Harness.Reports;

namespace Harness.Bench.Tests;

internal static class SyntheticReport
{
    public static BenchReport Full(BudgetOutcome? budgets = null) => new()
    {
        CreatedUtc = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero),
        Host = new HostInfo(2, 24000, "Debian GNU/Linux 12", "10.0.0", "abc123"),
        Config = new BenchConfig(1, 128, "shared", 50, false),
        ColdBootMs = 512.3,
        Snapshot = new SnapshotFigures(120.1, 5_100_000, 3300, 29400, false, "/tmp/default.snap"),
        RestoreToReady = new Distribution("ms", Ramp(50, 1.5, 0.05)),
        Phases = new Dictionary<string, Distribution>
        {
            ["open_ms"] = new("ms", Ramp(50, 0.1, 0.001)),
            ["agent_ready_ms"] = new("ms", Ramp(50, 1.0, 0.02)),
        },
        FirstExec = new Distribution("ms", Ramp(50, 3, 0.1)),
        Acquire = new Distribution("us", Ramp(200, 20, 0.5)),
        Density = new DensityFigures
        {
            Sandboxes = 1000,
            MemoryBudgetMib = 16384,
            MaxSandboxes = 1000,
            StoppedBy = "count",
            PrivateMibPerSandbox = 2.1,
            PssMibPerSandbox = 3.0,
            RssMibPerSandbox = 9.0,
            ProcessPssMibPerSandbox = 6.5,
            IdleCpuPercentOfOneCore = 3.2,
            IdleCpuBaselinePercentOfOneCore = 0.4,
            IdleWakeupsPerSandboxPerSecond = 0.16,
            IdleGuestInstructionsPerSandboxPerSecond = 2_900,
            IdleSettleMs = 5_000,
            IdleWindowMs = 3000,
            RestoreAllMs = 8000,
            Curve = [new(0, 0, 0, 0, 0), new(1, 6, 6, 6, 13), new(10, 21, 30, 90, 65), new(1000, 2100, 3000, 9000, 6500)],
        },
        Counters = new CounterFigures(67_000_000, 120_000, 300, 0, 5_100_000),
        Containers = new ContainerComparison(new Distribution("ms", [550, 560, 600]), new Distribution("ms", [5, 5.5, 6]), "busybox:1"),
        Budgets = budgets,
    };

    public static BenchReport Minimal() => new()
    {
        CreatedUtc = DateTimeOffset.UnixEpoch,
        Host = new HostInfo(1, 1024, "os", "10.0.0", null),
        Config = new BenchConfig(1, 128, "shared", 1, true),
        ColdBootMs = 700,
        RestoreToReady = new Distribution("ms", [2.0]),
    };

    private static IEnumerable<double> Ramp(int n, double start, double step) => Enumerable.Range(0, n).Select(i => start + i * step);
}
