// The gate configuration: defaults, per-metric overrides from JSON, and refusal of unknown or out-of-range keys.
namespace Harness.Gate.Tests;

public sealed class GateConfigTests
{
    [Test]
    public void Defaults_are_the_issue_s_rule()
    {
        var c = new GateConfig();

        c.Alpha.Should().Be(0.01);
        c.MinChange.Should().Be(0.05);
        c.Resamples.Should().Be(10_000);
        c.RuleFor(new Metric("restore_to_ready", MetricKind.Distribution, "ms", 1, [1])).Gated.Should().BeTrue();
        c.RuleFor(new Metric("density.sandboxes", MetricKind.Scalar, "", 1, [])).Direction.Should().Be(Direction.LowerIsWorse);
        c.RuleFor(new Metric("counters.anything", MetricKind.Counter, "", 1, [])).Should().Be(MetricRule.ExactCounter);
        c.RuleFor(new Metric("snapshot.create_ms", MetricKind.Scalar, "ms", 1, [])).Gated.Should().BeFalse();
    }

    [Test]
    public void A_file_overrides_parameters_and_rules_key_by_key()
    {
        GateConfig c = GateConfig.Parse("""
            {
              "comment": "CI",
              "alpha": 0.05, "min_change": 0.1, "cross_run_min_change": 2, "resamples": 2000, "seed": 7,
              "metrics": {
                "cold_boot_ms": { "tolerance": 0.5 },
                "snapshot.create_ms": { "direction": "higher_is_worse" },
                "counters.restore_guest_instructions": { "tolerance": 0.1, "comment": "timer-driven" },
                "acquire": { "gated": false }
              }
            }
            """, "gate.json");

        c.Alpha.Should().Be(0.05);
        c.MinChange.Should().Be(0.1);
        c.CrossRunMinChange.Should().Be(2);
        c.Resamples.Should().Be(2000);
        c.Seed.Should().Be(7);
        c.Rules["cold_boot_ms"].Should().Be(new MetricRule(Direction.HigherIsWorse, true, 0.5));
        c.Rules["snapshot.create_ms"].Gated.Should().BeTrue("naming a metric in the file gates it");
        c.Rules["counters.restore_guest_instructions"].Should().Be(new MetricRule(Direction.HigherIsWorse, true, 0.1));
        c.Rules["acquire"].Gated.Should().BeFalse();
        c.Rules["restore_to_ready"].Should().Be(GateConfig.DefaultRules["restore_to_ready"]);
    }

    [TestCase("""{"alhpa": 0.01}""", "unknown key \"alhpa\"")]
    [TestCase("""{"alpha": 2}""", "must lie in")]
    [TestCase("""{"metrics": {"x": {"tolerence": 1}}}""", "unknown key \"metrics.x.tolerence\"")]
    [TestCase("""{"metrics": {"x": {"direction": "up"}}}""", "expected higher_is_worse")]
    [TestCase("""{"metrics": {"x": {"gated": "yes"}}}""", "true or false")]
    [TestCase("""{"resamples": "many"}""", "must be a number")]
    [TestCase("""[]""", "a JSON object")]
    public void Bad_configurations_are_typed_errors(string json, string message)
    {
        FluentActions.Invoking(() => GateConfig.Parse(json, "gate.json")).Should().Throw<BenchReportException>().WithMessage($"*{message}*");
    }
}
