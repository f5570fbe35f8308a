// The headline figures of a report as flat dotted names ("restore_to_ready.p99_ms"), the names report.json nests,
// budgets refer to and junit.xml lists when no budget file was given.
namespace Harness.Reports;

/// <summary>One headline figure: its dotted report name, value and unit.</summary>
public sealed record BenchMetric(string Name, double Value, string Unit);

/// <summary>Flattens a report into its headline figures.</summary>
public static class BenchMetrics
{
    /// <summary>The headline figures that <paramref name="report"/> has, in report order.</summary>
    public static IReadOnlyList<BenchMetric> Of(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = new List<BenchMetric> { new("cold_boot_ms", report.ColdBootMs, "ms") };
        AddDistribution(m, "restore_to_ready", report.RestoreToReady);
        if (report.FirstExec is { } fe)
        {
            AddDistribution(m, "first_exec", fe);
        }

        if (report.Acquire is { } a)
        {
            AddDistribution(m, "acquire", a);
        }

        if (report.Density is { } d)
        {
            m.Add(new("density.sandboxes", d.Sandboxes, "count"));
            m.Add(new("density.private_mib_per_sandbox", d.PrivateMibPerSandbox, "MiB"));
            m.Add(new("density.pss_mib_per_sandbox", d.PssMibPerSandbox, "MiB"));
            m.Add(new("density.process_pss_mib_per_sandbox", d.ProcessPssMibPerSandbox, "MiB"));
            m.Add(new("density.idle_cpu_percent_of_one_core", d.IdleCpuPercentOfOneCore, "%"));
            m.Add(new("density.idle_wakeups_per_sandbox_per_s", d.IdleWakeupsPerSandboxPerSecond, "1/s"));
        }

        if (report.Containers is { } c)
        {
            m.Add(new("compare.containers.ratio_p50", c.RatioP50, "x"));
        }

        return m;
    }

    /// <summary>The value of the dotted <paramref name="name"/>, or null when the report does not have it.</summary>
    public static double? Find(BenchReport report, string name) =>
        Of(report).FirstOrDefault(x => x.Name == name)?.Value;

    private static void AddDistribution(List<BenchMetric> m, string name, Distribution d)
    {
        string u = d.Unit;
        m.Add(new($"{name}.p50_{u}", d.P50, u));
        m.Add(new($"{name}.p90_{u}", d.P90, u));
        m.Add(new($"{name}.p99_{u}", d.P99, u));
        m.Add(new($"{name}.p999_{u}", d.P999, u));
        m.Add(new($"{name}.max_{u}", d.Max, u));
    }
}
