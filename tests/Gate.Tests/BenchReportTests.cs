// Reading bench reports: the schema's example shape becomes distributions, scalars and counters; malformed reports
// are typed errors; several runs merge into one report.
namespace Harness.Gate.Tests;

public sealed class BenchReportTests
{
    // The example of BENCH-SCHEMA.md, with short sample arrays.
    private const string SchemaExample = """
        {
          "schema": "harness-bench/1",
          "created_utc": "2026-11-28T06:00:00Z",
          "host": { "cpus": 2, "memory_mib": 24000, "os": "Debian 12", "dotnet": "10.0.0", "git_commit": "abc123" },
          "config": { "vcpus": 1, "mem_mib": 128, "restore_mode": "shared", "runs": 3, "short": true },
          "cold_boot_ms": 512.3,
          "snapshot": { "create_ms": 120.1, "bytes": 5100000, "stored_pages": 3300, "zero_pages": 29400 },
          "restore_to_ready": { "unit": "ms", "p50_ms": 1.9, "p99_ms": 4.1, "mean_ms": 2.0, "samples": [1.9, 2.0, 2.1] },
          "phases": { "open_ms": {"p50": 0.1, "p99": 0.2} },
          "acquire": { "unit": "us", "p50_us": 5, "p99_us": 9, "samples": [5, 6, 9] },
          "density": { "sandboxes": 1000, "private_mib_per_sandbox": 2.1, "idle_cpu_percent_of_one_core": 3.2 },
          "counters": { "guest_instructions_to_ready": 67000000, "pages_touched_per_restore": 300 },
          "compare": { "containers": { "docker_start_to_first_exec_ms": {"p50_ms": 550, "samples": [540, 550, 560]}, "ratio_p50": 120.0 } },
          "budgets": { "file": "x", "passed": true, "checks": [ { "metric": "restore_to_ready", "limit": 5, "value": 4.1 } ] }
        }
        """;

    [Test]
    public void The_schema_example_becomes_metrics_of_the_right_kind_and_unit()
    {
        BenchReport r = BenchReport.Parse(SchemaExample, "example");

        r.IsShort.Should().BeTrue();
        r.CreatedUtc.Should().Be("2026-11-28T06:00:00Z");
        r.HostSummary.Should().Contain("cpus 2").And.Contain("git_commit abc123");
        r.Metrics["restore_to_ready"].Should().BeEquivalentTo(new Metric("restore_to_ready", MetricKind.Distribution, "ms", 2.0, [1.9, 2.0, 2.1]),
            o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-12)).WhenTypeIs<double>());
        r.Metrics["acquire"].Unit.Should().Be("us");
        r.Metrics["compare.containers.docker_start_to_first_exec_ms"].Kind.Should().Be(MetricKind.Distribution);
        r.Metrics["cold_boot_ms"].Should().Be(r.Metrics["cold_boot_ms"] with { Kind = MetricKind.Scalar, Unit = "ms", Value = 512.3 });
        r.Metrics["phases.open_ms.p50"].Unit.Should().Be("ms");
        r.Metrics["snapshot.bytes"].Unit.Should().Be("bytes");
        r.Metrics["density.private_mib_per_sandbox"].Unit.Should().Be("MiB");
        r.Metrics["density.idle_cpu_percent_of_one_core"].Unit.Should().Be("%");
        r.Metrics["counters.guest_instructions_to_ready"].Kind.Should().Be(MetricKind.Counter);
        r.Metrics["counters.guest_instructions_to_ready"].Value.Should().Be(67_000_000);
        r.Metrics.Keys.Should().NotContain(k => k.StartsWith("budgets", StringComparison.Ordinal) || k.StartsWith("host", StringComparison.Ordinal)
            || k.StartsWith("config", StringComparison.Ordinal) || k.StartsWith("restore_to_ready.", StringComparison.Ordinal));
    }

    [TestCase("[1, 2]", "a JSON object")]
    [TestCase("{\"cold_boot_ms\": 1}", "no \"schema\"")]
    [TestCase("{\"schema\": \"harness-bench/2\"}", "is not the")]
    [TestCase("{\"schema\": \"harness-bench/1\", \"restore_to_ready\": {\"samples\": [1, \"x\"]}}", "restore_to_ready.samples[1]")]
    [TestCase("{\"schema\": \"harness-bench/1\"", "not valid JSON")]
    public void Malformed_reports_are_typed_errors(string json, string message)
    {
        FluentActions.Invoking(() => BenchReport.Parse(json, "bad.json")).Should().Throw<BenchReportException>().WithMessage($"*{message}*");
    }

    [Test]
    public void A_missing_file_is_a_typed_error()
    {
        FluentActions.Invoking(() => BenchReport.Load("/nonexistent/report.json")).Should().Throw<BenchReportException>().WithMessage("*does not exist*");
    }

    [Test]
    public void Merging_pools_samples_and_takes_one_value_per_run_for_scalars_and_counters()
    {
        BenchReport a = Synthetic.Report(Synthetic.Distribution("restore_to_ready", [1, 2]), Synthetic.Scalar("cold_boot_ms", 500),
            Synthetic.Counter("pages", 10));
        BenchReport b = Synthetic.Report(Synthetic.Distribution("restore_to_ready", [3]), Synthetic.Scalar("cold_boot_ms", 600),
            Synthetic.Counter("pages", 30));
        BenchReport c = Synthetic.Report(Synthetic.Distribution("restore_to_ready", [4, 5]), Synthetic.Scalar("cold_boot_ms", 700),
            Synthetic.Counter("pages", 11));

        BenchReport merged = BenchReport.Merge([a, b, c], "three runs");

        merged.Rounds.Should().Be(3);
        merged.Metrics["restore_to_ready"].Samples.Should().Equal(1, 2, 3, 4, 5);
        merged.Metrics["restore_to_ready"].Value.Should().Be(3);
        merged.Metrics["cold_boot_ms"].Samples.Should().Equal(500, 600, 700);
        merged.Metrics["cold_boot_ms"].Value.Should().Be(600);
        merged.Metrics["counters.pages"].Value.Should().Be(11, "counters take the median over runs");
    }

    [Test]
    public void Merging_refuses_a_metric_whose_kind_changes()
    {
        BenchReport a = Synthetic.Report(Synthetic.Scalar("x", 1));
        BenchReport b = Synthetic.Report(Synthetic.Distribution("x", [1, 2]));

        FluentActions.Invoking(() => BenchReport.Merge([a, b], "x")).Should().Throw<ArgumentException>();
    }

    [TestCase("restore_to_ready.p99_ms", "ms")]
    [TestCase("acquire.p99_us", "us")]
    [TestCase("density.memory_budget_mib", "MiB")]
    [TestCase("counters.snapshot_bytes", "bytes")]
    [TestCase("density.sandboxes", "")]
    public void Units_follow_key_suffixes(string path, string unit) => BenchReport.InferUnit(path).Should().Be(unit);
}
