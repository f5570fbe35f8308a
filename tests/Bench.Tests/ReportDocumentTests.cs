// junit.xml is well-formed with a test case per budget check (or per figure), report.md has its tables, and
// report.html is self-contained with the latency and density plots as inline SVG.
using System.Xml;
using System.Xml.Linq;
using Harness.Reports;

namespace Harness.Bench.Tests;

public class ReportDocumentTests
{
    [Test]
    public void Junit_without_budgets_has_one_passing_case_per_headline_figure()
    {
        BenchReport r = SyntheticReport.Full();
        XDocument doc = XDocument.Parse(JunitReport.Render(r).ToString());
        XElement suite = doc.Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        cases.Should().HaveCount(BenchMetrics.Of(r).Count);
        cases.Select(c => c.Attribute("name")!.Value).Should().Contain(["cold_boot_ms", "restore_to_ready.p99_ms", "acquire.p99_us",
            "density.sandboxes", "density.private_mib_per_sandbox"]);
        cases.Should().OnlyContain(c => c.Element("failure") == null);
        suite.Attribute("tests")!.Value.Should().Be(cases.Count.ToString());
        suite.Attribute("failures")!.Value.Should().Be("0");
    }

    [Test]
    public void Junit_with_budgets_has_one_case_per_check_and_a_failure_per_breach()
    {
        var budgets = new BudgetOutcome("b.json", [new("restore_to_ready", "p99", 5, 3.95, "ms", true),
            new("acquire", "p99", 100, 118.5, "us", false)]);
        XDocument doc = JunitReport.Render(SyntheticReport.Full(budgets));
        var cases = doc.Root!.Element("testsuite")!.Elements("testcase").ToList();
        cases.Should().HaveCount(2);
        cases[0].Element("failure").Should().BeNull();
        cases[1].Element("failure")!.Attribute("message")!.Value.Should().Contain("acquire").And.Contain("118.5");
        doc.Root.Attribute("failures")!.Value.Should().Be("1");
    }

    [Test]
    public async Task The_written_junit_file_parses_as_xml()
    {
        string dir = Path.Combine(Path.GetTempPath(), "bench-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReportPaths paths = await ReportFiles.WriteAsync(SyntheticReport.Full(), dir);
            var xml = new XmlDocument();
            xml.Load(paths.Junit);
            xml.DocumentElement!.Name.Should().Be("testsuites");
            File.ReadAllBytes(paths.Junit)[0].Should().Be((byte)'<', "no byte-order mark before the declaration");
            new[] { paths.Json, paths.Markdown, paths.Html }.Should().OnlyContain(p => new FileInfo(p).Length > 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Html_is_self_contained_with_the_plots()
    {
        string html = HtmlReport.Render(SyntheticReport.Full());
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().NotContain("<script").And.NotContain("src=").And.NotContain("href=").And.NotContain("<link");
        int svgs = CountOf(html, "<svg ");
        svgs.Should().BeGreaterThanOrEqualTo(7, "restore histogram and CDF, acquire histogram and CDF, two density plots, containers");
        html.Should().Contain("Restore to READY").And.Contain("Pool acquire").And.Contain("Memory per idle sandbox")
            .And.Contain("Start to first exec");
        html.Should().Contain("<rect class=\"bar\"", "the histograms have bars").And.Contain("<polyline class=\"series\"");

        // Every SVG is well-formed XML on its own.
        int at = 0;
        while ((at = html.IndexOf("<svg ", at, StringComparison.Ordinal)) >= 0)
        {
            int end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + "</svg>".Length;
            FluentActions.Invoking(() => XElement.Parse(html[at..end])).Should().NotThrow();
            at = end;
        }
    }

    [Test]
    public void Html_of_a_minimal_report_still_plots_restore_latency()
    {
        string html = HtmlReport.Render(SyntheticReport.Minimal());
        CountOf(html, "<svg ").Should().Be(2);
        html.Should().NotContain("Density").And.NotContain("Pool acquire");
    }

    [Test]
    public void Markdown_has_the_latency_density_and_container_tables()
    {
        string md = MarkdownReport.Render(SyntheticReport.Full());
        md.Should().Contain("| restore to READY | 2.70 ms |").And.Contain("| pool acquire |").And.Contain("## Density")
            .And.Contain("| idle sandboxes held at once | 1000").And.Contain("## Against containers").And.Contain("101.8");
    }

    [Test]
    public void Tick_marks_are_round_numbers_covering_the_range()
    {
        SvgPlot.NiceTicks(0, 1).Should().Equal(0, 0.2, 0.4, 0.6, 0.8, 1.0);
        SvgPlot.NiceTicks(3.2, 17.9).Should().Equal(4, 6, 8, 10, 12, 14, 16);
        SvgPlot.NiceTicks(0, 1000).Should().Equal(0, 200, 400, 600, 800, 1000);
    }

    private static int CountOf(string s, string what)
    {
        int n = 0;
        for (int i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
