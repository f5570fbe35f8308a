// junit.xml and summary.md: one testcase per metric, failures naming metric, means, change and p; the Markdown
// verdict and table.
using System.Xml.Linq;

namespace Harness.Gate.Tests;

public sealed class ReportOutputTests
{
    private static GateResult Failing()
    {
        BenchReport baseline = Synthetic.Report(Synthetic.Distribution("restore_to_ready", Synthetic.Normal(1, 20, 2.0, 0.05)),
            Synthetic.Distribution("acquire", Synthetic.Normal(2, 20, 50, 1), "us"), Synthetic.Counter("pages_touched_per_restore", 300),
            Synthetic.Distribution("first_exec", [1.0, 1.1]));
        BenchReport candidate = Synthetic.Report(Synthetic.Distribution("restore_to_ready", Synthetic.Normal(3, 20, 3.0, 0.05)),
            Synthetic.Distribution("acquire", Synthetic.Normal(4, 20, 50, 1), "us"), Synthetic.Counter("pages_touched_per_restore", 300),
            Synthetic.Distribution("first_exec", [1.0, 1.2]));
        return GateComparer.Compare(baseline, candidate, new GateConfig(), Pairing.SameConditions);
    }

    [Test]
    public void Junit_has_one_testcase_per_metric_and_a_failure_that_names_the_regression()
    {
        XDocument doc = JUnitReport.Build(Failing());

        XElement suite = doc.Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.Should().Be("4");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Attribute("skipped")!.Value.Should().Be("1");
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).Should().Equal("restore_to_ready", "acquire", "counters.pages_touched_per_restore", "first_exec");
        XElement failure = cases[0].Element("failure")!;
        string message = failure.Attribute("message")!.Value;
        message.Should().StartWith("restore_to_ready: baseline mean 2").And.Contain("candidate mean 2.99").And.Contain("change +48.7%").And.Contain("p = ");
        cases[1].Element("failure").Should().BeNull();
        cases[2].Attribute("classname")!.Value.Should().Be("gate.counter");
        cases[3].Element("skipped").Should().NotBeNull();
    }

    [Test]
    public void Junit_round_trips_through_a_file()
    {
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"junit-{Guid.NewGuid():N}.xml");
        try
        {
            JUnitReport.Write(Failing(), path);

            XDocument.Load(path).Descendants("failure").Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Markdown_states_the_verdict_the_failures_and_every_metric()
    {
        string md = MarkdownSummary.Build(Failing());

        md.Should().StartWith("# Performance gate: FAILED");
        md.Should().Contain("## Failures").And.Contain("- **restore_to_ready**");
        md.Should().Contain("| metric | kind | gated | baseline | candidate | change | p | n (base/cand) | verdict |");
        md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)).Should().Be(5, "a header row and one row per metric");
        md.Should().Contain("**regressed**").And.Contain("inconclusive").And.Contain("20/20");
    }

    [Test]
    public void A_passing_summary_has_no_failure_section()
    {
        double[] a = Synthetic.Normal(1, 20, 2.0, 0.05);
        GateResult r = GateComparer.Compare(Synthetic.Report(Synthetic.Distribution("restore_to_ready", a)),
            Synthetic.Report(Synthetic.Distribution("restore_to_ready", a)), new GateConfig(), Pairing.SameConditions);

        string md = MarkdownSummary.Build(r);

        md.Should().StartWith("# Performance gate: PASSED").And.NotContain("## Failures");
        JUnitReport.Build(r).Descendants("failure").Should().BeEmpty();
    }

    [Test]
    public void A_missing_metric_is_described_without_a_change()
    {
        GateResult r = GateComparer.Compare(Synthetic.Report(Synthetic.Scalar("density.sandboxes", 8)), Synthetic.Report(),
            new GateConfig(), Pairing.CrossRun);

        JUnitReport.Describe(r.Verdicts.Single()).Should()
            .Be("density.sandboxes: baseline 8, candidate —, change —, no permutation test; missing (in the baseline but missing from the candidate report)");
    }

    [TestCase(double.NaN, "ms", "—")]
    [TestCase(1.23456, "ms", "1.235 ms")]
    [TestCase(67000000.0, "", "67,000,000")]
    [TestCase(300.0, "", "300")]
    public void Values_are_formatted_with_their_unit(double value, string unit, string expected) =>
        JUnitReport.Format(value, unit).Should().Be(expected);
}
