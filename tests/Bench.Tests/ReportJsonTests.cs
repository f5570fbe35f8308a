// report.json keeps the names the regression gate and the issue rely on, and every distribution carries its samples.
using System.Text.Json.Nodes;
using Harness.Reports;

namespace Harness.Bench.Tests;

public class ReportJsonTests
{
    private static JsonNode Parse(BenchReport r) => JsonNode.Parse(BenchReportJson.Serialize(r))!;

    [Test]
    public void The_contract_keys_are_present_with_their_exact_names()
    {
        JsonNode j = Parse(SyntheticReport.Full());
        j["schema"]!.GetValue<string>().Should().Be("harness-bench/1");
        j["cold_boot_ms"]!.GetValue<double>().Should().Be(512.3);
        j["restore_to_ready"]!["p50_ms"]!.GetValue<double>().Should().Be(2.7);
        j["restore_to_ready"]!["p99_ms"]!.GetValue<double>().Should().Be(3.95);
        j["acquire"]!["p99_us"]!.GetValue<double>().Should().Be(118.5);
        j["density"]!["sandboxes"]!.GetValue<int>().Should().Be(1000);
        j["density"]!["private_mib_per_sandbox"]!.GetValue<double>().Should().Be(2.1);
    }

    [Test]
    public void The_schema_sections_are_present()
    {
        JsonNode j = Parse(SyntheticReport.Full());
        foreach (string key in new[] { "created_utc", "host", "config", "snapshot", "restore_to_ready", "phases", "first_exec", "acquire",
                     "density", "counters", "compare" })
        {
            j[key].Should().NotBeNull(key);
        }

        j["host"]!["cpus"]!.GetValue<int>().Should().Be(2);
        j["config"]!["restore_mode"]!.GetValue<string>().Should().Be("shared");
        j["config"]!["short"]!.GetValue<bool>().Should().BeFalse();
        j["phases"]!["open_ms"]!["p50"].Should().NotBeNull();
        j["counters"]!["guest_instructions_to_ready"]!.GetValue<long>().Should().Be(67_000_000);
        j["compare"]!["containers"]!["ratio_p50"]!.GetValue<double>().Should().Be(101.818);
        j["density"]!["idle_cpu_percent_of_one_core"]!.GetValue<double>().Should().Be(3.2);
        j["density"]!["idle_cpu_baseline_percent_of_one_core"]!.GetValue<double>().Should().Be(0.4);
        j["density"]!["idle_wakeups_per_sandbox_per_s"]!.GetValue<double>().Should().Be(0.16);
        j["density"]!["idle_guest_instructions_per_sandbox_per_s"]!.GetValue<double>().Should().Be(2_900);
        j["density"]!["idle_settle_ms"]!.GetValue<double>().Should().Be(5_000);
    }

    [Test]
    public void Every_distribution_carries_all_its_samples_in_order()
    {
        JsonNode j = Parse(SyntheticReport.Full());
        JsonArray samples = j["acquire"]!["samples"]!.AsArray();
        samples.Should().HaveCount(200);
        samples[0]!.GetValue<double>().Should().Be(20);
        samples[199]!.GetValue<double>().Should().Be(119.5);
        j["acquire"]!["unit"]!.GetValue<string>().Should().Be("us");
        j["restore_to_ready"]!["samples"]!.AsArray().Should().HaveCount(50);
        j["first_exec"]!["samples"]!.AsArray().Should().HaveCount(50);
    }

    [Test]
    public void Parts_that_did_not_run_are_absent_not_zero()
    {
        JsonNode j = Parse(SyntheticReport.Minimal());
        j["acquire"].Should().BeNull();
        j["density"].Should().BeNull();
        j["compare"].Should().BeNull();
        j["budgets"].Should().BeNull();
        j["restore_to_ready"]!["p99_ms"]!.GetValue<double>().Should().Be(2);
    }

    [Test]
    public void Budget_verdicts_are_written_with_the_checks()
    {
        var budgets = new BudgetOutcome("budgets.json", [new("restore_to_ready", "p99", 5, false, 3.95, "ms", true),
            new("acquire", "p99", 100, false, 118.5, "us", false)]);
        JsonNode j = Parse(SyntheticReport.Full(budgets));
        j["budgets"]!["passed"]!.GetValue<bool>().Should().BeFalse();
        j["budgets"]!["checks"]!.AsArray().Should().HaveCount(2);
        j["budgets"]!["checks"]![1]!["metric"]!.GetValue<string>().Should().Be("acquire");
        j["budgets"]!["checks"]![1]!["passed"]!.GetValue<bool>().Should().BeFalse();
        j["budgets"]!["checks"]![1]!["at_least"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public void A_comparison_that_could_not_run_says_why()
    {
        JsonNode j = Parse(SyntheticReport.Minimal() with { ContainersError = "dockerd is not running" });
        j["compare"]!["containers"]!["error"]!.GetValue<string>().Should().Be("dockerd is not running");
        j["compare"]!["containers"]!["ratio_p50"].Should().BeNull();
        MarkdownReport.Render(SyntheticReport.Minimal() with { ContainersError = "x" }).Should().Contain("Not measured: x");
    }
}
