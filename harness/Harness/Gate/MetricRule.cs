// How one metric is judged: which way is worse, whether it can fail the gate, and the tolerance for figures that
// have no samples to test.
namespace Harness.Gate;

/// <summary>Which change of a metric is a regression.</summary>
public enum Direction
{
    /// <summary>Latencies, sizes, work done: a rise is a regression.</summary>
    HigherIsWorse,

    /// <summary>Capacities such as density.sandboxes: a fall is a regression.</summary>
    LowerIsWorse,

    /// <summary>Any change beyond the tolerance is a regression (a figure that must stay put).</summary>
    AnyChange,
}

/// <summary>The rule the gate applies to one metric.</summary>
/// <param name="Direction">Which change is a regression; the other way is reported as an improvement.</param>
/// <param name="Gated">Whether a regression fails the gate; ungated metrics are reported only.</param>
/// <param name="Tolerance">Relative change allowed for a figure compared without a permutation test (a scalar,
/// a counter, or a scalar with too few rounds): 0 means exact.</param>
public sealed record MetricRule(Direction Direction, bool Gated, double Tolerance)
{
    /// <summary>Reported, never failing; a rise beyond 10% is called worse, a fall beyond 10% better.</summary>
    public static MetricRule ReportOnly { get; } = new(Direction.HigherIsWorse, Gated: false, Tolerance: 0.10);

    /// <summary>Machine-independent work: gated, exact, a rise is worse.</summary>
    public static MetricRule ExactCounter { get; } = new(Direction.HigherIsWorse, Gated: true, Tolerance: 0);
}
