// junit.xml: one test case per budget check (a failure per breach), or one per headline figure when no budget
// file was given, so CI systems show the bench beside the unit tests.
using System.Xml.Linq;

namespace Harness.Reports;

/// <summary>Writes a <see cref="BenchReport"/> as a JUnit XML document.</summary>
public static class JunitReport
{
    /// <summary>The report as JUnit XML.</summary>
    public static XDocument Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var suite = new XElement("testsuite", new XAttribute("name", "harness-bench"),
            new XAttribute("timestamp", report.CreatedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss")),
            new XAttribute("hostname", Environment.MachineName));
        int failures = 0;
        if (report.Budgets is { } b)
        {
            foreach (BudgetCheckResult c in b.Checks)
            {
                var tc = new XElement("testcase", new XAttribute("classname", "harness.bench.budgets"),
                    new XAttribute("name", $"{c.Metric} {c.Percentile} <= {c.Limit} {c.Unit}"), new XAttribute("time", "0"),
                    new XElement("system-out", $"measured {c.Value} {c.Unit}"));
                if (!c.Passed)
                {
                    failures++;
                    tc.AddFirst(new XElement("failure", new XAttribute("type", "BudgetBreached"),
                        new XAttribute("message", $"{c.Metric} {c.Percentile} was {c.Value} {c.Unit}, over the budget of {c.Limit} {c.Unit}")));
                }

                suite.Add(tc);
            }
        }
        else
        {
            foreach (BenchMetric m in BenchMetrics.Of(report))
            {
                suite.Add(new XElement("testcase", new XAttribute("classname", "harness.bench.metrics"), new XAttribute("name", m.Name),
                    new XAttribute("time", m.Unit == "ms" ? (m.Value / 1000).ToString("F6") : "0"),
                    new XElement("system-out", $"{m.Value} {m.Unit}")));
            }
        }

        int tests = suite.Elements("testcase").Count();
        suite.Add(new XAttribute("tests", tests), new XAttribute("failures", failures), new XAttribute("errors", 0),
            new XAttribute("skipped", 0));
        var root = new XElement("testsuites", new XAttribute("name", "harness bench"), new XAttribute("tests", tests),
            new XAttribute("failures", failures), suite);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }
}
