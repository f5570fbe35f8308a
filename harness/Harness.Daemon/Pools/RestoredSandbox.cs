// A sandbox that is one guest restored from a snapshot: the agent client does the work, disposing stops the VM.
using Harness.Agent;
using Harness.Guest;

namespace Harness.Daemon.Pools;

/// <summary>An <see cref="IDaemonSandbox"/> over a restored <see cref="BootedGuest"/>.</summary>
internal sealed class RestoredSandbox(BootedGuest guest, Action onDestroyed) : IDaemonSandbox
{
    private int _disposed;

    /// <summary>Set when a lease took it, so its destruction counts against the pool's leased figure.</summary>
    public volatile bool Leased;

    public ulong Generation => guest.Vm.Generation;

    public bool IsAlive => !guest.Vm.Exited.IsCompleted && Volatile.Read(ref _disposed) == 0;

    public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken) =>
        guest.Agent.ExecAsync(request, cancellationToken);

    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken) => guest.Agent.ReadFileAsync(path, cancellationToken);

    public Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken) =>
        guest.Agent.WriteFileAsync(path, contents, cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await guest.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            onDestroyed();
        }
    }
}
