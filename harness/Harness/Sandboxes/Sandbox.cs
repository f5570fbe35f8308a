// One sandbox: a guest restored from a snapshot, reached through its agent. Disposing it destroys the VM; a
// sandbox is never reused after its user is done with it.
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Machine;

namespace Harness.Sandboxes;

/// <summary>A running, restored guest. Thread-safe for one caller at a time per agent request.</summary>
public sealed class Sandbox : IAsyncDisposable
{
    private readonly BootedGuest _guest;
    private readonly SandboxSpec _spec;
    private int _disposed;

    private Sandbox(BootedGuest guest, SandboxSpec spec, RestorePhases phases)
    {
        _guest = guest;
        _spec = spec;
        Phases = phases;
    }

    /// <summary>How long each phase of this sandbox's restore took.</summary>
    public RestorePhases Phases { get; }

    /// <summary>The VM behind the sandbox, for measurements.</summary>
    public MicroVm Vm => _guest.Vm;

    /// <summary>The agent, for requests the sandbox does not wrap.</summary>
    public AgentClient Agent => _guest.Agent;

    /// <summary>Everything the guest printed on its console since the restore.</summary>
    public string ConsoleLog => _guest.Vm.Console.ToString();

    /// <summary>Restores a sandbox of <paramref name="spec"/> (building the recipe's snapshot first if needed).</summary>
    public static async Task<Sandbox> StartAsync(SandboxSpec spec, SnapshotCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string snapshot = await (catalog ?? new SnapshotCatalog()).GetSnapshotAsync(spec, cancellationToken).ConfigureAwait(false);
        var request = new SnapshotRestoreRequest(snapshot) { Mode = spec.RestoreMode, AgentTimeout = spec.StartTimeout };
        (BootedGuest guest, RestorePhases phases) = await SnapshotRestore.RestoreAsync(request, cancellationToken).ConfigureAwait(false);
        return new Sandbox(guest, spec, phases);
    }

    /// <summary>Runs <paramref name="command"/> with <c>sh -c</c> and the sandbox's environment.</summary>
    public Task<ExecResult> ExecAsync(string command, CancellationToken cancellationToken = default) =>
        ExecAsync(new ExecRequest(["/bin/sh", "-c", command]), cancellationToken);

    /// <summary>Runs a request; the sandbox's environment is added under the request's own variables.</summary>
    public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfDisposed();
        return _guest.Agent.ExecAsync(request.WithDefaultEnvironment(_spec.Environment), cancellationToken);
    }

    /// <summary>Reads a file from the guest.</summary>
    public Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _guest.Agent.ReadFileAsync(path, cancellationToken);
    }

    /// <summary>Writes a file in the guest.</summary>
    public Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _guest.Agent.WriteFileAsync(path, contents, cancellationToken: cancellationToken);
    }

    /// <summary>Stops the guest's vCPUs and clock.</summary>
    public Task PauseAsync(CancellationToken cancellationToken = default) => _guest.Vm.PauseAsync(cancellationToken);

    /// <summary>Lets a paused guest run again.</summary>
    public Task ResumeAsync(CancellationToken cancellationToken = default) => _guest.Vm.ResumeAsync(cancellationToken);

    /// <summary>Destroys the VM.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _guest.Vm.StopAsync().ConfigureAwait(false);
            await _guest.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
