// report.json: the "harness-bench/1" document the regression gate reads. The contract names (cold_boot_ms,
// restore_to_ready.p50_ms/p99_ms, acquire.p99_us, density.sandboxes, density.private_mib_per_sandbox) never change.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Reports;

/// <summary>Writes a <see cref="BenchReport"/> as the report JSON.</summary>
public static class BenchReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The report as an indented JSON document.</summary>
    public static string Serialize(BenchReport report) => ToJson(report).ToJsonString(Indented);

    /// <summary>The report as a JSON object.</summary>
    public static JsonObject ToJson(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = new JsonObject
        {
            ["schema"] = BenchReport.SchemaId,
            ["created_utc"] = report.CreatedUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["host"] = new JsonObject
            {
                ["cpus"] = report.Host.Cpus,
                ["memory_mib"] = report.Host.MemoryMib,
                ["os"] = report.Host.Os,
                ["dotnet"] = report.Host.Dotnet,
                ["git_commit"] = report.Host.GitCommit,
            },
            ["config"] = new JsonObject
            {
                ["vcpus"] = report.Config.Vcpus,
                ["mem_mib"] = report.Config.MemMib,
                ["restore_mode"] = report.Config.RestoreMode,
                ["runs"] = report.Config.Runs,
                ["short"] = report.Config.Short,
            },
            ["cold_boot_ms"] = R(report.ColdBootMs),
        };
        if (report.Snapshot is { } s)
        {
            o["snapshot"] = new JsonObject
            {
                ["create_ms"] = R(s.CreateMs),
                ["bytes"] = s.Bytes,
                ["stored_pages"] = s.StoredPages,
                ["zero_pages"] = s.ZeroPages,
                ["cached"] = s.Cached,
                ["path"] = s.Path,
            };
        }

        o["restore_to_ready"] = DistributionJson(report.RestoreToReady);
        var phases = new JsonObject();
        foreach ((string name, Distribution d) in report.Phases)
        {
            phases[name] = new JsonObject { ["p50"] = R(d.P50), ["p90"] = R(d.P90), ["p99"] = R(d.P99), ["max"] = R(d.Max) };
        }

        o["phases"] = phases;
        if (report.FirstExec is { } fe)
        {
            o["first_exec"] = DistributionJson(fe);
        }

        if (report.Acquire is { } a)
        {
            o["acquire"] = DistributionJson(a);
        }

        if (report.Density is { } d2)
        {
            o["density"] = DensityJson(d2);
        }

        if (report.Counters is { } c)
        {
            o["counters"] = new JsonObject
            {
                ["guest_instructions_to_ready"] = c.GuestInstructionsToReady,
                ["restore_guest_instructions"] = c.RestoreGuestInstructions,
                ["pages_touched_per_restore"] = c.PagesTouchedPerRestore,
                ["bytes_decompressed"] = c.BytesDecompressed,
                ["snapshot_bytes"] = c.SnapshotBytes,
            };
        }

        if (report.Containers is { } cc)
        {
            o["compare"] = new JsonObject
            {
                ["containers"] = new JsonObject
                {
                    ["image"] = cc.Image,
                    ["docker_start_to_first_exec_ms"] = DistributionJson(cc.DockerStartToFirstExecMs),
                    ["ours_restore_to_first_exec_ms"] = DistributionJson(cc.OursRestoreToFirstExecMs),
                    ["ratio_p50"] = R(cc.RatioP50),
                },
            };
        }

        else if (report.ContainersError is { } err)
        {
            o["compare"] = new JsonObject { ["containers"] = new JsonObject { ["error"] = err } };
        }

        if (report.Budgets is { } b)
        {
            var checks = new JsonArray();
            foreach (BudgetCheckResult check in b.Checks)
            {
                checks.Add(new JsonObject
                {
                    ["metric"] = check.Metric,
                    ["percentile"] = check.Percentile,
                    ["limit"] = R(check.Limit),
                    ["at_least"] = check.AtLeast,
                    ["value"] = R(check.Value),
                    ["unit"] = check.Unit,
                    ["passed"] = check.Passed,
                });
            }

            o["budgets"] = new JsonObject { ["file"] = b.File, ["passed"] = b.Passed, ["checks"] = checks };
        }

        return o;
    }

    private static JsonObject DensityJson(DensityFigures d)
    {
        var curve = new JsonArray();
        foreach (DensityPoint p in d.Curve)
        {
            curve.Add(new JsonObject
            {
                ["sandboxes"] = p.Sandboxes,
                ["private_mib"] = R(p.PrivateMib),
                ["pss_mib"] = R(p.PssMib),
                ["rss_mib"] = R(p.RssMib),
                ["process_pss_mib"] = R(p.ProcessPssMib),
            });
        }

        return new JsonObject
        {
            ["sandboxes"] = d.Sandboxes,
            ["memory_budget_mib"] = d.MemoryBudgetMib,
            ["max_sandboxes"] = d.MaxSandboxes,
            ["stopped_by"] = d.StoppedBy,
            ["private_mib_per_sandbox"] = R(d.PrivateMibPerSandbox),
            ["pss_mib_per_sandbox"] = R(d.PssMibPerSandbox),
            ["rss_mib_per_sandbox"] = R(d.RssMibPerSandbox),
            ["process_pss_mib_per_sandbox"] = R(d.ProcessPssMibPerSandbox),
            ["idle_cpu_percent_of_one_core"] = R(d.IdleCpuPercentOfOneCore),
            ["idle_cpu_baseline_percent_of_one_core"] = R(d.IdleCpuBaselinePercentOfOneCore),
            ["idle_window_ms"] = R(d.IdleWindowMs),
            ["idle_settle_ms"] = R(d.IdleSettleMs),
            ["idle_wakeups_per_sandbox_per_s"] = R(d.IdleWakeupsPerSandboxPerSecond),
            ["idle_guest_instructions_per_sandbox_per_s"] = R(d.IdleGuestInstructionsPerSandboxPerSecond),
            ["restore_all_ms"] = R(d.RestoreAllMs),
            ["curve"] = curve,
        };
    }

    private static JsonObject DistributionJson(Distribution d)
    {
        string u = d.Unit;
        var samples = new JsonArray();
        foreach (double s in d.Samples)
        {
            samples.Add(Math.Round(s, 4));
        }

        return new JsonObject
        {
            ["unit"] = u,
            [$"p50_{u}"] = R(d.P50),
            [$"p90_{u}"] = R(d.P90),
            [$"p99_{u}"] = R(d.P99),
            [$"p999_{u}"] = R(d.P999),
            [$"max_{u}"] = R(d.Max),
            [$"mean_{u}"] = R(d.Mean),
            ["count"] = d.Count,
            ["samples"] = samples,
        };
    }

    private static double R(double v) => Math.Round(v, 3);
}
