// The `gate` verb in-process on two synthetic report files: exit 0 and a passing junit when nothing moved, exit 1
// and the failure in junit.xml and summary.md on a regression, exit 2 on unusable input.
using System.CommandLine;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Harness.Cli.Commands;

namespace Harness.Gate.Tests;

public sealed class GateCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"gate-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, JsonObject report)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, report.ToJsonString());
        return path;
    }

    private static async Task<int> Gate(params string[] args)
    {
        var root = new RootCommand("test") { GateCommand.Create() };
        return await root.Parse(["gate", .. args]).InvokeAsync();
    }

    private static JsonObject Report(double restoreMean, long pages, int seed) => Synthetic.Json(
        Synthetic.Distribution("restore_to_ready", Synthetic.Normal(seed, 25, restoreMean, restoreMean * 0.03)),
        Synthetic.Distribution("acquire", Synthetic.Normal(seed + 100, 25, 40, 1), "us"),
        Synthetic.Scalar("density.sandboxes", 1000),
        Synthetic.Counter("pages_written", pages));

    [Test]
    public async Task Two_reports_of_an_unchanged_build_pass()
    {
        string baseline = Write("baseline.json", Report(2.0, 300, seed: 1));
        string candidate = Write("candidate.json", Report(2.0, 300, seed: 2));
        string output = Path.Combine(_dir, "out");

        int exit = await Gate("--baseline", baseline, "--candidate", candidate, "--out", output);

        exit.Should().Be(GateCommand.ExitPassed);
        XDocument junit = XDocument.Load(Path.Combine(output, "junit.xml"));
        junit.Descendants("testcase").Should().HaveCount(4);
        junit.Descendants("failure").Should().BeEmpty();
        File.ReadAllText(Path.Combine(output, "summary.md")).Should().StartWith("# Performance gate: PASSED");
    }

    [Test]
    public async Task A_slower_restore_fails_with_exit_1_and_names_the_metric()
    {
        string baseline = Write("baseline.json", Report(2.0, 300, seed: 1));
        string candidate = Write("candidate.json", Report(2.5, 300, seed: 2));
        string output = Path.Combine(_dir, "out");

        int exit = await Gate("--baseline", baseline, "--candidate", candidate, "--out", output);

        exit.Should().Be(GateCommand.ExitRegressed);
        XElement failure = XDocument.Load(Path.Combine(output, "junit.xml")).Descendants("failure").Single();
        failure.Parent!.Attribute("name")!.Value.Should().Be("restore_to_ready");
        failure.Attribute("message")!.Value.Should().Contain("change +2").And.Contain("p = ");
        File.ReadAllText(Path.Combine(output, "summary.md")).Should().StartWith("# Performance gate: FAILED").And.Contain("**restore_to_ready**");
    }

    [Test]
    public async Task A_changed_counter_fails_and_a_config_file_can_allow_it()
    {
        string baseline = Write("baseline.json", Report(2.0, 300, seed: 1));
        string candidate = Write("candidate.json", Report(2.0, 310, seed: 2));
        string config = Path.Combine(_dir, "gate.json");
        File.WriteAllText(config, """{"metrics":{"counters.pages_written":{"tolerance":0.05}}}""");

        (await Gate("--baseline", baseline, "--candidate", candidate, "--out", Path.Combine(_dir, "a"))).Should().Be(GateCommand.ExitRegressed);
        (await Gate("--baseline", baseline, "--candidate", candidate, "--out", Path.Combine(_dir, "b"), "--config", config))
            .Should().Be(GateCommand.ExitPassed);
    }

    [Test]
    public async Task The_cross_run_pairing_tolerates_a_slower_machine()
    {
        string baseline = Write("baseline.json", Report(2.0, 300, seed: 1));
        string candidate = Write("candidate.json", Report(3.0, 300, seed: 2));

        (await Gate("--baseline", baseline, "--candidate", candidate, "--out", Path.Combine(_dir, "a"), "--pairing", "cross-run"))
            .Should().Be(GateCommand.ExitPassed);
        (await Gate("--baseline", baseline, "--candidate", candidate, "--out", Path.Combine(_dir, "b")))
            .Should().Be(GateCommand.ExitRegressed);
    }

    [Test]
    public async Task Unusable_input_exits_2()
    {
        string baseline = Write("baseline.json", Report(2.0, 300, seed: 1));
        string wrongSchema = Path.Combine(_dir, "wrong.json");
        File.WriteAllText(wrongSchema, """{"schema":"something-else"}""");
        string badConfig = Path.Combine(_dir, "bad-gate.json");
        File.WriteAllText(badConfig, """{"alpah":0.01}""");

        (await Gate("--baseline", baseline, "--candidate", wrongSchema, "--out", Path.Combine(_dir, "a"))).Should().Be(GateCommand.ExitError);
        (await Gate("--baseline", Path.Combine(_dir, "missing.json"), "--candidate", baseline, "--out", Path.Combine(_dir, "b")))
            .Should().Be(GateCommand.ExitError);
        (await Gate("--baseline", baseline, "--candidate", baseline, "--config", badConfig, "--out", Path.Combine(_dir, "c")))
            .Should().Be(GateCommand.ExitError);
        string empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        (await Gate("--baseline", empty, "--out", Path.Combine(_dir, "d"))).Should().Be(GateCommand.ExitError,
            "a directory with neither scripts/harness nor reports is no baseline");
        (await Gate("--baseline", baseline, "--candidate", baseline, "--candidate-env", "NOEQUALS", "--out", Path.Combine(_dir, "e")))
            .Should().Be(GateCommand.ExitError);
    }
}
