// Background service that ends lapsed and orphaned leases, so a VM never outlives the client that held it.
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Harness.Daemon.Leases;

/// <summary>Runs <see cref="LeaseTable.ReapAsync"/> every <see cref="DaemonOptions.ReapIntervalMs"/>.</summary>
internal sealed class LeaseReaper(LeaseTable leases, DaemonOptions options, ILogger<LeaseReaper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.ReapIntervalMs));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                int ended = await leases.ReapAsync().ConfigureAwait(false);
                if (ended > 0)
                {
                    log.LogInformation("ended {Count} lapsed or orphaned lease(s)", ended);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
