// The whole bench in its short mode, in-process, on the real default guest: every step runs, the reports are
// written, a second run reuses the cached snapshot, and a breached budget makes the exit code non-zero.
using System.Text.Json.Nodes;
using Harness.Cli.Bench;
using Harness.Guest;

namespace Harness.Bench.Tests;

[NonParallelizable]
public class BenchFlowTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Path.Combine(Path.GetTempPath(), "bench-flow-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Test]
    [CancelAfter(240_000)]
    public async Task The_short_bench_runs_every_step_writes_the_reports_and_reuses_its_snapshot(CancellationToken ct)
    {
        string root = FindRoot();
        GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(root, TextWriter.Null, ct);
        string budgets = Path.Combine(_dir, "budgets.json");
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(budgets, """
            { "budgets": [ { "metric": "density.sandboxes", "at_least": 1 },
                           { "metric": "restore_to_ready", "percentile": "p50", "limit": 0.000001 } ] }
            """, ct);
        BenchOptions options = new BenchOptions
        {
            RepositoryRoot = root,
            CacheDirectory = Path.Combine(_dir, "cache"),
            OutputDirectory = Path.Combine(_dir, "out"),
            JsonPath = Path.Combine(_dir, "copy", "bench.json"),
            BudgetsPath = budgets,
        }.AsShort() with { DensityMax = 3, Runs = 4, AcquireRuns = 5 };
        var log = new StringWriter();

        BenchOutcome first = await BenchRunner.RunAsync(options, artifacts, new TextBenchProgress(log), ct);

        first.Report.Config.Short.Should().BeTrue();
        log.ToString().Should().MatchRegex(@"warm-up: \d+ restores in [0-9.]+ s, the JIT (quiet since|still compiling at the limit)");
        first.Report.ColdBootMs.Should().BePositive();
        first.Report.Snapshot!.Cached.Should().BeFalse("the cache directory was empty");
        first.Report.RestoreToReady.Count.Should().Be(4);
        first.Report.FirstExec!.Count.Should().Be(4);
        first.Report.FirstExec.P50.Should().BeGreaterThan(first.Report.Phases["open_ms"].P50);
        first.Report.Acquire!.Unit.Should().Be("us");
        first.Report.Acquire.Count.Should().Be(5);
        first.Report.Acquire.P50.Should().BePositive();
        first.Report.Density!.Sandboxes.Should().Be(3);
        first.Report.Density.StoppedBy.Should().Be("count");
        first.Report.Density.RssMibPerSandbox.Should().BePositive();
        first.Report.Density.Curve.Select(p => p.Sandboxes).Should().Equal(0, 1, 2, 3);
        first.Report.Counters!.GuestInstructionsToReady.Should().BePositive();
        first.Report.Counters.RestoreGuestInstructions.Should().BePositive();
        first.Report.Budgets!.Checks.Select(c => c.Passed).Should().Equal(true, false);
        first.ExitCode.Should().Be(1, "a breached budget fails the bench");

        foreach (string file in new[] { first.Paths.Json, first.Paths.Markdown, first.Paths.Junit, first.Paths.Html, options.JsonPath! })
        {
            File.Exists(file).Should().BeTrue(file);
        }

        JsonNode json = JsonNode.Parse(await File.ReadAllTextAsync(options.JsonPath!, ct))!;
        json["restore_to_ready"]!["p99_ms"]!.GetValue<double>().Should().BePositive();
        json["density"]!["sandboxes"]!.GetValue<int>().Should().Be(3);
        json["acquire"]!["p99_us"]!.GetValue<double>().Should().BePositive();
        (await File.ReadAllTextAsync(first.Paths.Html, ct)).Should().Contain("Memory per idle sandbox");
        log.ToString().Should().Contain("==> cold boot").And.Contain("==> snapshot").And.Contain("==> pool").And.Contain("==> density");

        BenchOutcome second = await BenchRunner.RunAsync(options with { BudgetsPath = null, DensityMax = 0, Runs = 2, AcquireRuns = 0 }, artifacts,
            new TextBenchProgress(TextWriter.Null), ct);
        second.Report.Snapshot!.Cached.Should().BeTrue();
        second.Report.Snapshot.Path.Should().Be(first.Report.Snapshot.Path);
        second.Report.Density.Should().BeNull();
        second.Report.Acquire.Should().BeNull();
        second.ExitCode.Should().Be(0);
    }

    [Test]
    [CancelAfter(240_000)]
    public async Task A_cached_snapshot_that_no_longer_restores_is_captured_again(CancellationToken ct)
    {
        string root = FindRoot();
        GuestArtifacts artifacts = await GuestArtifacts.LocateAsync(root, TextWriter.Null, ct);
        string cache = Path.Combine(_dir, "cache");
        string dir = DefaultSnapshot.DirectoryFor(cache, artifacts, 1, 128);
        Directory.CreateDirectory(dir);
        byte[] garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(dir, DefaultSnapshot.FileName), garbage, ct);
        await File.WriteAllTextAsync(Path.Combine(dir, "default.json"),
            System.Text.Json.JsonSerializer.Serialize(new DefaultSnapshotMetadata(1, garbage.Length, 1, 1, 1)), ct);
        var log = new StringWriter();
        BenchOptions options = new BenchOptions
        {
            RepositoryRoot = root,
            CacheDirectory = cache,
            OutputDirectory = Path.Combine(_dir, "out"),
        }.AsShort() with { DensityMax = 0, Runs = 1, AcquireRuns = 0, WarmupLimit = TimeSpan.Zero };

        BenchOutcome outcome = await BenchRunner.RunAsync(options, artifacts, new TextBenchProgress(log), ct);

        outcome.ExitCode.Should().Be(0);
        outcome.Report.Snapshot!.Cached.Should().BeFalse();
        outcome.Report.Snapshot.Bytes.Should().NotBe(garbage.Length);
        log.ToString().Should().Contain("no longer restores");
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Harness.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Harness.sln) above the test directory");
    }
}
