// Builds and runs the daemon: configuration, systemd integration, Kestrel on a Unix socket (mode 0600, peers checked
// by SO_PEERCRED), the pools, the lease reaper and the endpoints.
using Harness.Daemon.Leases;
using Harness.Daemon.Pools;
using Harness.Daemon.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon;

/// <summary>Entry point of the pool daemon, shared by its own executable and <c>harness daemon serve</c>.</summary>
public static class DaemonHost
{
    /// <summary>
    /// Runs the daemon until SIGTERM or Ctrl-C. <paramref name="args"/> may hold <c>--config FILE</c> (JSON with a
    /// "Daemon" section) and <c>--Daemon:Key=value</c> overrides. Returns the process exit code.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        WebApplication app;
        DaemonOptions options;
        try
        {
            (app, options) = Build(args);
        }
        catch (Exception e) when (e is DaemonConfigException or DaemonAlreadyRunningException or FileNotFoundException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"harness daemon: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        await using (app.ConfigureAwait(false))
        {
            // Registered before the host starts, so it runs before systemd is told READY and before clients connect.
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(options.Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            });
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Builds the host without starting it (the socket is reclaimed, not yet bound).</summary>
    public static (WebApplication App, DaemonOptions Options) Build(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? configFile = null;
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                configFile = Path.GetFullPath(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [.. rest] });
        builder.Configuration.Sources.Clear();
        if (configFile != null)
        {
            if (!File.Exists(configFile))
            {
                throw new FileNotFoundException($"configuration file {configFile} does not exist", configFile);
            }

            builder.Configuration.AddJsonFile(configFile, optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddCommandLine([.. rest]);
        var options = new DaemonOptions();
        builder.Configuration.GetSection(DaemonOptions.Section).Bind(options);
        if (configFile != null)
        {
            // Relative snapshot paths are relative to the configuration file, as a reader of that file expects.
            foreach (SnapshotPoolOptions s in options.Snapshots)
            {
                s.Path = Path.GetFullPath(s.Path, Path.GetDirectoryName(configFile)!);
            }
        }

        options.Socket = Path.GetFullPath(options.Socket);
        options.Validate();
        StaleSocket.Reclaim(options.Socket);

        builder.Host.UseSystemd();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var metrics = new DaemonMetrics();
        var state = new DaemonState();
        HashSet<uint> allowed = options.AllowedUids.Count > 0 ? [.. options.AllowedUids] : [0u, CurrentUid()];
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<LeaseTable>();
        builder.Services.AddSingleton<ISandboxPools>(sp =>
            new SandboxPools(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Harness.Daemon.Pools")));
        builder.Services.AddSingleton<DaemonEndpoints>();
        builder.Services.AddHostedService<PoolService>();
        builder.Services.AddHostedService<LeaseReaper>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var gate = new PeerCredentialsGate(allowed, metrics,
                kestrel.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Harness.Daemon.Security"));
            kestrel.ListenUnixSocket(options.Socket, listen => listen.Use(gate.Wrap));
            kestrel.Limits.MaxRequestBodySize = 64L << 20;
        });

        WebApplication app = builder.Build();
        app.Services.GetRequiredService<DaemonEndpoints>().Map(app);
        return (app, options);
    }

    /// <summary>The real uid of this process (the owner of /proc/self).</summary>
    private static uint CurrentUid()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
            {
                return uint.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("/proc/self/status has no Uid line");
    }
}
