// The terminal table a bench ends with: every headline figure beside the target it is reported against. In a
// terminal narrower than FullWidth the p90 and max columns are left out so rows do not wrap.
using Harness.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Harness.Cli.Bench;

internal static class BenchTable
{
    /// <summary>Targets the figures are reported against (not asserted): pool acquire, density, idle CPU, containers.</summary>
    public const double AcquireP99TargetUs = 200, DensityTarget = 1000, DensityBudgetTargetMiB = 16384, IdleCpuTargetPercent = 10,
        ContainerRatioTarget = 100;

    /// <summary>Columns the full table needs.</summary>
    public const int FullWidth = 110;

    private static readonly string[] Headers = ["measurement", "p50", "p90", "p99", "max", "n", "target"];

    public static Table Build(BenchReport r, int width = FullWidth)
    {
        int[] shown = width >= FullWidth ? [0, 1, 2, 3, 4, 5, 6] : [0, 1, 3, 5, 6];
        var t = new Table().Border(TableBorder.Rounded).Title("[bold]harness bench[/]" + (r.Config.Short ? " (short)" : ""));
        foreach (int c in shown)
        {
            var column = new TableColumn(Headers[c]);
            t.AddColumn(c is >= 1 and <= 5 ? column.RightAligned() : column);
        }

        foreach (string[] row in Rows(r))
        {
            t.AddRow([.. shown.Select(c => (IRenderable)new Markup(row[c]))]);
        }

        return t;
    }

    private static IEnumerable<string[]> Rows(BenchReport r)
    {
        yield return [Esc("cold boot to READY"), Fmt(r.ColdBootMs, "ms"), "", "", "", "1", ""];
        if (r.Snapshot is { } s)
        {
            yield return [s.Cached ? "snapshot (cached)" : "snapshot create", s.Cached ? "" : Fmt(s.CreateMs, "ms"), "", "", "", "1",
                Esc($"{s.Bytes / 1048576.0:F1} MiB file")];
        }

        yield return Dist("restore to READY", r.RestoreToReady, "");
        foreach ((string name, Distribution d) in r.Phases)
        {
            yield return Dist("  " + name.Replace("_ms", "", StringComparison.Ordinal).Replace('_', ' '), d, "", dim: true);
        }

        if (r.FirstExec is { } fe)
        {
            yield return Dist("restore to first exec", fe, "");
        }

        yield return r.Acquire is { } a
            ? Dist("pool acquire", a, Verdict(a.P99 <= AcquireP99TargetUs, $"p99 ≤ {AcquireP99TargetUs:0} µs"))
            : ["pool acquire", "", "", "", "", "0", "[grey]not measured[/]"];

        if (r.Density is { } d2)
        {
            bool fits = d2.Sandboxes >= DensityTarget && d2.MemoryBudgetMib <= DensityBudgetTargetMiB;
            yield return ["idle sandboxes held", d2.Sandboxes.ToString(), "", "", "", "",
                Verdict(fits, $"≥ {DensityTarget:0} in {DensityBudgetTargetMiB / 1024:0} GiB")];
            yield return [Esc("  per sandbox: private / PSS"), Esc($"{d2.PrivateMibPerSandbox:F2} / {d2.PssMibPerSandbox:F2} MiB"), "", "", "", "", ""];
            yield return [Esc("  per sandbox: process PSS"), Esc($"{d2.ProcessPssMibPerSandbox:F2} MiB"), "", "", "", "", ""];
            yield return [Esc("  idle CPU (% of one core)"), Esc($"{d2.IdleCpuPercentOfOneCore:F1} % (none: {d2.IdleCpuBaselinePercentOfOneCore:F1} %)"), "", "", "", "",
                Verdict(d2.IdleCpuPercentOfOneCore < IdleCpuTargetPercent, $"< {IdleCpuTargetPercent:0} %")];
            yield return [Esc("  idle wakeups / guest instr."), Esc($"{d2.IdleWakeupsPerSandboxPerSecond:F2}/s / {d2.IdleGuestInstructionsPerSandboxPerSecond / 1000:F1} k/s each"), "", "", "", "", ""];
        }

        if (r.Containers is { } c2)
        {
            yield return Dist("container start to first exec", c2.DockerStartToFirstExecMs, "");
            yield return [Esc("  ratio (container / ours, p50)"), Esc($"{c2.RatioP50:F1}×"), "", "", "", "",
                Verdict(c2.RatioP50 >= ContainerRatioTarget, $"≥ {ContainerRatioTarget:0}×")];
        }
        else if (r.ContainersError != null)
        {
            yield return ["container start to first exec", "", "", "", "", "0", "[red]did not run[/]"];
        }

        if (r.Budgets is { } b)
        {
            foreach (BudgetCheckResult check in b.Checks)
            {
                yield return [Esc($"budget {check.Metric} {check.Percentile}"), Fmt(check.Value, check.Unit), "", "", "", "",
                    Verdict(check.Passed, $"{(check.AtLeast ? "≥" : "≤")} {check.Limit} {MarkdownReport.UnitText(check.Unit)}")];
            }
        }
    }

    private static string[] Dist(string name, Distribution d, string target, bool dim = false)
    {
        string W(string s) => dim ? $"[grey]{s}[/]" : s;
        return [W(Esc(name)), W(Fmt(d.P50, d.Unit)), W(Fmt(d.P90, d.Unit)), W(Fmt(d.P99, d.Unit)), W(Fmt(d.Max, d.Unit)),
            W(d.Count.ToString()), target];
    }

    private static string Verdict(bool met, string target) => met ? $"[green]✓ {Esc(target)}[/]" : $"[yellow]✗ {Esc(target)}[/]";

    private static string Fmt(double v, string unit) => Esc($"{MarkdownReport.Fmt(v)} {(unit == "us" ? "µs" : unit)}");

    private static string Esc(string s) => Markup.Escape(s);
}
