// The same SandboxTest code as in-process, served by the daemon: exec with the recipe's environment, files, and the
// measurements budgets read.
using Harness.Agent;
using Harness.NUnit;

namespace Harness.Daemon.Tests.ThroughNUnit;

public sealed class SandboxTestThroughDaemonTests : SandboxTest
{
    [Test]
    public async Task The_sandbox_is_a_lease_of_the_daemon()
    {
        await using var client = new DaemonClient(DaemonPoolSetUp.Daemon.SocketPath);
        (await client.GetStatusAsync()).Leases.Should().Be(1);
        ExecResult r = await Sandbox.ExecAsync("echo $SANDBOX_SOURCE");
        r.StdoutText.Should().Be("daemon\n");
    }

    [Test]
    public async Task Files_go_in_and_come_out()
    {
        await Sandbox.WriteFileAsync("/tmp/input.txt", "3\n1\n2\n"u8.ToArray());
        (await Sandbox.ExecAsync("sort -n /tmp/input.txt > /tmp/output.txt")).ExitCode.Should().Be(0);
        (await Sandbox.ReadFileAsync("/tmp/output.txt")).Should().Equal("1\n2\n3\n"u8.ToArray());
    }

    [Test]
    public void Acquire_and_restore_times_are_measured()
    {
        SandboxPools.Measurements.Samples("acquire").Should().NotBeNullOrEmpty();
        SandboxPools.Measurements.Samples("restore_to_ready").Should().NotBeNullOrEmpty();
    }
}
