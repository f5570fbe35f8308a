// The gate's finding for one metric, with everything the junit and Markdown reports print about it.
namespace Harness.Gate;

/// <summary>What the gate concluded about one metric.</summary>
public enum Outcome
{
    /// <summary>No significant change, or one below the threshold.</summary>
    Unchanged,

    /// <summary>Significantly better by at least the threshold: reported, never failing.</summary>
    Improved,

    /// <summary>Significantly worse by at least the threshold (or beyond the tolerance) on a gated metric: fails.</summary>
    Regressed,

    /// <summary>Worse beyond the threshold on a metric that is reported only.</summary>
    WorseReportOnly,

    /// <summary>Too few samples for the test to reach the significance level: not decided, said so.</summary>
    Inconclusive,

    /// <summary>In the baseline but not the candidate: fails when the metric is gated.</summary>
    Missing,

    /// <summary>In the candidate only: nothing to compare with.</summary>
    New,
}

/// <summary>How a metric was compared.</summary>
public enum ComparisonMethod
{
    /// <summary>Permutation test on the samples, then the relative change of the mean.</summary>
    PermutationTest,

    /// <summary>The values compared within a relative tolerance (no samples, or too few rounds to test).</summary>
    Tolerance,

    /// <summary>Nothing compared (missing or new).</summary>
    None,
}

/// <summary>The gate's finding for one metric.</summary>
/// <param name="Name">Metric name (dotted path in the report).</param>
/// <param name="Kind">Distribution, scalar or counter.</param>
/// <param name="Unit">Unit, or empty.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Method">How it was compared.</param>
/// <param name="Baseline">Baseline value (mean of samples for a distribution), NaN when absent.</param>
/// <param name="Candidate">Candidate value, NaN when absent.</param>
/// <param name="BaselineSamples">Samples (or rounds) behind the baseline value.</param>
/// <param name="CandidateSamples">Samples (or rounds) behind the candidate value.</param>
/// <param name="PValue">Permutation test p-value, NaN when not tested.</param>
/// <param name="Threshold">Relative change that counts (min_change, the cross-run bound, or the tolerance).</param>
/// <param name="Outcome">The finding.</param>
/// <param name="Note">One sentence on why, for the reports.</param>
public sealed record MetricVerdict(string Name, MetricKind Kind, string Unit, MetricRule Rule, ComparisonMethod Method,
    double Baseline, double Candidate, int BaselineSamples, int CandidateSamples, double PValue, double Threshold,
    Outcome Outcome, string Note)
{
    /// <summary>(Candidate − Baseline) / |Baseline|; 0 when both are 0, ±∞ when only the baseline is 0.</summary>
    public double RelativeChange => RelativeChangeOf(Baseline, Candidate);

    /// <summary>Whether this finding fails the gate.</summary>
    public bool Fails => Outcome == Outcome.Regressed || (Outcome == Outcome.Missing && Rule.Gated);

    /// <summary>Relative change from <paramref name="baseline"/> to <paramref name="candidate"/>.</summary>
    public static double RelativeChangeOf(double baseline, double candidate)
    {
        if (baseline == candidate)
        {
            return 0;
        }

        return baseline == 0 ? (candidate > 0 ? double.PositiveInfinity : double.NegativeInfinity) : (candidate - baseline) / Math.Abs(baseline);
    }
}
