// The bench's budget file: bounds on percentiles and scalars, verdicts per check, typed errors for bad files.
using Harness.Cli.Bench;
using Harness.Reports;

namespace Harness.Bench.Tests;

public class BudgetTests
{
    private string _file = "";

    [SetUp]
    public void SetUp() => _file = Path.Combine(Path.GetTempPath(), $"budgets-{Guid.NewGuid():N}.json");

    [TearDown]
    public void TearDown() => File.Delete(_file);

    [Test]
    public void Percentile_and_scalar_budgets_pass_and_breach()
    {
        File.WriteAllText(_file, """
            { "budgets": [
              { "metric": "restore_to_ready", "percentile": "p99", "limit": 5, "unit": "ms" },
              { "metric": "acquire", "percentile": "p99", "limit": 100 },
              { "metric": "density.sandboxes", "at_least": 1000 },
              { "metric": "density.private_mib_per_sandbox", "limit": 2 }
            ] }
            """);
        BudgetOutcome o = BenchBudgets.Evaluate(SyntheticReport.Full(), _file);
        o.Checks.Select(c => c.Passed).Should().Equal(true, false, true, false);
        o.Checks[1].Value.Should().Be(118.5);
        o.Checks[1].Unit.Should().Be("us");
        o.Passed.Should().BeFalse();
    }

    [Test]
    public void A_figure_the_report_lacks_is_a_typed_error_naming_what_it_has()
    {
        File.WriteAllText(_file, """{ "budgets": [ { "metric": "acquire", "percentile": "p99", "limit": 100 } ] }""");
        FluentActions.Invoking(() => BenchBudgets.Evaluate(SyntheticReport.Minimal(), _file))
            .Should().Throw<BudgetFileException>().WithMessage("*acquire*");
    }

    [TestCase("not json")]
    [TestCase("""{ "limits": [] }""")]
    [TestCase("""{ "budgets": [ { "metric": "cold_boot_ms" } ] }""")]
    [TestCase("""{ "budgets": [ { "metric": "cold_boot_ms", "limit": 1, "at_least": 0 } ] }""")]
    [TestCase("""{ "budgets": [ { "metric": "cold_boot_ms", "limit": "fast" } ] }""")]
    [TestCase("""{ "budgets": [ { "metric": "restore_to_ready", "percentile": "p99", "limit": 5, "unit": "us" } ] }""")]
    public void Malformed_budget_files_are_typed_errors(string text)
    {
        File.WriteAllText(_file, text);
        FluentActions.Invoking(() => BenchBudgets.Evaluate(SyntheticReport.Full(), _file)).Should().Throw<BudgetFileException>();
    }
}
