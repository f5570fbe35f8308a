// The sandbox a SandboxTest gets: a pooled sandbox in this process, or one leased from the pool daemon when
// HARNESS_DAEMON names its socket. Test code is the same for both.
using Harness.Agent;
using Harness.Daemon;
using Harness.Sandboxes;

namespace Harness.NUnit;

/// <summary>A fresh sandbox for one test, whichever side of the daemon socket it lives on.</summary>
public abstract class TestSandbox : IAsyncDisposable
{
    /// <summary>Runs <paramref name="command"/> with <c>sh -c</c> and the sandbox's environment.</summary>
    public Task<ExecResult> ExecAsync(string command, CancellationToken cancellationToken = default) =>
        ExecAsync(new ExecRequest(["/bin/sh", "-c", command]), cancellationToken);

    /// <summary>Runs a request; the sandbox's environment is added under the request's own variables.</summary>
    public abstract Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a file from the guest.</summary>
    public abstract Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes a file in the guest.</summary>
    public abstract Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default);

    /// <summary>What the guest printed (in-process only; a daemon keeps its guests' consoles).</summary>
    public abstract string ConsoleLog { get; }

    /// <summary>How long the acquire took.</summary>
    public abstract TimeSpan Waited { get; }

    /// <summary>How long the sandbox's restore took until its agent answered.</summary>
    public abstract TimeSpan RestoreToReady { get; }

    /// <summary>Destroys the sandbox.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>A sandbox from an in-process <see cref="SandboxPool"/>.</summary>
internal sealed class PooledTestSandbox(SandboxLease lease) : TestSandbox
{
    public override Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default) =>
        lease.Sandbox.ExecAsync(request, cancellationToken);

    public override Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        lease.Sandbox.ReadFileAsync(path, cancellationToken);

    public override Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default) =>
        lease.Sandbox.WriteFileAsync(path, contents, cancellationToken);

    public override string ConsoleLog => lease.Sandbox.ConsoleLog;

    public override TimeSpan Waited => lease.Waited;

    public override TimeSpan RestoreToReady => lease.Sandbox.Phases.RestoreToReady;

    public override ValueTask DisposeAsync() => lease.DisposeAsync();
}

/// <summary>A sandbox leased from the pool daemon; the spec's environment is applied here, as the pool does in-process.</summary>
internal sealed class DaemonTestSandbox(DaemonLease lease, IReadOnlyDictionary<string, string> environment) : TestSandbox
{
    public override Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return lease.ExecAsync(request.WithDefaultEnvironment(environment), cancellationToken);
    }

    public override Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        lease.ReadFileAsync(path, cancellationToken);

    public override Task WriteFileAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default) =>
        lease.WriteFileAsync(path, contents, cancellationToken);

    public override string ConsoleLog => $"(sandbox {lease.Id} ran in the pool daemon; its console stays there)";

    public override TimeSpan Waited => lease.AcquireTime;

    public override TimeSpan RestoreToReady => lease.RestoreToReady;

    public override ValueTask DisposeAsync() => lease.DisposeAsync();
}

/// <summary>Where a namespace's sandboxes come from when the tests run against the pool daemon.</summary>
public sealed class DaemonSandboxSource(DaemonClient client, string snapshot, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>The daemon's client.</summary>
    public DaemonClient Client { get; } = client;

    /// <summary>The snapshot name to acquire.</summary>
    public string Snapshot { get; } = snapshot;

    internal async Task<TestSandbox> AcquireAsync(CancellationToken cancellationToken) =>
        new DaemonTestSandbox(await Client.AcquireAsync(Snapshot, cancellationToken).ConfigureAwait(false), environment);
}
