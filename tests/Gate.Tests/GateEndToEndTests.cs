// The done-when of the gate, end to end through scripts/harness: the real bench of this build, the test-only restore
// delay (HARNESS_TEST_RESTORE_DELAY_MS) makes the gate fail, and the unchanged build passes it several times in a row.
// Slow (about a minute: a dozen short benches), so it sits in its own fixture; it needs the guest artifacts that
// scripts/build-kernel builds (scripts/test builds them first).
using System.Diagnostics;
using System.Xml.Linq;
using Harness.Guest;

namespace Harness.Gate.Tests;

[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class GateEndToEndTests
{
    // Far beyond any noise: a short-mode restore to READY takes about 5-15 ms here, and the CI bound is 4x.
    private const string Delay = "200";

    // For the interleaved A/B run, where the 5% rule applies; smaller, since it is paid in 5 candidate runs.
    private const string ABDelay = "50";

    private string _root = "";
    private string _work = "";
    private string _baseline = "";

    [OneTimeSetUp]
    public async Task MeasureABaselineNow()
    {
        _root = FindRoot();
        _work = Path.Combine(Path.GetTempPath(), $"gate-e2e-{Guid.NewGuid():N}");
        _baseline = Directory.CreateDirectory(Path.Combine(_work, "baseline")).FullName;
        // Measured in this test run, on this machine, with the same build: what the committed baseline is to CI.
        var build = new BenchBuild(_root, "baseline", new Dictionary<string, string>());
        for (int i = 1; i <= 2; i++)
        {
            await BenchProcess.RunAsync(build, Path.Combine(_baseline, $"run-{i}.json"), isShort: true, [], TestContext.Progress,
                TimeSpan.FromMinutes(10));
        }
    }

    [OneTimeTearDown]
    public void RemoveWork()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public async Task The_unchanged_build_passes_the_gate_three_times_in_a_row()
    {
        for (int i = 1; i <= 3; i++)
        {
            string output = Path.Combine(_work, $"unchanged-{i}");
            (int exit, string log) = await GateAsync(output, new Dictionary<string, string>(),
                "--baseline", _baseline, "--short", "--config", Path.Combine(_root, "baselines", "gate.json"));

            Attach(output);
            exit.Should().Be(0, $"run {i} of the unchanged build must pass:\n{log}");
            XDocument.Load(Path.Combine(output, "junit.xml")).Descendants("failure").Should().BeEmpty();
        }
    }

    [Test]
    public async Task A_restore_delay_fails_the_gate_against_the_stored_baseline()
    {
        string output = Path.Combine(_work, "delayed");
        (int exit, string log) = await GateAsync(output, new Dictionary<string, string> { [TestOnlyRestoreDelay.Variable] = Delay },
            "--baseline", _baseline, "--short", "--config", Path.Combine(_root, "baselines", "gate.json"));

        Attach(output);
        exit.Should().Be(1, log);
        var failed = XDocument.Load(Path.Combine(output, "junit.xml")).Descendants("failure")
            .Select(f => f.Parent!.Attribute("name")!.Value).ToList();
        failed.Should().Contain("restore_to_ready");
        File.ReadAllText(Path.Combine(output, "summary.md")).Should().StartWith("# Performance gate: FAILED");
    }

    [Test]
    public async Task A_restore_delay_in_the_candidate_only_fails_an_interleaved_AB_run_against_the_same_build()
    {
        string output = Path.Combine(_work, "ab");
        (int exit, string log) = await GateAsync(output, new Dictionary<string, string>(),
            "--baseline", _root, "--runs", "5", "--short", "--candidate-env", $"{TestOnlyRestoreDelay.Variable}={ABDelay}");

        Attach(output);
        exit.Should().Be(1, log);
        log.Should().Contain("round 5/5: candidate");
        XElement failure = XDocument.Load(Path.Combine(output, "junit.xml")).Descendants("failure")
            .Single(f => f.Parent!.Attribute("name")!.Value == "restore_to_ready");
        failure.Attribute("message")!.Value.Should().Contain("p = ");
        File.ReadAllText(Path.Combine(output, "summary.md")).Should().Contain("(5 runs, interleaved)").And.NotContain("cross-run bound");
    }

    private static void Attach(string output)
    {
        string summary = Path.Combine(output, "summary.md");
        if (File.Exists(summary))
        {
            TestContext.AddTestAttachment(summary);
        }
    }

    /// <summary>Runs scripts/harness gate with extra environment; returns its exit code and combined output.</summary>
    private async Task<(int Exit, string Log)> GateAsync(string output, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo(Path.Combine(_root, "scripts", "harness"))
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("gate");
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("--out");
        psi.ArgumentList.Add(output);
        psi.Environment.Remove(TestOnlyRestoreDelay.Variable);
        foreach ((string k, string v) in env)
        {
            psi.Environment[k] = v;
        }

        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        string log = await stdout + await stderr;
        await TestContext.Progress.WriteLineAsync(log[Math.Max(0, log.Length - 4000)..]);
        return (process.ExitCode, log);
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
