// Budgets on what the pool measured: a generous one passes, a deliberately tight one fails with a message that
// names the metric, the percentile, the limit and the value.
using Harness.Budgets;
using Harness.NUnit;
using Is = Harness.NUnit.Is;

namespace Harness.Examples.Tests;

[NonParallelizable]
public class BudgetTests : SandboxTest
{
    private static Measurements Measured()
    {
        // This test's own acquire guarantees at least one sample even when it runs first.
        Measurements m = SandboxPools.Measurements;
        m.Samples("acquire").Should().NotBeNullOrEmpty();
        return m;
    }

    [Test]
    public void A_generous_budget_holds()
    {
        Assert.That(Measured(), Is.WithinBudget(new Budget("restore_to_ready", "p99", 60_000, Unit: "ms")));
        Measured().Should().BeWithinBudget(new Budget("acquire", "max", 60_000_000, Unit: "us"));
    }

    [Test]
    public void A_tight_budget_fails_and_names_the_metric()
    {
        var tight = new Budget("restore_to_ready", "p50", 0.000001, Unit: "ms");
        var failure = Assert.Throws<AssertionException>(() => Assert.That(Measured(), Is.WithinBudget(tight)))!;
        failure.Message.Should().Contain("restore_to_ready p50").And.Contain("at most 0 ms").And.Contain("over the budget");

        Action fluent = () => Measured().Should().BeWithinBudget(tight);
        fluent.Should().Throw<Exception>().WithMessage("*restore_to_ready p50*over the budget*");
    }

    [Test]
    public void A_budgets_file_is_read_and_checked()
    {
        string file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "budgets.json");
        File.WriteAllText(file, """{ "budgets": [ { "metric": "acquire", "percentile": "p99", "limit": 0.001, "unit": "us" } ] }""");
        BudgetVerdict verdict = BudgetSet.Load(file).Check(Measured());
        verdict.Passed.Should().BeFalse();
        verdict.Breaches.Single().Describe().Should().StartWith("acquire p99 is ").And.Contain("at most 0.001 us");

        File.WriteAllText(file, """{ "budgets": [ { "metric": "acquire" } ] }""");
        FluentActions.Invoking(() => BudgetSet.Load(file)).Should().Throw<BudgetFileException>().WithMessage("*exactly one of*");
    }
}
