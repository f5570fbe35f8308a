// `harness gate`: the performance-regression gate. Compares this build's bench (or a stored report) with a baseline
// report or another build run A/B interleaved, writes junit.xml and summary.md, and exits 1 on a regression.
using System.CommandLine;
using System.Globalization;
using Harness.Gate;

namespace Harness.Cli.Commands;

internal static class GateCommand
{
    public const int ExitPassed = 0, ExitRegressed = 1, ExitError = 2;

    public static Command Create()
    {
        var baseline = new Option<string>("--baseline")
        {
            Description = "Baseline: a bench report JSON, a directory of them (merged), or a directory holding another build of the project (run A/B interleaved)",
            Required = true,
        };
        var candidate = new Option<string?>("--candidate")
        {
            Description = "Candidate report JSON (or build directory) instead of running this build's bench",
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Bench runs per side: A/B rounds against a build (default 8), fresh runs against a stored report (default 1)",
        };
        var isShort = new Option<bool>("--short") { Description = "Run the benches in their short mode" };
        var output = new Option<string>("--out")
        {
            Description = "Directory for junit.xml, summary.md and the per-run reports",
            DefaultValueFactory = _ => Path.Combine(".build", "gate"),
        };
        var config = new Option<string?>("--config") { Description = "Gate configuration JSON over the defaults (thresholds, per-metric rules)" };
        var candidateEnv = new Option<string[]>("--candidate-env")
        {
            Description = "NAME=VALUE set for the candidate's bench runs only (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var benchArgs = new Option<string[]>("--bench-arg") { Description = "An extra argument for every bench run (repeatable)" };
        var pairing = new Option<string>("--pairing")
        {
            Description = "auto: stored baseline vs fresh run is cross-run (generous timing bound), A/B or two files same-conditions (5%)",
            DefaultValueFactory = _ => "auto",
        };
        pairing.AcceptOnlyFromAmong("auto", "same", "cross-run");
        var command = new Command("gate", "Fail on a performance regression: permutation test on latency distributions, counters exactly")
        {
            baseline, candidate, runs, isShort, output, config, candidateEnv, benchArgs, pairing,
        };
        command.SetAction((p, ct) => RunAsync(p.GetValue(baseline)!, p.GetValue(candidate), p.GetValue(runs), p.GetValue(isShort),
            p.GetValue(output)!, p.GetValue(config), p.GetValue(candidateEnv) ?? [], p.GetValue(benchArgs) ?? [], p.GetValue(pairing)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string baseline, string? candidate, int runs, bool isShort, string output, string? configPath,
        string[] candidateEnv, string[] benchArgs, string pairing, CancellationToken ct)
    {
        try
        {
            var env = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string assignment in candidateEnv)
            {
                int eq = assignment.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    Console.Error.WriteLine($"gate: --candidate-env wants NAME=VALUE, not \"{assignment}\"");
                    return ExitError;
                }

                env[assignment[..eq]] = assignment[(eq + 1)..];
            }

            if (runs < 0)
            {
                Console.Error.WriteLine("gate: --runs must not be negative");
                return ExitError;
            }

            bool needsBuild = candidate == null || Directory.Exists(candidate);
            var options = new GateOptions
            {
                Baseline = baseline,
                Candidate = candidate,
                RepoRoot = needsBuild ? RepoRoot.Find() : Directory.GetCurrentDirectory(),
                Runs = runs,
                Short = isShort,
                OutputDirectory = output,
                Config = configPath == null ? new GateConfig() : GateConfig.Load(configPath),
                CandidateEnvironment = env,
                BenchArguments = benchArgs,
                Pairing = pairing switch
                {
                    "same" => Pairing.SameConditions,
                    "cross-run" => Pairing.CrossRun,
                    _ => null,
                },
            };
            GateResult result = await GateRun.RunAsync(options, Console.Error, ct).ConfigureAwait(false);
            Print(result, output);
            return result.Passed ? ExitPassed : ExitRegressed;
        }
        catch (Exception e) when (e is BenchReportException or BenchRunException or ArgumentException or IOException
            or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"gate: {e.Message}");
            return ExitError;
        }
    }

    private static void Print(GateResult result, string output)
    {
        foreach (string w in result.Warnings)
        {
            Console.WriteLine("note: " + w);
        }

        foreach (MetricVerdict v in result.Verdicts.Where(v => v.Fails || (v.Rule.Gated && v.Outcome is Outcome.Improved or Outcome.Inconclusive)))
        {
            Console.WriteLine((v.Fails ? "FAIL " : v.Outcome == Outcome.Improved ? "better " : "undecided ") + JUnitReport.Describe(v));
        }

        int failing = result.Verdicts.Count(v => v.Fails);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gate {(result.Passed ? "PASSED" : "FAILED")}: {failing} failing of {result.Verdicts.Count} metrics; {Path.Combine(output, GateRun.JUnitFile)}, {Path.Combine(output, GateRun.SummaryFile)}"));
    }
}
