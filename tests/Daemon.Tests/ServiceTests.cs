// One real daemon child process serving restored guests: leases, exec and files over the socket, typed errors, the
// socket's mode, metrics, and leases that end because their client died or stopped renewing.
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Harness.Agent;
using Harness.Daemon.Load;

namespace Harness.Daemon.Tests;

[NonParallelizable]
public sealed class ServiceTests
{
    private DaemonProcess _daemon = null!;
    private DaemonClient _client = null!;

    [OneTimeSetUp]
    public async Task StartDaemon()
    {
        _daemon = await TestSnapshot.StartDaemonAsync(await TestSnapshot.GetAsync(), minIdle: 2);
        _client = new DaemonClient(_daemon.SocketPath);
    }

    [OneTimeTearDown]
    public async Task StopDaemon()
    {
        await _client.DisposeAsync();
        await _daemon.DisposeAsync();
    }

    [Test]
    public async Task A_lease_runs_commands_moves_files_and_is_released()
    {
        DaemonLease lease = await _client.AcquireAsync("default");
        (await _client.GetStatusAsync()).Leases.Should().Be(1);

        ExecResult r = await lease.ExecAsync(new ExecRequest(["sh", "-c", "echo out; echo err >&2; exit 3"]));
        r.ExitCode.Should().Be(3);
        r.StdoutText.Should().Be("out\n");
        r.StderrText.Should().Be("err\n");

        await lease.WriteFileAsync("/tmp/through-daemon", Encoding.UTF8.GetBytes("payload"));
        Encoding.UTF8.GetString(await lease.ReadFileAsync("/tmp/through-daemon")).Should().Be("payload");
        (await lease.ExecAsync(["cat", "/tmp/through-daemon"])).StdoutText.Should().Be("payload");

        await lease.ReleaseAsync();
        (await _client.GetStatusAsync()).Leases.Should().Be(0);
        await FluentActions.Awaiting(() => _client.ExecAsync(lease.Id, new ExecRequest(["true"])))
            .Should().ThrowAsync<DaemonLeaseLostException>().Where(e => e.Code == DaemonErrorCodes.UnknownLease);
        await FluentActions.Awaiting(() => _client.ReleaseAsync(lease.Id)).Should().ThrowAsync<DaemonLeaseLostException>();
    }

    [Test]
    public async Task Every_lease_is_a_different_restored_VM()
    {
        await using DaemonLease a = await _client.AcquireAsync("default");
        await using DaemonLease b = await _client.AcquireAsync("default");
        a.Id.Should().NotBe(b.Id);
        await a.WriteFileAsync("/tmp/mark", "a"u8.ToArray());
        (await b.ExecAsync(["sh", "-c", "test -e /tmp/mark && echo shared || echo separate"])).StdoutText.Should().Be("separate\n");
        string bootA = (await a.ExecAsync(["cat", "/proc/sys/kernel/random/uuid"])).StdoutText;
        string bootB = (await b.ExecAsync(["cat", "/proc/sys/kernel/random/uuid"])).StdoutText;
        bootA.Should().NotBe(bootB);
    }

    [Test]
    public async Task An_agent_error_leaves_the_lease_usable()
    {
        await using DaemonLease lease = await _client.AcquireAsync("default");
        await FluentActions.Awaiting(() => lease.ReadFileAsync("/no/such/file"))
            .Should().ThrowAsync<DaemonRequestException>().Where(e => e.Code == DaemonErrorCodes.AgentError && e.Status == 422);
        (await lease.ExecAsync(["true"])).ExitCode.Should().Be(0);
    }

    [Test]
    public async Task Unknown_snapshots_and_bad_requests_get_typed_errors()
    {
        await FluentActions.Awaiting(() => _client.AcquireAsync("nope"))
            .Should().ThrowAsync<DaemonRequestException>().Where(e => e.Code == DaemonErrorCodes.UnknownSnapshot && e.Status == 404);
        await using var shortTtl = new DaemonClient(_daemon.SocketPath, new DaemonClientOptions { LeaseTtl = TimeSpan.FromDays(30) });
        await FluentActions.Awaiting(() => shortTtl.AcquireAsync("default"))
            .Should().ThrowAsync<DaemonRequestException>().Where(e => e.Code == DaemonErrorCodes.BadRequest);
    }

    [Test]
    public void The_socket_is_private_to_its_owner() =>
        File.GetUnixFileMode(_daemon.SocketPath).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);

    [Test]
    public async Task Metrics_and_health_describe_the_pools_and_the_traffic()
    {
        (await _client.IsHealthyAsync()).Should().BeTrue();
        await using (DaemonLease lease = await _client.AcquireAsync("default"))
        {
            await lease.ExecAsync(["true"]);
        }

        string metrics = await _client.GetMetricsTextAsync();
        metrics.Should().Contain("harness_pool_target_idle{snapshot=\"default\"} 2")
            .And.Contain("harness_pool_verified{snapshot=\"default\"} 1")
            .And.Contain("# TYPE harness_acquire_seconds histogram")
            .And.Contain("harness_acquire_seconds_bucket{snapshot=\"default\",le=\"+Inf\"}")
            .And.Contain("harness_execs_total{outcome=\"ok\"}")
            .And.Contain("harness_leases_ended_total{reason=\"release\"}")
            .And.Contain("harness_process_pss_bytes")
            .And.Contain("harness_host_memory_available_bytes");
        long acquires = Value(metrics, "harness_acquire_seconds_count{snapshot=\"default\"}");
        acquires.Should().BeGreaterThan(0);
        Value(metrics, "harness_acquires_total{snapshot=\"default\"}").Should().Be(acquires);
    }

    [Test]
    public async Task The_lease_of_a_client_that_dies_ends_and_its_VM_is_destroyed()
    {
        // A separate client process holds a lease (10 minute TTL) and is then killed with SIGKILL.
        string script = """
            import socket, sys, time
            s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
            body = b'{"snapshot":"default","ttl_ms":600000}'
            s.sendall(b'POST /v1/leases HTTP/1.1\r\nHost: d\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body) + body)
            print(s.recv(65536).decode().replace('\r\n', ' '), flush=True)
            time.sleep(600)
            """;
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(_daemon.SocketPath);
        using Process child = Process.Start(info)!;
        try
        {
            string? granted = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            granted.Should().Contain("\"lease\"");
            DaemonStatus held = await _client.GetStatusAsync();
            held.Leases.Should().Be(1);
            held.Pools[0].Leased.Should().Be(1);
        }
        finally
        {
            child.Kill();
            await child.WaitForExitAsync();
        }

        // The dead client's VM is destroyed: only idle ones remain (WaitAsync fails the test if that never happens).
        await WaitAsync(s => s.Leases == 0 && s.Pools[0].Leased == 0 && s.LiveVms == s.Pools[0].Idle);
        (await _client.GetMetricsTextAsync()).Should().Contain("harness_leases_ended_total{reason=\"owner_exit\"} 1");
    }

    [Test]
    public async Task A_lease_that_is_not_renewed_expires()
    {
        // A client that stays alive but hangs: one raw acquire with a 300 ms TTL and no renewals.
        using var raw = new HttpRawLease(_daemon.SocketPath);
        string id = await raw.AcquireAsync(ttlMs: 300);
        (await _client.GetStatusAsync()).Leases.Should().Be(1);
        await WaitAsync(s => s.Leases == 0);
        await FluentActions.Awaiting(() => _client.ExecAsync(id, new ExecRequest(["true"]))).Should().ThrowAsync<DaemonLeaseLostException>();
        (await _client.GetMetricsTextAsync()).Should().Contain("harness_leases_ended_total{reason=\"ttl\"}");
    }

    private async Task<DaemonStatus> WaitAsync(Func<DaemonStatus, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            DaemonStatus s = await _client.GetStatusAsync();
            if (condition(s))
            {
                return s;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                Assert.Fail($"the daemon did not reach the expected state; last: {s}");
            }

            await Task.Delay(50);
        }
    }

    private static long Value(string metrics, string key) =>
        long.Parse(metrics.Split('\n').Single(l => l.StartsWith(key + " ", StringComparison.Ordinal))[(key.Length + 1)..],
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An acquire over one raw connection that never renews: a client that hangs.</summary>
    private sealed class HttpRawLease(string socketPath) : IDisposable
    {
        private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

        public async Task<string> AcquireAsync(long ttlMs)
        {
            await _socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
            byte[] body = Encoding.UTF8.GetBytes($"{{\"snapshot\":\"default\",\"ttl_ms\":{ttlMs}}}");
            byte[] head = Encoding.ASCII.GetBytes($"POST /v1/leases HTTP/1.1\r\nHost: d\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
            await _socket.SendAsync(head.Concat(body).ToArray());
            byte[] buffer = new byte[65536];
            int n = await _socket.ReceiveAsync(buffer);
            string reply = Encoding.UTF8.GetString(buffer, 0, n);
            int at = reply.IndexOf("\"lease\":\"", StringComparison.Ordinal) + 9;
            return reply[at..reply.IndexOf('"', at)];
        }

        public void Dispose() => _socket.Dispose();
    }
}
