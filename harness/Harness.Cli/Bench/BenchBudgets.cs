// Budgets for `harness bench --budgets FILE`, checked by Harness.Budgets against the report's figures: its
// distributions (restore_to_ready, first_exec, acquire, phases.*, the container comparison's) by percentile, and
// every headline figure (cold_boot_ms, density.*, restore_to_ready.p99_ms, ...) as a scalar. The verdicts go into
// report.json, junit.xml and the exit code.
using Harness.Budgets;
using Harness.Reports;

namespace Harness.Cli.Bench;

internal static class BenchBudgets
{
    /// <exception cref="BudgetFileException">The file is malformed, or a budget names a figure the report lacks.</exception>
    public static BudgetOutcome Evaluate(BenchReport report, string path)
    {
        BudgetSet set = BudgetSet.Load(path);
        BudgetVerdict verdict;
        try
        {
            verdict = set.Check(MeasurementsOf(report));
        }
        catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
        {
            throw new BudgetFileException($"{path}: {e.Message}");
        }

        return new BudgetOutcome(path, [.. verdict.Checks.Select(c =>
            new BudgetCheckResult(c.Budget.Metric, c.Budget.Percentile, c.Budget.Limit, c.Budget.AtLeast, c.Value, c.Unit, c.Passed))]);
    }

    /// <summary>The report's figures under the names report.json gives them.</summary>
    internal static Measurements MeasurementsOf(BenchReport report)
    {
        var m = new Measurements();
        void Add(string name, Distribution? d)
        {
            foreach (double s in d?.Samples ?? [])
            {
                m.Record(name, s, d!.Unit);
            }
        }

        Add("restore_to_ready", report.RestoreToReady);
        Add("first_exec", report.FirstExec);
        Add("acquire", report.Acquire);
        foreach ((string name, Distribution d) in report.Phases)
        {
            Add("phases." + name, d);
        }

        if (report.Containers is { } c)
        {
            Add("compare.containers.docker_start_to_first_exec_ms", c.DockerStartToFirstExecMs);
            Add("compare.containers.ours_restore_to_first_exec_ms", c.OursRestoreToFirstExecMs);
        }

        foreach (BenchMetric metric in BenchMetrics.Of(report))
        {
            m.Set(metric.Name, metric.Value, metric.Unit);
        }

        return m;
    }
}
