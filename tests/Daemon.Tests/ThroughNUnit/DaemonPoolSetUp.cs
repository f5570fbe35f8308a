// Harness.NUnit against the pool daemon: this namespace's set-up starts a daemon and names it in HARNESS_DAEMON
// before the base class looks, so the SandboxTest below gets its sandboxes over the socket, not from a local pool.
using Harness.Daemon.Load;
using Harness.NUnit;
using Harness.Sandboxes;

namespace Harness.Daemon.Tests.ThroughNUnit;

[SetUpFixture]
public sealed class DaemonPoolSetUp : SandboxPoolSetUp
{
    private static string? _previous;

    internal static DaemonProcess Daemon { get; private set; } = null!;

    protected override async Task<SandboxBuilder> ConfigureAsync()
    {
        string snapshot = await TestSnapshot.GetAsync();
        Daemon = await TestSnapshot.StartDaemonAsync(snapshot, minIdle: 2);
        _previous = Environment.GetEnvironmentVariable(DaemonClientOptions.SocketVariable);
        Environment.SetEnvironmentVariable(DaemonClientOptions.SocketVariable, Daemon.SocketPath);
        return new SandboxBuilder().WithSnapshot(snapshot).WithEnvironment("SANDBOX_SOURCE", "daemon");
    }

    [OneTimeTearDown]
    public async Task StopDaemonAsync()
    {
        Environment.SetEnvironmentVariable(DaemonClientOptions.SocketVariable, _previous);
        await Daemon.DisposeAsync();
    }
}
