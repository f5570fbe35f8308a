// `harness daemon serve|status|exec|load`: run the pool daemon, ask it how it is, run one command in a leased
// sandbox, and drive it with N concurrent clients (optionally killing it mid-run) to measure it and check for leaks.
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Agent;
using Harness.Daemon;
using Harness.Daemon.Load;
using Harness.Snapshots.Store;

namespace Harness.Cli.Commands;

internal static class DaemonCommand
{
    public static Command Create()
    {
        var daemon = new Command("daemon", "The pool daemon: warm sandboxes served over a Unix socket");
        daemon.Subcommands.Add(ServeCommand());
        daemon.Subcommands.Add(StatusCommand());
        daemon.Subcommands.Add(ExecCommand());
        daemon.Subcommands.Add(LoadCommand());
        return daemon;
    }

    private static Option<string> SocketOption() => new("--socket")
    {
        Description = $"The daemon's socket (default: ${DaemonClientOptions.SocketVariable})",
        DefaultValueFactory = _ => DaemonClientOptions.SocketFromEnvironment() ?? "/run/harness/daemon.sock",
    };

    private static Command ServeCommand()
    {
        var config = new Option<FileInfo>("--config") { Description = "JSON configuration with a \"Daemon\" section", Required = true };
        var command = new Command("serve", "Run the daemon until SIGTERM (systemd: Type=notify)") { config };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((p, ct) => DaemonHost.RunAsync(["--config", p.GetValue(config)!.FullName, .. p.UnmatchedTokens], ct));
        return command;
    }

    private static Command StatusCommand()
    {
        var socket = SocketOption();
        var metrics = new Option<bool>("--metrics") { Description = "Print the Prometheus text instead" };
        var command = new Command("status", "Show the daemon's pools, leases, VMs, threads and descriptors") { socket, metrics };
        command.SetAction(async (p, ct) =>
        {
            using var client = new DaemonClient(p.GetValue(socket)!, new DaemonClientOptions { ReconnectTimeout = TimeSpan.FromSeconds(2) });
            try
            {
                if (p.GetValue(metrics))
                {
                    Console.Write(await client.GetMetricsTextAsync(ct).ConfigureAwait(false));
                    return 0;
                }

                DaemonStatus s = await client.GetStatusAsync(ct).ConfigureAwait(false);
                Console.WriteLine(JsonSerializer.Serialize(s, new JsonSerializerOptions(DaemonJson.Default.Options) { WriteIndented = true }));
                return 0;
            }
            catch (DaemonException e)
            {
                Console.Error.WriteLine($"daemon status: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command ExecCommand()
    {
        var socket = SocketOption();
        var snapshot = new Option<string>("--snapshot") { Description = "Snapshot name to acquire", DefaultValueFactory = _ => "default" };
        var argv = new Argument<string[]>("command") { Description = "Program and arguments to run in the sandbox", Arity = ArgumentArity.OneOrMore };
        var command = new Command("exec", "Acquire a sandbox, run one command in it, release it; exits with its code") { socket, snapshot, argv };
        command.SetAction(async (p, ct) =>
        {
            await using var client = new DaemonClient(p.GetValue(socket)!);
            try
            {
                DaemonLease lease = await client.AcquireAsync(p.GetValue(snapshot)!, ct).ConfigureAwait(false);
                await using (lease.ConfigureAwait(false))
                {
                    ExecResult r = await lease.ExecAsync(p.GetValue(argv)!, ct).ConfigureAwait(false);
                    await Console.OpenStandardOutput().WriteAsync(r.Stdout, ct).ConfigureAwait(false);
                    await Console.Error.WriteAsync(r.StderrText).ConfigureAwait(false);
                    return r.ExitCode;
                }
            }
            catch (DaemonException e)
            {
                Console.Error.WriteLine($"daemon exec: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command LoadCommand()
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long the clients loop", DefaultValueFactory = _ => 60 };
        var minIdle = new Option<int>("--min-idle") { Description = "Idle sandboxes the daemon keeps", DefaultValueFactory = _ => 4 };
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "Snapshot file to serve (default: the default guest, made once)" };
        var killAt = new Option<int?>("--kill-at") { Description = "kill -9 the daemon this many seconds in, restart it, and go on" };
        var json = new Option<FileInfo?>("--json") { Description = "Write the report as JSON to FILE" };
        var command = new Command("load", "Start a daemon on a temporary socket and drive it: N clients acquire, exec `true`, release")
        {
            clients, seconds, minIdle, snapshot, killAt, json,
        };
        command.SetAction((p, ct) => LoadAsync(p.GetValue(clients), p.GetValue(seconds), p.GetValue(minIdle), p.GetValue(snapshot),
            p.GetValue(killAt), p.GetValue(json), ct));
        return command;
    }

    private static async Task<int> LoadAsync(int clients, int seconds, int minIdle, FileInfo? snapshot, int? killAt, FileInfo? json,
        CancellationToken ct)
    {
        if (clients < 1 || seconds < 1 || minIdle < 0 || killAt is { } k && (k < 1 || k >= seconds))
        {
            Console.Error.WriteLine("daemon load: --clients and --seconds must be ≥ 1, --min-idle ≥ 0, --kill-at within the run");
            return 2;
        }

        string path = snapshot?.FullName ?? await LoadSnapshot.EnsureAsync(RepoRoot.Find(),
            Path.Combine(CacheDirectories.Root, "daemon", "load-default.snap"), ct).ConfigureAwait(false);
        Console.Error.WriteLine($"daemon load: {clients} clients for {seconds} s against {path} (min idle {minIdle})" +
                                (killAt is { } at ? $", kill -9 at {at} s" : ""));
        await using DaemonProcess daemon = await DaemonProcess.StartAsync(path, "default", minIdle, TimeSpan.FromSeconds(120), ct)
            .ConfigureAwait(false);
        DaemonLoadReport r = await DaemonLoad.RunAsync(daemon, new DaemonLoadOptions
        {
            Clients = clients,
            Duration = TimeSpan.FromSeconds(seconds),
            KillAfter = killAt is { } kill ? TimeSpan.FromSeconds(kill) : null,
        }, ct).ConfigureAwait(false);
        int exit = await daemon.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);

        var o = new JsonObject
        {
            ["clients"] = clients,
            ["seconds"] = seconds,
            ["min_idle"] = minIdle,
            ["cycles"] = r.Cycles,
            ["throughput_per_s"] = Math.Round(r.Throughput, 2),
            ["cycle_p50_ms"] = Math.Round(r.P50Ms, 2),
            ["cycle_p99_ms"] = Math.Round(r.P99Ms, 2),
            ["cycle_max_ms"] = Math.Round(r.MaxMs, 2),
            ["acquire_p50_ms"] = Math.Round(r.AcquireP50Ms, 3),
            ["acquire_p99_ms"] = Math.Round(r.AcquireP99Ms, 3),
            ["errors"] = r.Errors.Count,
            ["interrupted_by_kill"] = r.Interrupted,
            ["cycles_after_restart"] = killAt != null ? r.CyclesAfterRestart : null,
            ["restart_ms"] = r.RestartTime is { } rt ? Math.Round(rt.TotalMilliseconds, 1) : null,
            ["leaks"] = new JsonArray([.. r.Leaks.Select(l => JsonValue.Create(l))]),
            ["live_vms_before"] = r.Baseline?.LiveVms,
            ["live_vms_after"] = r.After?.LiveVms,
            ["threads_before"] = r.Baseline?.Threads,
            ["threads_after"] = r.After?.Threads,
            ["fixed_threads_before"] = r.FixedThreads.Before,
            ["fixed_threads_after"] = r.FixedThreads.After,
            ["vcpu_threads_after"] = r.VcpuThreads,
            ["fds_before"] = r.Baseline?.OpenFileDescriptors,
            ["fds_after"] = r.After?.OpenFileDescriptors,
            ["resource_fds_before"] = r.ResourceFds.Before,
            ["resource_fds_after"] = r.ResourceFds.After,
            ["daemon_exit_code"] = exit,
        };
        foreach (string e in r.Errors.Take(20))
        {
            Console.Error.WriteLine($"  error: {e}");
        }

        foreach (string line in r.Metrics.Split('\n').Where(l => l.StartsWith("harness_", StringComparison.Ordinal) && !l.Contains("_bucket", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine($"  {line}");
        }

        string text = o.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(text);
        if (json != null)
        {
            await File.WriteAllTextAsync(json.FullName, text, ct).ConfigureAwait(false);
        }

        return r.Errors.Count == 0 && r.Leaks.Count == 0 && exit == 0 ? 0 : 1;
    }
}
