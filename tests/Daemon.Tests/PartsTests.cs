// The daemon's parts without a VM: configuration checks, the Prometheus histogram, peer credentials, process
// identity, stale socket reclaim, cache clean-up, and the client's typed failures.
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Harness.Daemon.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace Harness.Daemon.Tests;

public sealed class PartsTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory()
    {
        _dir = Path.Combine(Path.GetTempPath(), "daemon-parts-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private static DaemonOptions Valid() => new()
    {
        Socket = "/tmp/x.sock",
        Snapshots = [new SnapshotPoolOptions { Name = "default", Path = "/tmp/a.snap", MinIdle = 2 }],
    };

    [Test]
    public void A_valid_configuration_passes() => Valid().Invoking(o => o.Validate()).Should().NotThrow();

    [TestCase("", TestName = "empty name")]
    [TestCase("a b", TestName = "name with a space")]
    [TestCase("../x", TestName = "name with a slash")]
    public void Bad_snapshot_names_are_refused(string name)
    {
        DaemonOptions o = Valid();
        o.Snapshots[0].Name = name;
        o.Invoking(x => x.Validate()).Should().Throw<DaemonConfigException>().WithMessage("*name*");
    }

    [Test]
    public void Duplicate_names_bad_modes_and_ranges_are_refused()
    {
        DaemonOptions dup = Valid();
        dup.Snapshots.Add(new SnapshotPoolOptions { Name = "default", Path = "/tmp/b.snap" });
        dup.Invoking(x => x.Validate()).Should().Throw<DaemonConfigException>().WithMessage("*twice*");

        DaemonOptions mode = Valid();
        mode.Snapshots[0].Mode = "fast";
        mode.Invoking(x => x.Validate()).Should().Throw<DaemonConfigException>().WithMessage("*Mode*");

        DaemonOptions idle = Valid();
        idle.Snapshots[0].MinIdle = -1;
        idle.Invoking(x => x.Validate()).Should().Throw<DaemonConfigException>().WithMessage("*MinIdle*");

        DaemonOptions none = Valid();
        none.Snapshots.Clear();
        none.Invoking(x => x.Validate()).Should().Throw<DaemonConfigException>().WithMessage("*no snapshot*");
    }

    [Test]
    public void Histogram_buckets_are_cumulative_with_sum_and_count()
    {
        var h = new PrometheusHistogram([0.01, 0.1, 1]);
        h.Observe(0.005);
        h.Observe(0.05);
        h.Observe(0.05);
        h.Observe(5);
        var w = new StringWriter(CultureInfo.InvariantCulture);
        h.WriteTo(w, "x_seconds", "k=\"v\"");
        string[] lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Equal(
            "x_seconds_bucket{k=\"v\",le=\"0.01\"} 1",
            "x_seconds_bucket{k=\"v\",le=\"0.1\"} 3",
            "x_seconds_bucket{k=\"v\",le=\"1\"} 3",
            "x_seconds_bucket{k=\"v\",le=\"+Inf\"} 4",
            "x_seconds_sum{k=\"v\"} 5.105",
            "x_seconds_count{k=\"v\"} 4");
    }

    [Test]
    public void Histogram_refuses_unordered_bounds() =>
        FluentActions.Invoking(() => new PrometheusHistogram([1, 0.5])).Should().Throw<ArgumentException>();

    [Test]
    public void Peer_credentials_of_a_unix_socket_name_this_process()
    {
        string path = Path.Combine(_dir, "s.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        client.Connect(new UnixDomainSocketEndPoint(path));
        using Socket accepted = listener.Accept();
        PeerCredentials peer = PeerCredentials.Of(accepted);
        peer.Pid.Should().Be(Environment.ProcessId);
        peer.Uid.Should().Be(OwnUid());
    }

    [Test]
    public void Sockets_without_a_unix_peer_have_no_credentials()
    {
        using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        FluentActions.Invoking(() => PeerCredentials.Of(tcp)).Should().Throw<SocketException>();
        using var unconnected = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        FluentActions.Invoking(() => PeerCredentials.Of(unconnected)).Should().Throw<SocketException>();
    }

    [Test]
    public void A_process_identity_ends_with_its_process()
    {
        ProcessIdentity.Of(Environment.ProcessId).Should().NotBeNull();
        ProcessIdentity.Of(Environment.ProcessId)!.Value.IsAlive.Should().BeTrue();
        using var child = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        ProcessIdentity id = ProcessIdentity.Of(child.Id)!.Value;
        id.IsAlive.Should().BeTrue();
        child.Kill();
        child.WaitForExit();
        id.IsAlive.Should().BeFalse();
        ProcessIdentity.Of(child.Id).Should().BeNull();
    }

    [Test]
    public void A_stale_socket_is_removed_and_a_live_one_is_not()
    {
        string path = Path.Combine(_dir, "d.sock");
        // A process that bound the socket and ended without unlinking it: what kill -9 leaves. (.NET unlinks a socket
        // file it bound when the socket is disposed, so another process makes it.)
        using (Process binder = Process.Start(new ProcessStartInfo("python3",
                   ["-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", path]))!)
        {
            binder.WaitForExit();
            binder.ExitCode.Should().Be(0);
        }

        Path.Exists(path).Should().BeTrue();
        StaleSocket.Reclaim(path).Should().BeTrue();
        Path.Exists(path).Should().BeFalse();
        StaleSocket.Reclaim(path).Should().BeFalse();

        using var live = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        live.Bind(new UnixDomainSocketEndPoint(path));
        live.Listen(1);
        FluentActions.Invoking(() => StaleSocket.Reclaim(path)).Should().Throw<DaemonAlreadyRunningException>();
        Path.Exists(path).Should().BeTrue();
    }

    [Test]
    public void A_regular_file_at_the_socket_path_is_never_deleted()
    {
        string path = Path.Combine(_dir, "not-a-socket");
        File.WriteAllText(path, "data");
        FluentActions.Invoking(() => StaleSocket.Reclaim(path)).Should().Throw<DaemonConfigException>().WithMessage("*not a socket*");
        File.ReadAllText(path).Should().Be("data");
    }

    [Test]
    public void Cache_temporaries_of_dead_processes_are_removed()
    {
        using var child = Process.Start(new ProcessStartInfo("true"))!;
        child.WaitForExit();
        string dead = Path.Combine(_dir, $".tmp.{child.Id}.abc");
        string mine = Path.Combine(_dir, $".tmp.{Environment.ProcessId}.abc");
        string image = Path.Combine(_dir, "0123.mem");
        File.WriteAllText(dead, "");
        File.WriteAllText(mine, "");
        File.WriteAllText(image, "");
        SnapshotCheck.RemoveStaleTemporaries(_dir, NullLogger.Instance).Should().Be(1);
        File.Exists(dead).Should().BeFalse();
        File.Exists(mine).Should().BeTrue();
        File.Exists(image).Should().BeTrue();
    }

    [Test]
    public async Task A_client_with_no_daemon_gets_a_typed_error_after_its_reconnect_timeout()
    {
        await using var client = new DaemonClient(Path.Combine(_dir, "none.sock"),
            new DaemonClientOptions { ReconnectTimeout = TimeSpan.FromMilliseconds(100) });
        await FluentActions.Awaiting(() => client.AcquireAsync("default")).Should().ThrowAsync<DaemonUnavailableException>();
    }

    [Test]
    public void The_socket_variable_names_the_daemon()
    {
        string? before = Environment.GetEnvironmentVariable(DaemonClientOptions.SocketVariable);
        try
        {
            Environment.SetEnvironmentVariable(DaemonClientOptions.SocketVariable, "/run/x.sock");
            DaemonClientOptions.SocketFromEnvironment().Should().Be("/run/x.sock");
            using (DaemonClient? client = DaemonClient.FromEnvironment())
            {
                client!.SocketPath.Should().Be("/run/x.sock");
            }

            Environment.SetEnvironmentVariable(DaemonClientOptions.SocketVariable, "");
            DaemonClientOptions.SocketFromEnvironment().Should().BeNull();
            DaemonClient.FromEnvironment().Should().BeNull();
        }
        finally
        {
            Environment.SetEnvironmentVariable(DaemonClientOptions.SocketVariable, before);
        }
    }

    private static uint OwnUid() =>
        uint.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
