// `harness bench`: the main job. With no sub-verb it runs the whole bench on the default guest (cold boot,
// snapshot, restores with an exec in each, density sweep, optionally containers) and writes the reports; the
// sub-verbs measure one thing each against its reference.
using System.CommandLine;
using Harness.Budgets;
using Harness.Cli.Bench;
using Harness.Containers;
using Harness.Guest;
using Harness.Reports;
using Spectre.Console;

namespace Harness.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create()
    {
        Command bench = CreateMainJob();
        bench.Subcommands.Add(BenchBootCommand.Create());
        bench.Subcommands.Add(BenchRestoreCommand.Create());
        bench.Subcommands.Add(BenchVirtioCommand.Create());
        return bench;
    }

    /// <summary>`bench` itself, without sub-verbs: its options and the main job as its action.</summary>
    private static Command CreateMainJob()
    {
        var runs = new Option<int>("--runs") { Description = "Restores measured (each runs the first command)", DefaultValueFactory = _ => 50 };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Unmeasured restores before the measured ones, at least: the warm-up goes on until the .NET JIT has been quiet for 0.5 s (at most 10 s; 3 s with --short)",
            DefaultValueFactory = _ => 20,
        };
        var shortMode = new Option<bool>("--short") { Description = "Small counts for CI (10 restores, 20 acquires, 8 idle sandboxes): well under two minutes" };
        var vcpus = new Option<int>("--vcpus") { Description = "vCPUs of the guest (1-8)", DefaultValueFactory = _ => 1 };
        var mem = new Option<int>("--mem") { Description = "Guest RAM in MiB", DefaultValueFactory = _ => 128 };
        var mode = new Option<string>("--mode") { Description = "Restore mode: shared (copy-on-write), eager or lazy", DefaultValueFactory = _ => "shared" };
        mode.AcceptOnlyFromAmong("shared", "eager", "lazy");
        var densityBudget = new Option<long>("--density-budget-mib")
        {
            Description = "The density sweep stops when the process grew by this much (MiB)",
            DefaultValueFactory = _ => 16384,
        };
        var densityMax = new Option<int>("--density-max")
        {
            Description = "The density sweep stops at this many idle sandboxes (0 skips it)",
            DefaultValueFactory = _ => 1000,
        };
        var compare = new Option<string?>("--compare") { Description = "Also run the first command in a container and report the ratio" };
        compare.AcceptOnlyFromAmong("containers");
        var containerRuns = new Option<int>("--container-runs") { Description = "Containers started for --compare", DefaultValueFactory = _ => 10 };
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Directory for report.json, report.md, junit.xml and report.html",
            DefaultValueFactory = _ => new DirectoryInfo("bench-results"),
        };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report JSON to FILE" };
        var budgets = new Option<FileInfo?>("--budgets") { Description = "Budget file (JSON): exit non-zero when a budget is breached" };
        var plain = new Option<bool>("--plain") { Description = "Plain progress lines instead of live progress bars" };

        var bench = new Command("bench", "The main job: boot, snapshot, restore, exec, density; a table and report files. " +
                                         "Sub-verbs measure one thing each against a reference")
        {
            runs, warmup, shortMode, vcpus, mem, mode, densityBudget, densityMax, compare, containerRuns, outDir, json, budgets, plain,
        };
        bench.SetAction((p, ct) =>
        {
            var options = new BenchOptions
            {
                RepositoryRoot = RepoRoot.Find(),
                Runs = p.GetValue(runs),
                WarmupRuns = p.GetValue(warmup),
                Vcpus = p.GetValue(vcpus),
                MemoryMiB = p.GetValue(mem),
                Mode = RestoreCommand.ParseMode(p.GetValue(mode)!),
                DensityBudgetMiB = p.GetValue(densityBudget),
                DensityMax = p.GetValue(densityMax),
                CompareContainers = p.GetValue(compare) == "containers",
                ContainerRuns = p.GetValue(containerRuns),
                OutputDirectory = p.GetValue(outDir)!.FullName,
                JsonPath = p.GetValue(json)?.FullName,
                BudgetsPath = p.GetValue(budgets)?.FullName,
            };
            return RunAsync(p.GetValue(shortMode) ? options.AsShort() : options, p.GetValue(plain), ct);
        });
        return bench;
    }

    private static async Task<int> RunAsync(BenchOptions options, bool plain, CancellationToken ct)
    {
        if (options.Runs < 1 || options.DensityMax < 0 || options.DensityBudgetMiB < 1 || options.ContainerRuns < 1 || options.WarmupRuns < 1)
        {
            Console.Error.WriteLine("bench: --runs, --warmup, --container-runs and --density-budget-mib must be at least 1, --density-max at least 0");
            return 2;
        }

        if (options.BudgetsPath != null && !File.Exists(options.BudgetsPath))
        {
            Console.Error.WriteLine($"bench: the budget file {options.BudgetsPath} does not exist");
            return 2;
        }

        try
        {
            // The guest build prints its own progress (minutes from nothing, a fraction of a second when cached).
            Console.Error.WriteLine("==> the default guest: kernel, busybox and initramfs (built if missing)");
            GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(options.RepositoryRoot, Console.Error, ct).ConfigureAwait(false);
            BenchOutcome outcome;
            if (plain || !AnsiConsole.Profile.Capabilities.Interactive)
            {
                outcome = await BenchRunner.RunAsync(options, artifacts, new TextBenchProgress(Console.Error), ct).ConfigureAwait(false);
            }
            else
            {
                outcome = await AnsiConsole.Progress().AutoClear(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                        new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(ctx => BenchRunner.RunAsync(options, artifacts, new SpectreBenchProgress(ctx), ct)).ConfigureAwait(false);
            }

            if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 120)
            {
                // Logs and CI capture the table too: do not wrap it at the 80 columns Spectre assumes there.
                AnsiConsole.Profile.Width = 120;
            }

            AnsiConsole.Write(BenchTable.Build(outcome.Report, AnsiConsole.Profile.Width));
            AnsiConsole.MarkupLine(Markup.Escape($"reports: {outcome.Paths.Json}, {outcome.Paths.Markdown}, {outcome.Paths.Junit}, {outcome.Paths.Html}"));
            if (options.JsonPath != null)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"report JSON: {options.JsonPath}"));
            }

            if (outcome.Report.Budgets is { Passed: false } b)
            {
                AnsiConsole.MarkupLine($"[red]budget breached: {Markup.Escape(string.Join(", ", b.Checks.Where(c => !c.Passed).Select(c => $"{c.Metric} {c.Percentile} is {c.Value} {c.Unit}, budget {c.Describe()}")))}[/]");
            }

            if (outcome.Report.ContainersError is { } containersError)
            {
                AnsiConsole.MarkupLine($"[red]the container comparison did not run: {Markup.Escape(containersError)}[/]");
            }

            return outcome.ExitCode;
        }
        catch (Exception e) when (e is GuestArtifactsException or GuestBootException or BenchException or ContainerBaselineException
                                       or BudgetFileException)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            if (e is GuestBootException g && g.Console.Length > 0)
            {
                Console.Error.WriteLine(g.Console[Math.Max(0, g.Console.Length - 2000)..]);
            }

            return 1;
        }
    }
}
