// The gate's decision rule on synthetic reports: p < 0.01 and a 5% move both needed to fail, direction per metric,
// improvements reported, counters exact or within tolerance, scalars within tolerance, cross-run bound.
namespace Harness.Gate.Tests;

public sealed class GateComparerTests
{
    private static readonly GateConfig Config = new();

    private static MetricVerdict Verdict(GateResult result, string name) => result.Verdicts.Single(v => v.Name == name);

    private static GateResult CompareRestore(double[] baseline, double[] candidate, Pairing pairing = Pairing.SameConditions) =>
        GateComparer.Compare(Synthetic.Report(Synthetic.Distribution("restore_to_ready", baseline)),
            Synthetic.Report(Synthetic.Distribution("restore_to_ready", candidate)), Config, pairing);

    [Test]
    public void Identical_distributions_pass()
    {
        double[] a = Synthetic.Normal(1, 20, 2.0, 0.1);

        GateResult r = CompareRestore(a, a);

        r.Passed.Should().BeTrue();
        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.Outcome.Should().Be(Outcome.Unchanged);
        v.PValue.Should().Be(1.0);
        v.Method.Should().Be(ComparisonMethod.PermutationTest);
    }

    [Test]
    public void A_20_percent_slower_distribution_with_low_noise_fails()
    {
        GateResult r = CompareRestore(Synthetic.Normal(1, 20, 2.0, 0.05), Synthetic.Normal(2, 20, 2.4, 0.05));

        r.Passed.Should().BeFalse();
        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.Outcome.Should().Be(Outcome.Regressed);
        v.PValue.Should().BeLessThan(0.01);
        v.RelativeChange.Should().BeApproximately(0.2, 0.02);
        v.Fails.Should().BeTrue();
    }

    [Test]
    public void A_significant_2_percent_move_passes_because_it_is_below_5_percent()
    {
        // Nearly no noise: the 2% shift is highly significant, and still not a regression.
        double[] a = Synthetic.Normal(3, 30, 2.0, 0.002);
        GateResult r = CompareRestore(a, Synthetic.Scale(a, 1.02));

        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.PValue.Should().BeLessThan(0.01);
        v.RelativeChange.Should().BeApproximately(0.02, 1e-9);
        v.Outcome.Should().Be(Outcome.Unchanged);
        r.Passed.Should().BeTrue();
    }

    [Test]
    public void A_large_move_hidden_in_heavy_noise_passes_because_p_is_high()
    {
        GateResult r = CompareRestore(Synthetic.Normal(5, 10, 2.0, 1.2), Synthetic.Normal(6, 10, 2.2, 1.2));

        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.PValue.Should().BeGreaterThanOrEqualTo(0.01);
        v.Outcome.Should().Be(Outcome.Unchanged);
        r.Passed.Should().BeTrue();
    }

    [Test]
    public void A_faster_candidate_is_an_improvement_and_passes()
    {
        GateResult r = CompareRestore(Synthetic.Normal(7, 20, 2.0, 0.05), Synthetic.Normal(8, 20, 1.5, 0.05));

        Verdict(r, "restore_to_ready").Outcome.Should().Be(Outcome.Improved);
        r.Passed.Should().BeTrue();
    }

    [Test]
    public void Fewer_sandboxes_is_worse_and_more_is_better()
    {
        BenchReport baseline = Synthetic.Report(Synthetic.Scalar("density.sandboxes", 1000));

        GateResult fewer = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Scalar("density.sandboxes", 800)), Config, Pairing.SameConditions);
        GateResult more = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Scalar("density.sandboxes", 1200)), Config, Pairing.SameConditions);

        MetricVerdict v = Verdict(fewer, "density.sandboxes");
        v.Outcome.Should().Be(Outcome.Regressed);
        v.Method.Should().Be(ComparisonMethod.Tolerance);
        v.Note.Should().Contain("no samples");
        Verdict(more, "density.sandboxes").Outcome.Should().Be(Outcome.Improved);
        more.Passed.Should().BeTrue();
    }

    [Test]
    public void Counters_are_exact_by_default()
    {
        BenchReport baseline = Synthetic.Report(Synthetic.Counter("pages_written", 300));

        GateResult plusOne = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Counter("pages_written", 301)), Config, Pairing.CrossRun);
        GateResult same = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Counter("pages_written", 300)), Config, Pairing.CrossRun);
        GateResult fewer = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Counter("pages_written", 299)), Config, Pairing.CrossRun);

        Verdict(plusOne, "counters.pages_written").Outcome.Should().Be(Outcome.Regressed);
        Verdict(plusOne, "counters.pages_written").Note.Should().Contain("exactly");
        Verdict(same, "counters.pages_written").Outcome.Should().Be(Outcome.Unchanged);
        Verdict(fewer, "counters.pages_written").Outcome.Should().Be(Outcome.Improved);
        fewer.Passed.Should().BeTrue();
    }

    [Test]
    public void A_counter_with_a_tolerance_passes_within_it_and_fails_beyond()
    {
        GateConfig config = GateConfig.Parse("""{"metrics":{"counters.guest_instructions":{"tolerance":0.02}}}""", "test");
        BenchReport baseline = Synthetic.Report(Synthetic.Counter("guest_instructions", 1_000_000));

        GateResult within = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Counter("guest_instructions", 1_019_000)), config, Pairing.CrossRun);
        GateResult beyond = GateComparer.Compare(baseline, Synthetic.Report(Synthetic.Counter("guest_instructions", 1_021_000)), config, Pairing.CrossRun);

        within.Passed.Should().BeTrue();
        beyond.Passed.Should().BeFalse();
        Verdict(beyond, "counters.guest_instructions").Note.Should().Contain("tolerance of 2%");
    }

    [Test]
    public void A_counter_that_must_not_move_fails_either_way()
    {
        GateConfig config = GateConfig.Parse("""{"metrics":{"counters.snapshot_bytes":{"direction":"any_change"}}}""", "test");

        GateResult r = GateComparer.Compare(Synthetic.Report(Synthetic.Counter("snapshot_bytes", 5000)),
            Synthetic.Report(Synthetic.Counter("snapshot_bytes", 4000)), config, Pairing.SameConditions);

        r.Passed.Should().BeFalse();
    }

    [Test]
    public void Cross_run_comparisons_hold_latencies_to_the_generous_bound_but_counters_stay_exact()
    {
        double[] a = Synthetic.Normal(9, 20, 2.0, 0.05);
        double[] slower = Synthetic.Scale(a, 1.5);

        GateResult same = CompareRestore(a, slower, Pairing.SameConditions);
        GateResult cross = CompareRestore(a, slower, Pairing.CrossRun);
        GateResult twice = CompareRestore(a, Synthetic.Scale(a, 2.2), Pairing.CrossRun);

        same.Passed.Should().BeFalse();
        cross.Passed.Should().BeTrue("a 50% move against a stored baseline may be the machine, not the code");
        Verdict(cross, "restore_to_ready").Threshold.Should().Be(1.0);
        cross.Warnings.Should().ContainSingle(w => w.Contains("different invocations"));
        twice.Passed.Should().BeFalse("more than twice as slow fails even across machines");
    }

    [Test]
    public void Too_few_samples_are_inconclusive_not_passed_silently()
    {
        GateResult r = CompareRestore([2.0, 2.1, 2.0], [4.0, 4.1, 4.0]);

        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.Outcome.Should().Be(Outcome.Inconclusive);
        v.Note.Should().Contain("too few samples");
        v.Fails.Should().BeFalse();
    }

    [Test]
    public void A_gated_metric_missing_from_the_candidate_fails_and_a_new_one_is_reported()
    {
        BenchReport baseline = Synthetic.Report(Synthetic.Distribution("restore_to_ready", Synthetic.Normal(1, 10, 2, 0.1)),
            Synthetic.Scalar("snapshot.create_ms", 120));
        BenchReport candidate = Synthetic.Report(Synthetic.Scalar("snapshot.create_ms", 121), Synthetic.Counter("new_counter", 5));

        GateResult r = GateComparer.Compare(baseline, candidate, Config, Pairing.SameConditions);

        Verdict(r, "restore_to_ready").Outcome.Should().Be(Outcome.Missing);
        Verdict(r, "restore_to_ready").Fails.Should().BeTrue();
        Verdict(r, "counters.new_counter").Outcome.Should().Be(Outcome.New);
        r.Passed.Should().BeFalse();
    }

    [Test]
    public void Ungated_figures_are_reported_but_never_fail()
    {
        GateResult r = GateComparer.Compare(Synthetic.Report(Synthetic.Scalar("snapshot.create_ms", 100)),
            Synthetic.Report(Synthetic.Scalar("snapshot.create_ms", 300)), Config, Pairing.SameConditions);

        MetricVerdict v = Verdict(r, "snapshot.create_ms");
        v.Rule.Gated.Should().BeFalse();
        v.Outcome.Should().Be(Outcome.WorseReportOnly);
        r.Passed.Should().BeTrue();
    }

    [Test]
    public void Scalars_measured_in_enough_rounds_are_tested_like_distributions()
    {
        var baselineRuns = Enumerable.Range(0, 8).Select(i => Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 500 + i))).ToList();
        var slowRuns = Enumerable.Range(0, 8).Select(i => Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 560 + i))).ToList();

        GateResult r = GateComparer.Compare(BenchReport.Merge(baselineRuns, "a"), BenchReport.Merge(slowRuns, "b"), Config, Pairing.SameConditions);

        MetricVerdict v = Verdict(r, "cold_boot_ms");
        v.Method.Should().Be(ComparisonMethod.PermutationTest);
        v.BaselineSamples.Should().Be(8);
        v.Outcome.Should().Be(Outcome.Regressed, "a 12% move over 8 rounds each is significant and beyond 5%");
    }

    [Test]
    public void Scalars_from_two_rounds_fall_back_to_the_tolerance_on_their_means()
    {
        BenchReport a = BenchReport.Merge([Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 500)), Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 520))], "a");
        BenchReport b = BenchReport.Merge([Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 560)), Synthetic.Report(Synthetic.Scalar("cold_boot_ms", 580))], "b");

        MetricVerdict v = Verdict(GateComparer.Compare(a, b, Config, Pairing.SameConditions), "cold_boot_ms");

        v.Method.Should().Be(ComparisonMethod.Tolerance);
        v.Note.Should().Contain("too few runs");
        v.Outcome.Should().Be(Outcome.Unchanged, "+11.5% is within cold_boot_ms's 25% tolerance");
    }

    private static BenchReport Rounds(string label, params double[][] runs) =>
        BenchReport.Merge([.. runs.Select(r => Synthetic.Report(Synthetic.Distribution("restore_to_ready", r)))], label);

    /// <summary>Rounds of 10 samples with the given means and little noise inside each run.</summary>
    private static BenchReport Rounds(string label, int seed, params double[] means) =>
        Rounds(label, [.. means.Select((m, i) => Synthetic.Normal(seed + i, 10, m, 0.3))]);

    [Test]
    public void Interleaved_rounds_keep_one_noisy_round_from_failing_the_gate()
    {
        // Rounds 1-4 of the candidate ran under load (+50%), round 5 did not: pooled, that is significant and far
        // beyond 5%, but 4 of 5 rounds is what an unchanged build shows 3 times in 16.
        BenchReport a = Rounds("a", 1, 10, 10, 10, 10, 10);
        BenchReport b = Rounds("b", 20, 15, 15, 15, 15, 9.5);

        MetricVerdict pooledOnly = Verdict(GateComparer.Compare(a, b, Config, Pairing.SameConditions), "restore_to_ready");
        MetricVerdict interleaved = Verdict(GateComparer.Compare(a, b, Config, Pairing.Interleaved), "restore_to_ready");

        pooledOnly.Outcome.Should().Be(Outcome.Regressed);
        interleaved.PValue.Should().BeLessThan(0.01);
        interleaved.Outcome.Should().Be(Outcome.Unchanged);
        interleaved.Note.Should().Contain("only worse in 4 of 5 interleaved rounds (sign test p = 0.188)");

        MetricVerdict reversed = Verdict(GateComparer.Compare(b, a, Config, Pairing.Interleaved), "restore_to_ready");
        reversed.Outcome.Should().Be(Outcome.Unchanged);
        reversed.Note.Should().Contain("only better in 4 of 5 interleaved rounds");
    }

    [Test]
    public void Interleaved_rounds_that_are_all_slower_fail_the_gate()
    {
        BenchReport a = Rounds("a", 1, 10, 14, 10, 11, 12);
        BenchReport b = Rounds("b", 20, 13, 17, 12, 12, 13);

        GateResult r = GateComparer.Compare(a, b, Config, Pairing.Interleaved);

        MetricVerdict v = Verdict(r, "restore_to_ready");
        v.Outcome.Should().Be(Outcome.Regressed);
        v.Note.Should().Contain("worse in 5 of 5 interleaved rounds (sign test p = 0.0312)");
        v.Threshold.Should().Be(0.05);
        r.Warnings.Should().BeEmpty();
    }

    [Test]
    public void Eight_rounds_tolerate_one_disturbed_round()
    {
        BenchReport a = Rounds("a", 1, 10, 10, 10, 10, 10, 10, 10, 16);
        BenchReport b = Rounds("b", 20, 12, 12, 12, 12, 12, 12, 12, 12);

        MetricVerdict v = Verdict(GateComparer.Compare(a, b, Config, Pairing.Interleaved), "restore_to_ready");

        v.Outcome.Should().Be(Outcome.Regressed);
        v.Note.Should().Contain("worse in 7 of 8 interleaved rounds (sign test p = 0.0352)");
    }

    [Test]
    public void Too_few_rounds_cannot_tell_a_regression_from_noise_and_say_so()
    {
        BenchReport a = Rounds("a", 1, 10, 10, 10);
        BenchReport b = Rounds("b", 20, 20, 20, 20);

        MetricVerdict v = Verdict(GateComparer.Compare(a, b, Config, Pairing.Interleaved), "restore_to_ready");

        v.Outcome.Should().Be(Outcome.Inconclusive);
        v.Note.Should().Contain("run at least 5 rounds");
    }

    [TestCase(5, 5, 1.0 / 32)]
    [TestCase(4, 5, 6.0 / 32)]
    [TestCase(7, 8, 9.0 / 256)]
    [TestCase(0, 3, 1.0)]
    public void Sign_test_tail_probabilities(int k, int n, double p) => GateComparer.SignTestP(k, n).Should().BeApproximately(p, 1e-12);
}
