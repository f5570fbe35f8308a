// report.md: the figures of a bench run as Markdown tables, for pull requests and CI summaries.
using System.Text;

namespace Harness.Reports;

/// <summary>Writes a <see cref="BenchReport"/> as Markdown.</summary>
public static class MarkdownReport
{
    /// <summary>The report as a Markdown document.</summary>
    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine("# harness bench").AppendLine();
        sb.AppendLine($"{report.CreatedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC on {report.Host.Cpus} CPUs, {report.Host.MemoryMib} MiB, " +
            $"{report.Host.Os}, .NET {report.Host.Dotnet}{(report.Host.GitCommit is { } g ? $", commit {g}" : "")}. " +
            $"Guest: {report.Config.Vcpus} vCPU, {report.Config.MemMib} MiB, restore mode {report.Config.RestoreMode}, " +
            $"{report.Config.Runs} runs{(report.Config.Short ? " (short)" : "")}.").AppendLine();

        sb.AppendLine("## Latency").AppendLine();
        sb.AppendLine("| measurement | p50 | p90 | p99 | max | samples |").AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        sb.AppendLine($"| cold boot to READY | {Fmt(report.ColdBootMs)} ms | | | | 1 |");
        Row(sb, "restore to READY", report.RestoreToReady);
        foreach ((string name, Distribution d) in report.Phases)
        {
            Row(sb, $"&nbsp;&nbsp;phase {name.Replace("_ms", "", StringComparison.Ordinal)}", d);
        }

        if (report.FirstExec is { } fe)
        {
            Row(sb, "restore to first exec", fe);
        }

        if (report.Acquire is { } a)
        {
            Row(sb, "pool acquire", a);
        }

        sb.AppendLine();
        if (report.Snapshot is { } s)
        {
            sb.AppendLine($"Snapshot: {s.Bytes / 1048576.0:F2} MiB, {s.StoredPages} pages stored, {s.ZeroPages} zero pages elided, " +
                $"{(s.Cached ? "reused from the cache" : $"created in {Fmt(s.CreateMs)} ms")}.").AppendLine();
        }

        if (report.Density is { } d2)
        {
            sb.AppendLine("## Density").AppendLine();
            sb.AppendLine("| figure | value |").AppendLine("| --- | ---: |");
            sb.AppendLine($"| idle sandboxes held at once | {d2.Sandboxes} (stopped by {d2.StoppedBy}; budget {d2.MemoryBudgetMib} MiB, max {d2.MaxSandboxes}) |");
            sb.AppendLine($"| guest RAM private per sandbox | {Fmt(d2.PrivateMibPerSandbox)} MiB |");
            sb.AppendLine($"| guest RAM PSS per sandbox | {Fmt(d2.PssMibPerSandbox)} MiB |");
            sb.AppendLine($"| guest RAM RSS per sandbox | {Fmt(d2.RssMibPerSandbox)} MiB |");
            sb.AppendLine($"| process PSS growth per sandbox | {Fmt(d2.ProcessPssMibPerSandbox)} MiB |");
            sb.AppendLine($"| idle CPU, % of one core | {Fmt(d2.IdleCpuPercentOfOneCore)} % over {Fmt(d2.IdleWindowMs / 1000)} s ({Fmt(d2.IdleCpuBaselinePercentOfOneCore)} % before any sandbox) |");
            sb.AppendLine($"| idle, per sandbox and second | {Fmt(d2.IdleWakeupsPerSandboxPerSecond)} vCPU wakeups, {Fmt(d2.IdleGuestInstructionsPerSandboxPerSecond)} guest instructions (after {Fmt(d2.IdleSettleMs / 1000)} s of settling) |");
            sb.AppendLine($"| restoring all of them | {Fmt(d2.RestoreAllMs)} ms |").AppendLine();
        }

        if (report.Containers is { } c)
        {
            sb.AppendLine("## Against containers").AppendLine();
            sb.AppendLine("| measurement | p50 | p90 | p99 | max | samples |").AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            Row(sb, $"container start to first exec ({c.Image})", c.DockerStartToFirstExecMs);
            Row(sb, "sandbox restore to first exec", c.OursRestoreToFirstExecMs);
            sb.AppendLine().AppendLine($"Ours is **{Fmt(c.RatioP50)}×** faster at the median.").AppendLine();
        }

        if (report.ContainersError is { } err)
        {
            sb.AppendLine("## Against containers").AppendLine().AppendLine($"Not measured: {err}").AppendLine();
        }

        if (report.Counters is { } k)
        {
            sb.AppendLine("## Counters").AppendLine();
            sb.AppendLine("| counter | value |").AppendLine("| --- | ---: |");
            sb.AppendLine($"| guest instructions to READY (boot) | {k.GuestInstructionsToReady:N0} |");
            sb.AppendLine($"| guest instructions from restore to READY | {k.RestoreGuestInstructions:N0} |");
            sb.AppendLine($"| guest pages written per restore | {k.PagesTouchedPerRestore:N0} |");
            sb.AppendLine($"| snapshot bytes | {k.SnapshotBytes:N0} |").AppendLine();
        }

        if (report.Budgets is { } b)
        {
            sb.AppendLine($"## Budgets ({b.File}): {(b.Passed ? "all passed" : "BREACHED")}").AppendLine();
            sb.AppendLine("| metric | limit | value | verdict |").AppendLine("| --- | ---: | ---: | --- |");
            foreach (BudgetCheckResult check in b.Checks)
            {
                sb.AppendLine($"| {check.Metric} {check.Percentile} | {(check.AtLeast ? "≥" : "≤")} {Fmt(check.Limit)} {check.Unit} | {Fmt(check.Value)} {check.Unit} | " +
                    $"{(check.Passed ? "pass" : "**FAIL**")} |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    /// <summary>A figure with as many decimals as its size deserves.</summary>
    public static string Fmt(double v) => Math.Abs(v) switch
    {
        >= 1000 => v.ToString("N0"),
        >= 100 => v.ToString("F1"),
        >= 1 => v.ToString("F2"),
        _ => v.ToString("F3"),
    };

    /// <summary>A unit as people write it ("us" is µs).</summary>
    public static string UnitText(string unit) => unit == "us" ? "µs" : unit;

    private static void Row(StringBuilder sb, string name, Distribution d)
    {
        string u = UnitText(d.Unit);
        sb.AppendLine($"| {name} | {Fmt(d.P50)} {u} | {Fmt(d.P90)} {u} | {Fmt(d.P99)} {u} | {Fmt(d.Max)} {u} | {d.Count} |");
    }
}
