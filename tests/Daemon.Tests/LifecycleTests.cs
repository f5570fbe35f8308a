// Daemons started for one test each: graceful shutdown, refused peers, the load test, and kill -9 mid-load with a
// restart that reclaims the socket and verifies the snapshot again.
using Harness.Daemon.Load;

namespace Harness.Daemon.Tests;

[NonParallelizable]
public sealed class LifecycleTests
{
    [Test]
    public async Task SIGTERM_destroys_every_VM_leased_or_idle_and_removes_the_socket()
    {
        await using DaemonProcess daemon = await TestSnapshot.StartDaemonAsync(await TestSnapshot.GetAsync(), minIdle: 2);
        await using var client = new DaemonClient(daemon.SocketPath);
        DaemonLease lease = await client.AcquireAsync("default");
        (await lease.ExecAsync(["true"])).ExitCode.Should().Be(0);

        (await daemon.StopAsync(TimeSpan.FromSeconds(30))).Should().Be(0);
        daemon.Output.Should().Contain("stopped: 1 leased VM(s) destroyed; 0 VM(s) remain");
        Path.Exists(daemon.SocketPath).Should().BeFalse();
        await FluentActions.Awaiting(() => lease.ReleaseAsync()).Should().ThrowAsync<DaemonUnavailableException>();
    }

    [Test]
    public async Task A_peer_whose_uid_is_not_allowed_is_refused()
    {
        await using DaemonProcess daemon = await TestSnapshot.StartDaemonAsync(await TestSnapshot.GetAsync(), minIdle: 0,
            allowedUids: [54321]);
        await using var client = new DaemonClient(daemon.SocketPath, new DaemonClientOptions { ReconnectTimeout = TimeSpan.FromSeconds(1) });
        await FluentActions.Awaiting(() => client.GetStatusAsync()).Should().ThrowAsync<DaemonUnavailableException>();
        daemon.Output.Should().Contain("not in the allowed uids");
    }

    [Test]
    public async Task Eight_clients_for_ten_seconds_without_errors_or_leaks()
    {
        await using DaemonProcess daemon = await TestSnapshot.StartDaemonAsync(await TestSnapshot.GetAsync(), minIdle: 4);
        DaemonLoadReport r = await DaemonLoad.RunAsync(daemon, new DaemonLoadOptions { Clients = 8, Duration = TimeSpan.FromSeconds(10) });
        TestContext.Out.WriteLine($"{r.Cycles} cycles, {r.Throughput:F1}/s, p50 {r.P50Ms:F0} ms, p99 {r.P99Ms:F0} ms; " +
                                  $"threads {r.Baseline!.Threads}→{r.After!.Threads}, fds {r.Baseline.OpenFileDescriptors}→{r.After.OpenFileDescriptors}");
        r.Errors.Should().BeEmpty();
        r.Leaks.Should().BeEmpty();
        r.Cycles.Should().BeGreaterThan(8);
        r.After.Leases.Should().Be(0);
        r.After.LiveVms.Should().Be(4);
        r.ResourceFds.After.Should().BeLessThanOrEqualTo(r.ResourceFds.Before);
        r.FixedThreads.After.Should().BeLessThanOrEqualTo(r.FixedThreads.Before);
        r.VcpuThreads.Should().BeLessThanOrEqualTo(DaemonLoad.VcpuThreadCache + r.After.LiveVms, "parked vCPU threads are bounded");
        r.Metrics.Should().Contain($"harness_acquires_total{{snapshot=\"default\"}} {r.Cycles}")
            .And.Contain($"harness_leases_ended_total{{reason=\"release\"}} {r.Cycles}");
        (await daemon.StopAsync(TimeSpan.FromSeconds(30))).Should().Be(0);
    }

    [Test]
    public async Task Kill_9_mid_load_then_restart_clients_reconnect_and_the_snapshot_is_verified_again()
    {
        await using DaemonProcess daemon = await TestSnapshot.StartDaemonAsync(await TestSnapshot.GetAsync(), minIdle: 4);
        int firstPid = daemon.Pid;
        DaemonLoadReport r = await DaemonLoad.RunAsync(daemon, new DaemonLoadOptions
        {
            Clients = 8,
            Duration = TimeSpan.FromSeconds(10),
            KillAfter = TimeSpan.FromSeconds(3),
        });
        TestContext.Out.WriteLine($"{r.Cycles} cycles ({r.CyclesAfterRestart} after the restart), {r.Interrupted} interrupted, " +
                                  $"restart {r.RestartTime?.TotalMilliseconds:F0} ms");
        daemon.Pid.Should().NotBe(firstPid);
        r.RestartTime.Should().NotBeNull();
        r.Errors.Should().BeEmpty();
        r.Leaks.Should().BeEmpty();
        r.CyclesAfterRestart.Should().BeGreaterThan(0, "clients reconnect to the restarted daemon by themselves");
        daemon.Output.Split('\n').Count(l => l.Contains(" verified (", StringComparison.Ordinal)).Should().Be(2);
        r.After!.Pid.Should().Be(daemon.Pid);
        (await daemon.StopAsync(TimeSpan.FromSeconds(30))).Should().Be(0);
    }
}
