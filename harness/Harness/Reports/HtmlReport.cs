// report.html: one self-contained page (inline CSS and SVG, no scripts) with the tables of report.md and plots of
// restore latency (histogram and CDF), pool acquire latency, density memory per sandbox and the container comparison.
using System.Security;
using System.Text;

namespace Harness.Reports;

/// <summary>Writes a <see cref="BenchReport"/> as a self-contained HTML page.</summary>
public static class HtmlReport
{
    /// <summary>The report as HTML.</summary>
    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>harness bench</title><style>")
            .Append("body{font-family:sans-serif;max-width:1340px;margin:2em auto;color:#222}")
            .Append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px}td.n{text-align:right}")
            .Append(".plots{display:flex;flex-wrap:wrap;gap:16px}.plot{background:#fafafa;border:1px solid #eee}.fail{color:#b00;font-weight:bold}")
            .Append("</style></head><body>");
        sb.Append("<h1>harness bench</h1><p>").Append(E(
            $"{report.CreatedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC on {report.Host.Cpus} CPUs, {report.Host.MemoryMib} MiB, {report.Host.Os}, .NET {report.Host.Dotnet}" +
            $"{(report.Host.GitCommit is { } g ? ", commit " + g : "")}. Guest: {report.Config.Vcpus} vCPU, {report.Config.MemMib} MiB, " +
            $"restore mode {report.Config.RestoreMode}, {report.Config.Runs} runs{(report.Config.Short ? " (short)" : "")}.")).Append("</p>");

        sb.Append("<h2>Latency</h2><table><tr><th>measurement</th><th>p50</th><th>p90</th><th>p99</th><th>max</th><th>samples</th></tr>");
        sb.Append("<tr><td>cold boot to READY</td><td class=\"n\">").Append(E(MarkdownReport.Fmt(report.ColdBootMs))).Append(" ms</td><td></td><td></td><td></td><td class=\"n\">1</td></tr>");
        Row(sb, "restore to READY", report.RestoreToReady);
        foreach ((string name, Distribution d) in report.Phases)
        {
            Row(sb, "  phase " + name.Replace("_ms", "", StringComparison.Ordinal), d);
        }

        if (report.FirstExec is { } fe)
        {
            Row(sb, "restore to first exec", fe);
        }

        if (report.Acquire is { } a)
        {
            Row(sb, "pool acquire", a);
        }

        sb.Append("</table><div class=\"plots\">");
        sb.Append(SvgPlot.Histogram("Restore to READY", "ms", report.RestoreToReady.Samples));
        var cdf = new List<(string, IReadOnlyList<double>)> { ("restore to READY", report.RestoreToReady.Samples) };
        if (report.FirstExec is { } fe2)
        {
            cdf.Add(("restore to first exec", fe2.Samples));
        }

        sb.Append(SvgPlot.Cdf("Restore latency CDF", "ms", cdf));
        if (report.Acquire is { } a2)
        {
            sb.Append(SvgPlot.Histogram("Pool acquire", "µs", a2.Samples));
            sb.Append(SvgPlot.Cdf("Pool acquire CDF", "µs (log)", [("acquire", a2.Samples)], logX: a2.Min > 0));
        }

        sb.Append("</div>");
        if (report.Density is { } d2)
        {
            sb.Append("<h2>Density</h2><table>");
            Pair(sb, "idle sandboxes held at once", $"{d2.Sandboxes} (stopped by {d2.StoppedBy}; budget {d2.MemoryBudgetMib} MiB, max {d2.MaxSandboxes})");
            Pair(sb, "guest RAM private per sandbox", $"{MarkdownReport.Fmt(d2.PrivateMibPerSandbox)} MiB");
            Pair(sb, "guest RAM PSS per sandbox", $"{MarkdownReport.Fmt(d2.PssMibPerSandbox)} MiB");
            Pair(sb, "guest RAM RSS per sandbox", $"{MarkdownReport.Fmt(d2.RssMibPerSandbox)} MiB");
            Pair(sb, "process PSS growth per sandbox", $"{MarkdownReport.Fmt(d2.ProcessPssMibPerSandbox)} MiB");
            Pair(sb, "idle CPU, % of one core", $"{MarkdownReport.Fmt(d2.IdleCpuPercentOfOneCore)} % over {MarkdownReport.Fmt(d2.IdleWindowMs / 1000)} s ({MarkdownReport.Fmt(d2.IdleCpuBaselinePercentOfOneCore)} % before any sandbox)");
            Pair(sb, "idle, per sandbox and second", $"{MarkdownReport.Fmt(d2.IdleWakeupsPerSandboxPerSecond)} vCPU wakeups, {MarkdownReport.Fmt(d2.IdleGuestInstructionsPerSandboxPerSecond)} guest instructions");
            Pair(sb, "restoring all of them", $"{MarkdownReport.Fmt(d2.RestoreAllMs)} ms");
            sb.Append("</table><div class=\"plots\">");
            var perSandbox = new List<PlotSeries>
            {
                new("process PSS", d2.Curve.Where(p => p.Sandboxes > 0).Select(p => ((double)p.Sandboxes, p.ProcessPssMib / p.Sandboxes)).ToList()),
                new("guest RAM PSS", d2.Curve.Where(p => p.Sandboxes > 0).Select(p => ((double)p.Sandboxes, p.PssMib / p.Sandboxes)).ToList()),
                new("guest RAM private", d2.Curve.Where(p => p.Sandboxes > 0).Select(p => ((double)p.Sandboxes, p.PrivateMib / p.Sandboxes)).ToList()),
            };
            sb.Append(SvgPlot.Lines("Memory per idle sandbox", "sandboxes held", "MiB per sandbox", perSandbox));
            var total = new List<PlotSeries>
            {
                new("process PSS", d2.Curve.Select(p => ((double)p.Sandboxes, p.ProcessPssMib)).ToList()),
                new("guest RAM PSS", d2.Curve.Select(p => ((double)p.Sandboxes, p.PssMib)).ToList()),
            };
            sb.Append(SvgPlot.Lines("Host memory held", "sandboxes held", "MiB", total));
            sb.Append("</div>");
        }

        if (report.Containers is { } c)
        {
            sb.Append("<h2>Against containers</h2><table><tr><th>measurement</th><th>p50</th><th>p90</th><th>p99</th><th>max</th><th>samples</th></tr>");
            Row(sb, $"container start to first exec ({c.Image})", c.DockerStartToFirstExecMs);
            Row(sb, "sandbox restore to first exec", c.OursRestoreToFirstExecMs);
            sb.Append("</table><p>Ours is <b>").Append(E(MarkdownReport.Fmt(c.RatioP50))).Append("×</b> faster at the median.</p>");
            sb.Append(SvgPlot.Bars("Start to first exec, p50", "ms",
                [("container (Testcontainers)", c.DockerStartToFirstExecMs.P50), ("sandbox restore", c.OursRestoreToFirstExecMs.P50)]));
        }

        if (report.ContainersError is { } err)
        {
            sb.Append("<h2>Against containers</h2><p class=\"fail\">Not measured: ").Append(E(err)).Append("</p>");
        }

        if (report.Budgets is { } b)
        {
            sb.Append("<h2>Budgets</h2><p>").Append(E(b.File)).Append(": ")
                .Append(b.Passed ? "all passed" : "<span class=\"fail\">BREACHED</span>").Append("</p>");
            sb.Append("<table><tr><th>metric</th><th>limit</th><th>value</th><th>verdict</th></tr>");
            foreach (BudgetCheckResult check in b.Checks)
            {
                sb.Append("<tr><td>").Append(E($"{check.Metric} {check.Percentile}")).Append("</td><td class=\"n\">")
                    .Append(E($"{(check.AtLeast ? "≥" : "≤")} {MarkdownReport.Fmt(check.Limit)} {check.Unit}")).Append("</td><td class=\"n\">")
                    .Append(E($"{MarkdownReport.Fmt(check.Value)} {check.Unit}")).Append("</td><td")
                    .Append(check.Passed ? ">pass" : " class=\"fail\">FAIL").Append("</td></tr>");
            }

            sb.Append("</table>");
        }

        if (report.Counters is { } k)
        {
            sb.Append("<h2>Counters</h2><table>");
            Pair(sb, "guest instructions to READY (boot)", k.GuestInstructionsToReady.ToString("N0"));
            Pair(sb, "guest instructions from restore to READY", k.RestoreGuestInstructions.ToString("N0"));
            Pair(sb, "guest pages written per restore", k.PagesTouchedPerRestore.ToString("N0"));
            Pair(sb, "snapshot bytes", k.SnapshotBytes.ToString("N0"));
            sb.Append("</table>");
        }

        return sb.Append("</body></html>\n").ToString();
    }

    private static void Row(StringBuilder sb, string name, Distribution d) =>
        sb.Append("<tr><td>").Append(E(name)).Append("</td>")
            .Append(Cell(d.P50, d.Unit)).Append(Cell(d.P90, d.Unit)).Append(Cell(d.P99, d.Unit)).Append(Cell(d.Max, d.Unit))
            .Append("<td class=\"n\">").Append(d.Count).Append("</td></tr>");

    private static string Cell(double v, string unit) => $"<td class=\"n\">{E(MarkdownReport.Fmt(v))} {E(MarkdownReport.UnitText(unit))}</td>";

    private static void Pair(StringBuilder sb, string name, string value) =>
        sb.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"n\">").Append(E(value)).Append("</td></tr>");

    private static string E(string s) => SecurityElement.Escape(s);
}
