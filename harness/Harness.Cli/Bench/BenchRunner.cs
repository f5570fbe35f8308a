// Runs the bench and produces its outputs: the report files in the output directory, the --json copy, the
// budget verdicts, and the exit code (non-zero on a breach).
using Harness.Guest;
using Harness.Reports;

namespace Harness.Cli.Bench;

internal sealed record BenchOutcome(BenchReport Report, ReportPaths Paths, int ExitCode);

internal static class BenchRunner
{
    public static async Task<BenchOutcome> RunAsync(BenchOptions options, GuestArtifacts artifacts, IBenchProgress progress,
        CancellationToken ct)
    {
        BenchReport report = await BenchFlow.RunAsync(options, artifacts, progress, ct).ConfigureAwait(false);
        if (options.BudgetsPath != null)
        {
            report = report with { Budgets = BenchBudgets.Evaluate(report, options.BudgetsPath) };
        }

        ReportPaths paths = await ReportFiles.WriteAsync(report, options.OutputDirectory, ct).ConfigureAwait(false);
        if (options.JsonPath != null)
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(options.JsonPath));
            if (dir != null)
            {
                Directory.CreateDirectory(dir);
            }

            await File.WriteAllTextAsync(options.JsonPath, BenchReportJson.Serialize(report) + "\n", ct).ConfigureAwait(false);
        }

        bool failed = report.Budgets is { Passed: false } || report.ContainersError != null;
        return new BenchOutcome(report, paths, failed ? 1 : 0);
    }
}
