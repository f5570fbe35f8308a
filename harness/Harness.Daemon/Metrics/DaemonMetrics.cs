// The daemon's counters and histograms, and their Prometheus text exposition at /metrics.
using System.Collections.Concurrent;
using System.Globalization;
using Harness.Daemon.Pools;

namespace Harness.Daemon;

/// <summary>What the daemon counts; written as Prometheus text by <see cref="WriteTo"/>.</summary>
public sealed class DaemonMetrics
{
    private readonly ConcurrentDictionary<string, PrometheusHistogram> _acquire = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly PrometheusHistogram _exec = new(PrometheusHistogram.LatencyBounds);

    /// <summary>Records a granted acquire of <paramref name="snapshot"/> that took <paramref name="seconds"/>.</summary>
    public void Acquired(string snapshot, double seconds)
    {
        _acquire.GetOrAdd(snapshot, _ => new PrometheusHistogram(PrometheusHistogram.LatencyBounds)).Observe(seconds);
        Add($"harness_acquires_total{{snapshot=\"{snapshot}\"}}");
    }

    /// <summary>Records a failed acquire.</summary>
    public void AcquireFailed(string reason) => Add($"harness_acquire_failures_total{{reason=\"{reason}\"}}");

    /// <summary>Records an exec and its latency.</summary>
    public void Executed(double seconds, bool ok)
    {
        _exec.Observe(seconds);
        Add($"harness_execs_total{{outcome=\"{(ok ? "ok" : "error")}\"}}");
    }

    /// <summary>Records a file transfer.</summary>
    public void FileTransfer(string direction, long bytes) => Add($"harness_file_bytes_total{{direction=\"{direction}\"}}", bytes);

    /// <summary>Records the end of a lease and why (release, ttl, owner_exit, sandbox_lost, shutdown).</summary>
    public void LeaseEnded(string reason) => Add($"harness_leases_ended_total{{reason=\"{reason}\"}}");

    /// <summary>Records a refused connection.</summary>
    public void Rejected(string reason) => Add($"harness_connections_rejected_total{{reason=\"{reason}\"}}");

    /// <summary>The value of counter line <paramref name="key"/> (name with labels), 0 if never counted.</summary>
    public long Counter(string key) => _counters.TryGetValue(key, out long v) ? v : 0;

    /// <summary>Writes every metric, with the live gauges read from <paramref name="pools"/> and <paramref name="leases"/>.</summary>
    public void WriteTo(TextWriter w, ISandboxPools pools, int leases)
    {
        Gauge(w, "harness_vms_live", "VMs that exist now: idle, leased and being restored", pools.LiveVms);
        Gauge(w, "harness_leases_active", "Leases held by clients", leases);
        IReadOnlyList<PoolSnapshot> described = pools.Describe();
        PerPool(w, described, "harness_pool_idle", "gauge", "Restored sandboxes ready to hand out", p => p.Idle);
        PerPool(w, described, "harness_pool_target_idle", "gauge", "Idle sandboxes each pool keeps ready", p => p.TargetIdle);
        PerPool(w, described, "harness_pool_leased", "gauge", "Sandboxes of each pool held by leases", p => p.Leased);
        PerPool(w, described, "harness_pool_verified", "gauge", "1 when the pool's snapshot passed verification at start", p => p.Verified ? 1 : 0);
        PerPool(w, described, "harness_pool_restores_total", "counter", "Sandboxes restored by the pool (rate() of it is the refill rate)",
            p => p.Restores);
        PerPool(w, described, "harness_pool_destroyed_total", "counter", "Sandboxes destroyed after use or at shutdown", p => p.Destroyed);
        PerPool(w, described, "harness_pool_at_memory_budget", "gauge", "1 while the pool holds back refills at its host-memory budget",
            p => p.AtMemoryBudget ? 1 : 0);

        Header(w, "harness_acquire_seconds", "histogram", "Time from an acquire request to a granted lease");
        foreach ((string snapshot, PrometheusHistogram h) in _acquire.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            h.WriteTo(w, "harness_acquire_seconds", $"snapshot=\"{snapshot}\"");
        }

        Header(w, "harness_exec_seconds", "histogram", "Exec requests, daemon side");
        _exec.WriteTo(w, "harness_exec_seconds", "");
        WriteCounters(w);
        (long rss, long pss) = HostProcess.Memory();
        Gauge(w, "harness_process_rss_bytes", "Resident memory of the daemon (guest RAM included)", rss);
        Gauge(w, "harness_process_pss_bytes", "Proportional set size of the daemon: shared snapshot pages split among sharers", pss);
        Gauge(w, "harness_host_memory_available_bytes", "MemAvailable of the host", HostProcess.HostMemAvailable());
        Gauge(w, "harness_process_threads", "Threads of the daemon", HostProcess.Threads());
        Gauge(w, "harness_process_open_fds", "Open file descriptors of the daemon", HostProcess.OpenFileDescriptors());
    }

    private void Add(string key, long by = 1) => _counters.AddOrUpdate(key, by, (_, v) => v + by);

    private void WriteCounters(TextWriter w)
    {
        string? family = null;
        foreach ((string key, long value) in _counters.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            string name = key[..key.IndexOf('{', StringComparison.Ordinal)];
            if (name != family)
            {
                Header(w, name, "counter", Help(name));
                family = name;
            }

            w.Write($"{key} {value.ToString(CultureInfo.InvariantCulture)}\n");
        }
    }

    private static string Help(string name) => name switch
    {
        "harness_acquires_total" => "Leases granted",
        "harness_acquire_failures_total" => "Acquires refused or failed",
        "harness_execs_total" => "Exec requests served",
        "harness_file_bytes_total" => "Bytes moved by file reads and writes",
        "harness_leases_ended_total" => "Leases ended, by reason",
        "harness_connections_rejected_total" => "Connections refused at the socket",
        _ => name,
    };

    private static void Header(TextWriter w, string name, string type, string help) => w.Write($"# HELP {name} {help}\n# TYPE {name} {type}\n");

    /// <summary>One line per pool, labelled with its snapshot.</summary>
    private static void PerPool(TextWriter w, IReadOnlyList<PoolSnapshot> pools, string name, string type, string help, Func<PoolSnapshot, long> value)
    {
        Header(w, name, type, help);
        foreach (PoolSnapshot p in pools)
        {
            w.Write($"{name}{{snapshot=\"{p.Name}\"}} {value(p).ToString(CultureInfo.InvariantCulture)}\n");
        }
    }

    private static void Gauge(TextWriter w, string name, string help, long value)
    {
        Header(w, name, "gauge", help);
        w.Write($"{name} {value.ToString(CultureInfo.InvariantCulture)}\n");
    }
}
