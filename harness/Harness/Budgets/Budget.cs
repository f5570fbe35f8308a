// One limit on one measured figure: a percentile of a distribution, or a scalar, at most or at least a value.
namespace Harness.Budgets;

/// <summary>A limit. <see cref="Percentile"/> is null for a scalar figure.</summary>
/// <param name="Metric">The figure's name, e.g. "restore_to_ready" or "density.sandboxes".</param>
/// <param name="Percentile">"p50", "p90", "p99", "p99.9", "max", "mean", or null for a scalar.</param>
/// <param name="Limit">The bound.</param>
/// <param name="AtLeast">True when the value must be at least <paramref name="Limit"/> (throughput, density).</param>
/// <param name="Unit">The unit the bound is in; must match the measurement's when given.</param>
public sealed record Budget(string Metric, string? Percentile, double Limit, bool AtLeast = false, string? Unit = null)
{
    /// <summary>How the budget reads in a message: "restore_to_ready p99 ≤ 5 ms".</summary>
    public override string ToString() =>
        $"{Metric}{(Percentile is null ? "" : " " + Percentile)} {(AtLeast ? "≥" : "≤")} {Limit}{(Unit is null ? "" : " " + Unit)}";
}
