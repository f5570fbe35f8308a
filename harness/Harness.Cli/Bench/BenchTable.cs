// The terminal table a bench ends with: every headline figure beside the target it is reported against.
using Harness.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Harness.Cli.Bench;

internal static class BenchTable
{
    /// <summary>Targets the figures are reported against (not asserted): pool acquire, density, idle CPU, containers.</summary>
    public const double AcquireP99TargetUs = 200, DensityTarget = 1000, DensityBudgetTargetMiB = 16384, IdleCpuTargetPercent = 10,
        ContainerRatioTarget = 100;

    public static Table Build(BenchReport r)
    {
        var t = new Table().Border(TableBorder.Rounded).Title("[bold]harness bench[/]" + (r.Config.Short ? " (short)" : ""));
        t.AddColumn("measurement");
        foreach (string c in new[] { "p50", "p90", "p99", "max", "n" })
        {
            t.AddColumn(new TableColumn(c).RightAligned());
        }

        t.AddColumn("target");
        t.AddRow(Cells("cold boot to READY", Fmt(r.ColdBootMs, "ms"), "", "", "", "1", ""));
        if (r.Snapshot is { } s)
        {
            t.AddRow(Cells(s.Cached ? "snapshot (cached)" : "snapshot create", s.Cached ? "" : Fmt(s.CreateMs, "ms"), "", "", "",
                "1", $"{s.Bytes / 1048576.0:F1} MiB file"));
        }

        Dist(t, "restore to READY", r.RestoreToReady, "");
        foreach ((string name, Distribution d) in r.Phases)
        {
            Dist(t, "  " + name.Replace("_ms", "", StringComparison.Ordinal).Replace('_', ' '), d, "", dim: true);
        }

        if (r.FirstExec is { } fe)
        {
            Dist(t, "restore to first exec", fe, "");
        }

        if (r.Acquire is { } a)
        {
            Dist(t, "pool acquire", a, Verdict(a.P99 <= AcquireP99TargetUs, $"p99 ≤ {AcquireP99TargetUs:0} µs"));
        }
        else
        {
            t.AddRow(Cells("pool acquire", "", "", "", "", "0", "[grey]not measured[/]"));
        }

        if (r.Density is { } d2)
        {
            bool fits = d2.Sandboxes >= DensityTarget && d2.MemoryBudgetMib <= DensityBudgetTargetMiB;
            t.AddRow(Cells("idle sandboxes held", d2.Sandboxes.ToString(), "", "", "", "", Verdict(fits, $"≥ {DensityTarget:0} in {DensityBudgetTargetMiB / 1024:0} GiB")));
            t.AddRow(Cells("  per sandbox: private / PSS", $"{d2.PrivateMibPerSandbox:F2} / {d2.PssMibPerSandbox:F2} MiB", "", "", "", "", ""));
            t.AddRow(Cells("  per sandbox: process PSS", $"{d2.ProcessPssMibPerSandbox:F2} MiB", "", "", "", "", ""));
            t.AddRow(Cells("  idle CPU (% of one core)", $"{d2.IdleCpuPercentOfOneCore:F1} %", "", "", "", "",
                Verdict(d2.IdleCpuPercentOfOneCore < IdleCpuTargetPercent, $"< {IdleCpuTargetPercent:0} %")));
        }

        if (r.Containers is { } c2)
        {
            Dist(t, "container start to first exec", c2.DockerStartToFirstExecMs, "");
            t.AddRow(Cells("  ratio (container / ours, p50)", $"{c2.RatioP50:F1}×", "", "", "", "",
                Verdict(c2.RatioP50 >= ContainerRatioTarget, $"≥ {ContainerRatioTarget:0}×")));
        }

        if (r.Budgets is { } b)
        {
            foreach (BudgetCheckResult check in b.Checks)
            {
                t.AddRow(Cells($"budget {check.Metric} {check.Percentile}", Fmt(check.Value, check.Unit), "", "", "", "",
                    Verdict(check.Passed, $"≤ {check.Limit} {check.Unit}")));
            }
        }

        return t;
    }

    private static void Dist(Table t, string name, Distribution d, string target, bool dim = false)
    {
        string W(string s) => dim ? $"[grey]{s}[/]" : s;
        t.AddRow(Cells(W(Markup.Escape(name)), W(Fmt(d.P50, d.Unit)), W(Fmt(d.P90, d.Unit)), W(Fmt(d.P99, d.Unit)), W(Fmt(d.Max, d.Unit)),
            W(d.Count.ToString()), target));
    }

    private static string Verdict(bool met, string target) => met ? $"[green]✓ {Markup.Escape(target)}[/]" : $"[yellow]✗ {Markup.Escape(target)}[/]";

    private static string Fmt(double v, string unit) => Markup.Escape($"{MarkdownReport.Fmt(v)} {(unit == "us" ? "µs" : unit)}");

    private static IRenderable[] Cells(params string[] cells) => [.. cells.Select(c => (IRenderable)new Markup(c))];
}
