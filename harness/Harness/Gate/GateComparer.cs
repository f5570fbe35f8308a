// The gate's decision: every metric of the baseline against the candidate. A distribution regresses only when the
// permutation test says p < alpha AND its mean moved the worse way by at least the threshold; figures without
// samples are compared within their tolerance; counters exactly unless a tolerance is stated.
using System.Globalization;

namespace Harness.Gate;

/// <summary>How the baseline and candidate figures were obtained, which decides the latency threshold.</summary>
public enum Pairing
{
    /// <summary>Measured in the same invocation (A/B interleaved), or two reports vouched for as comparable:
    /// latencies are held to min_change (5%).</summary>
    SameConditions,

    /// <summary>Both builds' benches run in the same invocation, alternating A, B, A, B: latencies are held to
    /// min_change, and a regression must also show in enough rounds (a sign test over the rounds at rounds_alpha).
    /// Samples within one run share that run's machine load, so they are not independent; the round-by-round check
    /// keeps run-to-run load swings from passing for a regression.</summary>
    Interleaved,

    /// <summary>A stored baseline against a fresh run: maybe another machine, other load. Timing figures are held to
    /// the generous cross_run_min_change bound; counters and non-timing figures keep their tolerances.</summary>
    CrossRun,
}

/// <summary>The verdicts of one gate run.</summary>
/// <param name="Baseline">The baseline report (merged over rounds when A/B).</param>
/// <param name="Candidate">The candidate report (merged over rounds when A/B).</param>
/// <param name="Config">The configuration used.</param>
/// <param name="Pairing">How the two were obtained.</param>
/// <param name="Verdicts">One per metric, baseline order, new metrics last.</param>
/// <param name="Warnings">Things the reader should know (a short report against a full one, say).</param>
public sealed record GateResult(BenchReport Baseline, BenchReport Candidate, GateConfig Config, Pairing Pairing,
    IReadOnlyList<MetricVerdict> Verdicts, IReadOnlyList<string> Warnings)
{
    /// <summary>True when no verdict fails the gate.</summary>
    public bool Passed => !Verdicts.Any(v => v.Fails);
}

/// <summary>Compares two bench reports metric by metric.</summary>
public static class GateComparer
{
    /// <summary>Compares <paramref name="candidate"/> with <paramref name="baseline"/>.</summary>
    public static GateResult Compare(BenchReport baseline, BenchReport candidate, GateConfig config, Pairing pairing)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(config);
        var verdicts = new List<MetricVerdict>();
        foreach (Metric b in baseline.Metrics.Values)
        {
            MetricRule rule = config.RuleFor(b);
            if (!candidate.Metrics.TryGetValue(b.Name, out Metric? c))
            {
                verdicts.Add(new MetricVerdict(b.Name, b.Kind, b.Unit, rule, ComparisonMethod.None, b.Value, double.NaN,
                    b.Samples.Count, 0, double.NaN, 0, Outcome.Missing,
                    rule.Gated ? "in the baseline but missing from the candidate report" : "missing from the candidate report (reported only)"));
                continue;
            }

            if (c.Kind != b.Kind)
            {
                verdicts.Add(new MetricVerdict(b.Name, b.Kind, b.Unit, rule, ComparisonMethod.None, b.Value, c.Value,
                    b.Samples.Count, c.Samples.Count, double.NaN, 0, Outcome.Missing,
                    $"a {b.Kind} in the baseline but a {c.Kind} in the candidate: the reports do not follow the same schema"));
                continue;
            }

            verdicts.Add(CompareOne(b, c, rule, config, pairing));
        }

        foreach (Metric c in candidate.Metrics.Values.Where(m => !baseline.Metrics.ContainsKey(m.Name)))
        {
            verdicts.Add(new MetricVerdict(c.Name, c.Kind, c.Unit, config.RuleFor(c), ComparisonMethod.None, double.NaN, c.Value,
                0, c.Samples.Count, double.NaN, 0, Outcome.New, "new in the candidate: nothing to compare with"));
        }

        var warnings = new List<string>();
        if (baseline.IsShort != candidate.IsShort)
        {
            warnings.Add($"the baseline ran the {(baseline.IsShort ? "short" : "full")} bench and the candidate the "
                + $"{(candidate.IsShort ? "short" : "full")} one: sample counts and some figures differ in kind");
        }

        if (pairing == Pairing.CrossRun)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"baseline and candidate were measured in different invocations: timing figures fail only beyond +{Share(config.CrossRunMinChange)} (cross-run bound); run A/B against another build (--baseline DIR) for the {Share(config.MinChange)} rule"));
        }

        return new GateResult(baseline, candidate, config, pairing, verdicts, warnings);
    }

    private static MetricVerdict CompareOne(Metric b, Metric c, MetricRule rule, GateConfig config, Pairing pairing)
    {
        bool crossRun = pairing == Pairing.CrossRun && b.IsTiming;
        double Bound(double t) => crossRun ? Math.Max(t, config.CrossRunMinChange) : t;

        bool testable = b.Kind != MetricKind.Counter && b.Samples.Count >= 1 && c.Samples.Count >= 1
            && (b.Kind == MetricKind.Distribution || (b.Samples.Count >= 2 && c.Samples.Count >= 2));
        if (testable)
        {
            PermutationResult test = PermutationTest.DifferenceOfMeans(b.Samples, c.Samples, config.Resamples, config.Seed);
            double threshold = Bound(config.MinChange);
            if (test.SmallestPossiblePValue < config.Alpha)
            {
                return Decide(b, c, rule, ComparisonMethod.PermutationTest, test.MeanA, test.MeanB, test.PValue, threshold,
                    significant: test.PValue < config.Alpha, atLeast: true, config, pairing);
            }

            if (b.Kind == MetricKind.Distribution)
            {
                return new MetricVerdict(b.Name, b.Kind, b.Unit, rule, ComparisonMethod.PermutationTest, test.MeanA, test.MeanB,
                    b.Samples.Count, c.Samples.Count, test.PValue, threshold, Outcome.Inconclusive, string.Create(CultureInfo.InvariantCulture,
                        $"too few samples ({b.Samples.Count} vs {c.Samples.Count}): the smallest p-value they allow is {test.SmallestPossiblePValue:G3}, not below {config.Alpha}; not decided"));
            }
        }
        else if (b.Kind == MetricKind.Distribution)
        {
            return new MetricVerdict(b.Name, b.Kind, b.Unit, rule, ComparisonMethod.None, b.Value, c.Value,
                b.Samples.Count, c.Samples.Count, double.NaN, 0, Outcome.Inconclusive, "a distribution without samples: not decided");
        }

        return Decide(b, c, rule, ComparisonMethod.Tolerance, b.Value, c.Value, double.NaN, Bound(rule.Tolerance),
            significant: true, atLeast: false, config, pairing);
    }

    private static MetricVerdict Decide(Metric b, Metric c, MetricRule rule, ComparisonMethod method, double baseline, double candidate,
        double p, double threshold, bool significant, bool atLeast, GateConfig config, Pairing pairing)
    {
        double change = MetricVerdict.RelativeChangeOf(baseline, candidate);
        double worse = Worse(rule, change);
        // The permutation rule is "moved by 5% or more"; a tolerance is "within", so only beyond it counts.
        bool Beyond(double x) => atLeast ? x >= threshold : x > threshold;

        // Interleaved rounds: how many rounds moved the same way as the pooled figures.
        int rounds = pairing == Pairing.Interleaved && b.RunValues.Count >= 2 && b.RunValues.Count == c.RunValues.Count ? b.RunValues.Count : 0;
        int roundsWorse = 0, roundsBetter = 0;
        for (int i = 0; i < rounds; i++)
        {
            double w = Worse(rule, MetricVerdict.RelativeChangeOf(b.RunValues[i], c.RunValues[i]));
            roundsWorse += w > 0 ? 1 : 0;
            roundsBetter += w < 0 ? 1 : 0;
        }

        Outcome outcome;
        string consistency = "";
        if (significant && Beyond(worse) && worse > 0)
        {
            outcome = rule.Gated ? Outcome.Regressed : Outcome.WorseReportOnly;
            (outcome, consistency) = CheckRounds(outcome, roundsWorse, rounds, "worse", "a regression", config);
        }
        else if (significant && rule.Direction != Direction.AnyChange && Beyond(-worse) && worse < 0)
        {
            (outcome, consistency) = CheckRounds(Outcome.Improved, roundsBetter, rounds, "better", "an improvement", config);
        }
        else
        {
            outcome = Outcome.Unchanged;
        }

        string how = method == ComparisonMethod.PermutationTest
            ? string.Create(CultureInfo.InvariantCulture, $"p = {p:G3} ({(p < config.Alpha ? "<" : "≥")} {config.Alpha}), mean {Percent(change)} (threshold {Share(threshold)})")
            : b.Kind == MetricKind.Counter
                ? string.Create(CultureInfo.InvariantCulture, $"counter{(b.Samples.Count > 1 || c.Samples.Count > 1 ? " (median over runs)" : "")}: compared {Within(threshold)}, change {Percent(change)}")
            : b.Samples.Count == 0 && c.Samples.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"no samples: compared the values {Within(threshold)}, change {Percent(change)}")
                : string.Create(CultureInfo.InvariantCulture, $"too few runs for the permutation test: compared the means over runs {Within(threshold)}, change {Percent(change)}");
        string verdict = outcome switch
        {
            Outcome.Regressed => "regression",
            Outcome.WorseReportOnly => "worse (reported only)",
            Outcome.Improved => "improvement",
            _ => "no significant change",
        };
        return new MetricVerdict(b.Name, b.Kind, b.Unit, rule, method, baseline, candidate, b.Samples.Count, c.Samples.Count, p,
            threshold, outcome, $"{how}: {verdict}{consistency}");
    }

    /// <summary>
    /// The round-by-round check of an interleaved A/B run: the pooled figures moved, but did they move in enough
    /// rounds? One-sided sign test over the rounds (under no change each round is worse or better with probability
    /// 1/2); the move stands when its p is at most rounds_alpha, is put down to run-to-run noise otherwise, and is
    /// inconclusive when there are too few rounds for any p that small.
    /// </summary>
    private static (Outcome Outcome, string Note) CheckRounds(Outcome moved, int roundsMoved, int rounds, string way, string what, GateConfig config)
    {
        if (rounds == 0)
        {
            return (moved, "");
        }

        double p = SignTestP(roundsMoved, rounds);
        string counted = string.Create(CultureInfo.InvariantCulture, $"{way} in {roundsMoved} of {rounds} interleaved rounds (sign test p = {p:G3})");
        if (SignTestP(rounds, rounds) > config.RoundsAlpha)
        {
            return (moved == Outcome.Regressed ? Outcome.Inconclusive : Outcome.Unchanged, string.Create(CultureInfo.InvariantCulture,
                $"; {counted}, but {rounds} rounds cannot tell {what} from run-to-run noise at {config.RoundsAlpha}: run at least {MinimumRounds(config.RoundsAlpha)} rounds"));
        }

        return p <= config.RoundsAlpha
            ? (moved, "; " + counted)
            : (Outcome.Unchanged, string.Create(CultureInfo.InvariantCulture, $"; only {counted} > {config.RoundsAlpha}: run-to-run noise rather than {what}"));
    }

    /// <summary>P(at least <paramref name="k"/> of <paramref name="n"/> fair coin flips come up one way).</summary>
    public static double SignTestP(int k, int n)
    {
        double tail = 0;
        for (int j = k; j <= n; j++)
        {
            tail += PermutationTest.Binomial(n, j);
        }

        return tail / Math.Pow(2, n);
    }

    /// <summary>The fewest rounds whose sign test can reach <paramref name="alpha"/>.</summary>
    public static int MinimumRounds(double alpha) => (int)Math.Ceiling(Math.Log2(1 / alpha));

    /// <summary>A relative change turned so that positive means worse under <paramref name="rule"/>.</summary>
    private static double Worse(MetricRule rule, double change) => rule.Direction switch
    {
        Direction.LowerIsWorse => -change,
        Direction.AnyChange => Math.Abs(change),
        _ => change,
    };

    private static string Within(double tolerance) =>
        tolerance == 0 ? "exactly" : string.Create(CultureInfo.InvariantCulture, $"within a tolerance of {Share(tolerance)}");

    /// <summary>A fraction as a percentage without a sign, e.g. 0.05 as "5%" (no culture-dependent space).</summary>
    public static string Share(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0.##}%");

    /// <summary>A relative change as a signed percentage, e.g. "+12.3%".</summary>
    public static string Percent(double change) => double.IsNaN(change) ? "—" : double.IsInfinity(change)
        ? (change > 0 ? "+∞%" : "−∞%")
        : string.Create(CultureInfo.InvariantCulture, $"{(change >= 0 ? "+" : "")}{change * 100:F1}%");
}
