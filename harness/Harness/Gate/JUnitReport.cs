// Writes a gate result as JUnit XML (one testcase per metric) so CI systems show each regression as a failed test.
using System.Globalization;
using System.Xml.Linq;

namespace Harness.Gate;

/// <summary>JUnit XML output of a gate run.</summary>
public static class JUnitReport
{
    /// <summary>The document: a testsuite "harness-gate"; failures for regressions and missing gated metrics,
    /// skipped for inconclusive ones; every other metric a passing testcase whose system-out holds the comparison.</summary>
    public static XDocument Build(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var suite = new XElement("testsuite",
            new XAttribute("name", "harness-gate"),
            new XAttribute("tests", result.Verdicts.Count),
            new XAttribute("failures", result.Verdicts.Count(v => v.Fails)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", result.Verdicts.Count(v => v.Outcome == Outcome.Inconclusive)),
            new XElement("properties",
                Property("baseline", result.Baseline.Source),
                Property("candidate", result.Candidate.Source),
                Property("pairing", result.Pairing.ToString()),
                Property("alpha", result.Config.Alpha.ToString(CultureInfo.InvariantCulture)),
                Property("min_change", result.Config.MinChange.ToString(CultureInfo.InvariantCulture)),
                Property("cross_run_min_change", result.Config.CrossRunMinChange.ToString(CultureInfo.InvariantCulture))));
        foreach (MetricVerdict v in result.Verdicts)
        {
            var testcase = new XElement("testcase",
                new XAttribute("classname", "gate." + v.Kind.ToString().ToLowerInvariant()),
                new XAttribute("name", v.Name),
                new XAttribute("time", 0));
            string line = Describe(v);
            if (v.Fails)
            {
                testcase.Add(new XElement("failure", new XAttribute("message", line), new XAttribute("type", v.Outcome.ToString().ToLowerInvariant()),
                    v.Note));
            }
            else if (v.Outcome == Outcome.Inconclusive)
            {
                testcase.Add(new XElement("skipped", new XAttribute("message", line)));
            }

            testcase.Add(new XElement("system-out", line));
            suite.Add(testcase);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
    }

    /// <summary>Writes <see cref="Build"/> to <paramref name="path"/>.</summary>
    public static void Write(GateResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Build(result).Save(path);
    }

    /// <summary>One line naming the metric, baseline against candidate, the change, the p-value and the finding.</summary>
    public static string Describe(MetricVerdict v)
    {
        ArgumentNullException.ThrowIfNull(v);
        string p = double.IsNaN(v.PValue) ? "no permutation test" : string.Create(CultureInfo.InvariantCulture, $"p = {v.PValue:G3}");
        string label = v.Kind == MetricKind.Distribution ? "mean " : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{v.Name}: baseline {label}{Format(v.Baseline, v.Unit)}, candidate {label}{Format(v.Candidate, v.Unit)}, change {GateComparer.Percent(v.RelativeChange)}, {p}; {v.Outcome.ToString().ToLowerInvariant()} ({v.Note})");
    }

    /// <summary>A value with its unit, or "—" when absent.</summary>
    public static string Format(double value, string unit)
    {
        if (double.IsNaN(value))
        {
            return "—";
        }

        string number = Math.Abs(value) >= 1000 || value == Math.Floor(value)
            ? value.ToString("#,0.##", CultureInfo.InvariantCulture)
            : value.ToString("G4", CultureInfo.InvariantCulture);
        return unit.Length == 0 ? number : number + " " + unit;
    }

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", value));
}
