// A sandbox held from the pool daemon: run commands, move files, and release it (disposing releases). It renews its
// TTL in the background while held.
using Harness.Agent;

namespace Harness.Daemon;

/// <summary>A leased sandbox. Disposing releases it; the daemon destroys its VM and never hands it out again.</summary>
public sealed class DaemonLease : IAsyncDisposable
{
    private readonly DaemonClient _client;
    private readonly CancellationTokenSource _renewStop = new();
    private readonly Task _renewLoop;
    private int _released;

    internal DaemonLease(DaemonClient client, LeaseResponse granted)
    {
        _client = client;
        Id = granted.Lease;
        Snapshot = granted.Snapshot;
        Generation = granted.Generation;
        AcquireTime = TimeSpan.FromMilliseconds(granted.AcquireMs);
        RestoreToReady = TimeSpan.FromMilliseconds(granted.RestoreToReadyMs);
        _renewLoop = RenewLoopAsync(TimeSpan.FromMilliseconds(Math.Max(1, granted.TtlMs / 3)));
    }

    /// <summary>The lease id.</summary>
    public string Id { get; }

    /// <summary>The snapshot the sandbox was restored from.</summary>
    public string Snapshot { get; }

    /// <summary>The VM's generation (unique per restore).</summary>
    public ulong Generation { get; }

    /// <summary>How long the daemon took to hand the sandbox out.</summary>
    public TimeSpan AcquireTime { get; }

    /// <summary>How long the sandbox's restore took until its agent answered (before it waited in the pool).</summary>
    public TimeSpan RestoreToReady { get; }

    /// <summary>Runs a program in the sandbox.</summary>
    public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default) =>
        _client.ExecAsync(Id, request, cancellationToken);

    /// <summary>Runs <paramref name="argv"/> in the sandbox.</summary>
    public Task<ExecResult> ExecAsync(IReadOnlyList<string> argv, CancellationToken cancellationToken = default) =>
        _client.ExecAsync(Id, new ExecRequest(argv), cancellationToken);

    /// <summary>Reads a guest file.</summary>
    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        _client.ReadFileAsync(Id, path, cancellationToken);

    /// <summary>Creates or replaces a guest file.</summary>
    public Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default) =>
        _client.WriteFileAsync(Id, path, contents, cancellationToken);

    /// <summary>Releases the sandbox. Idempotent; a lease the daemon already dropped counts as released.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        await StopRenewingAsync().ConfigureAwait(false);
        try
        {
            await _client.ReleaseAsync(Id, cancellationToken).ConfigureAwait(false);
        }
        catch (DaemonLeaseLostException)
        {
            // Already gone (expired, broken, or the daemon restarted): the VM no longer exists either way.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
        catch (DaemonUnavailableException)
        {
            // The daemon is gone, and with it the VM.
        }

        _renewStop.Dispose();
    }

    private async Task StopRenewingAsync()
    {
        await _renewStop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _renewLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RenewLoopAsync(TimeSpan period)
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(_renewStop.Token).ConfigureAwait(false))
        {
            try
            {
                await _client.RenewAsync(Id, _renewStop.Token).ConfigureAwait(false);
            }
            catch (DaemonLeaseLostException)
            {
                return; // the next request on it reports the loss
            }
            catch (DaemonException)
            {
                // The daemon may be restarting; keep trying until the lease is released.
            }
        }
    }
}
