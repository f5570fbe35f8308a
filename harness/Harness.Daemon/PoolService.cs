// Starts the pools (verifying every snapshot first) with the host, and on shutdown ends every lease and destroys
// every VM, leased or idle, before the process exits.
using Harness.Daemon.Leases;
using Harness.Daemon.Pools;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon;

/// <summary>The pools' lifetime inside the host.</summary>
internal sealed class PoolService(ISandboxPools pools, LeaseTable leases, DaemonState state, ILogger<PoolService> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => pools.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        state.Stopping = true;
        int leased = leases.Count;
        await leases.EndAllAsync().ConfigureAwait(false);
        await pools.DisposeAsync().ConfigureAwait(false);
        // An acquire that was restoring on demand when the first sweep ran may have added a lease since.
        await leases.EndAllAsync().ConfigureAwait(false);
        log.LogInformation("stopped: {Leased} leased VM(s) destroyed; {Live} VM(s) remain", leased, pools.LiveVms);
    }
}
