// virtio-vsock against real Unix sockets: both connection directions, multi-MiB streams with checksums under
// credit flow control, refusals, transport reset, and state round trips.
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Harness.Vmm.Devices.Virtio;
using Harness.Vmm.Devices.Virtio.Vsock;

namespace Harness.Vmm.Tests.Devices.Virtio;

public class VirtioVsockTests
{
    private const int StreamBytes = 4 << 20;
    private string _dir = null!;
    private string _uds = null!;

    [SetUp]
    public void SetUp()
    {
        // Unix socket paths are limited to ~107 bytes, so keep them under /tmp.
        _dir = Directory.CreateTempSubdirectory("vs").FullName;
        _uds = Path.Combine(_dir, "v.sock");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private VirtioVsockOptions Options(uint hostBuffer = 64 * 1024) => new() { UdsPath = _uds, GuestCid = VsockTestGuest.Cid, ConnectionBufferSize = hostBuffer };

    private static byte[] Pattern(int seed, int length)
    {
        var b = new byte[length];
        new Random(seed).NextBytes(b);
        return b;
    }

    private static async Task<Socket> HostConnectAsync(string uds, uint port)
    {
        var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await s.ConnectAsync(new UnixDomainSocketEndPoint(uds));
        await s.SendAsync(Encoding.ASCII.GetBytes($"CONNECT {port}\n"));
        return s;
    }

    private static Task<string> ReadLineAsync(Socket s) => ReadLineAsync(new NetworkStream(s, ownsSocket: false));

    private static async Task<byte[]> ReadAllHashAsync(Socket s)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buf = new byte[32 * 1024];
        int n;
        while ((n = await s.ReceiveAsync(buf)) > 0)
        {
            hash.AppendData(buf, 0, n);
        }

        return hash.GetHashAndReset();
    }

    private static async Task WriteAllAsync(Socket s, byte[] data)
    {
        for (int at = 0; at < data.Length; at += 100_000)
        {
            await s.SendAsync(data.AsMemory(at, Math.Min(100_000, data.Length - at)));
        }

        s.Shutdown(SocketShutdown.Send);
    }

    /// <summary>Streams <paramref name="toGuest"/> and <paramref name="toHost"/> at once over an established pair.</summary>
    private static void Stream(VsockTestGuest guest, GuestVsockConn c, Socket host, byte[] toGuest, byte[] toHost)
    {
        Task write = Task.Run(() => WriteAllAsync(host, toGuest));
        Task<byte[]> read = Task.Run(() => ReadAllHashAsync(host));
        int sent = 0;
        bool shutSent = false;
        guest.RunUntil(
            () => shutSent && (c.PeerShutdown & VsockHeader.ShutdownSend) != 0 && read.IsCompleted,
            () =>
            {
                while (sent < toHost.Length && guest.CanSend)
                {
                    int n = guest.SendData(c, toHost.AsSpan(sent));
                    if (n == 0)
                    {
                        break;
                    }

                    sent += n;
                }

                if (sent == toHost.Length && !shutSent)
                {
                    guest.SendControl(c, VsockOp.Shutdown, VsockHeader.ShutdownSend);
                    shutSent = true;
                }
            });
        write.GetAwaiter().GetResult();
        c.Reset.Should().BeFalse();
        c.Received.Should().Be(toGuest.Length);
        c.Hash.GetHashAndReset().Should().Equal(SHA256.HashData(toGuest));
        read.Result.Should().Equal(SHA256.HashData(toHost));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Host_connects_to_a_guest_port_and_streams_both_ways(bool eventIdx)
    {
        using var guest = new VsockTestGuest(Options(), eventIdx);
        guest.ListeningPorts.Add(5000);
        using Socket host = await HostConnectAsync(_uds, 5000);
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => guest.Conns.Count == 1 && ok.IsCompleted);
        GuestVsockConn c = guest.Conns.Values.Single();
        ok.Result.Should().Be($"OK {c.PeerPort}");
        c.PeerPort.Should().BeGreaterThanOrEqualTo(1u << 30);

        Stream(guest, c, host, Pattern(1, StreamBytes), Pattern(2, StreamBytes + 12345));
        guest.CreditUpdatesSent.Should().BeGreaterThan(StreamBytes / (int)guest.GuestBufAlloc, "the host waited for guest credit");
        guest.Received.Count(h => h.Op == VsockOp.CreditUpdate).Should().BeGreaterThan(10, "the device returned credit as it forwarded");

        // Closing both ways ends in the device's RST.
        guest.SendControl(c, VsockOp.Shutdown, VsockHeader.ShutdownSend | VsockHeader.ShutdownReceive);
        guest.RunUntil(() => c.Reset);
        guest.RunUntil(() => guest.Transport.Device.ConnectionCount == 0);
        guest.Transport.ErrorCount.Should().Be(0);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Guest_connects_to_a_host_listener_and_streams_both_ways(bool eventIdx)
    {
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint($"{_uds}_6000"));
        listener.Listen(4);
        Task<Socket> accepted = listener.AcceptAsync();

        using var guest = new VsockTestGuest(Options(), eventIdx);
        GuestVsockConn c = guest.Connect(1234, 6000);
        guest.RunUntil(() => c.Established && accepted.IsCompleted);
        using Socket host = await accepted;

        Stream(guest, c, host, Pattern(3, StreamBytes + 999), Pattern(4, StreamBytes));
        guest.Transport.ErrorCount.Should().Be(0);
    }

    [Test]
    public void Guest_connect_without_a_listener_is_refused_with_RST()
    {
        using var guest = new VsockTestGuest(Options(), false);
        GuestVsockConn c = guest.Connect(1234, 7777);
        guest.RunUntil(() => c.Reset);
        c.Established.Should().BeFalse();
        guest.Transport.Device.ConnectionCount.Should().Be(0);
    }

    [Test]
    public async Task Host_connect_to_a_closed_guest_port_is_closed_without_OK()
    {
        using var guest = new VsockTestGuest(Options(), false);
        using Socket host = await HostConnectAsync(_uds, 4444);
        Task<string> line = ReadLineAsync(host);
        guest.RunUntil(() => line.IsCompleted);
        line.Result.Should().BeEmpty("the guest refused and the device closed the host socket");
    }

    [Test]
    public async Task Malformed_handshakes_and_packets_are_dropped_or_refused()
    {
        using var guest = new VsockTestGuest(Options(), false);
        using (var bad = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            await bad.ConnectAsync(new UnixDomainSocketEndPoint(_uds));
            await bad.SendAsync(Encoding.ASCII.GetBytes("CONNECT nope\n"));
            (await bad.ReceiveAsync(new byte[8])).Should().Be(0);
        }

        guest.SendRaw(1, 2, VsockOp.Rw, 0, 0, 0, [1, 2, 3], srcCid: 99);
        guest.SendRaw(1, 2, VsockOp.Request, 0, 0, 0, [], type: 2);
        guest.SendRaw(5, 6, VsockOp.Rw, 0, 0, 0, [7]);
        guest.RunUntil(() => guest.Received.Count(h => h.Op == VsockOp.Rst) == 2);
        guest.Transport.Device.DroppedPackets.Should().Be(1, "the spoofed source CID is dropped silently");
        (guest.Driver.Status & VirtioStatus.DeviceNeedsReset).Should().Be(0);
    }

    [Test]
    public async Task Transport_reset_closes_connections_and_reaches_the_guest_event_queue()
    {
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        using Socket host = await HostConnectAsync(_uds, 5000);
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => ok.IsCompleted);
        Task<byte[]> rest = ReadAllHashAsync(host);

        guest.Transport.Device.SendTransportReset();
        guest.RunUntil(() => guest.Events.Count == 1 && rest.IsCompleted);
        guest.Events.Should().Equal(VirtioVsockDevice.EventTransportReset);
        guest.Transport.Device.ConnectionCount.Should().Be(0);
        guest.Transport.Device.TransportResetPending.Should().BeFalse();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task After_a_transport_reset_nothing_reaches_the_guest_until_it_gave_the_event_buffer_back(bool eventIdx)
    {
        using var guest = new VsockTestGuest(Options(), eventIdx);
        guest.ListeningPorts.Add(5000);
        guest.Transport.Device.SendTransportReset();
        guest.Transport.Device.TransportResetOutstanding.Should().BeTrue();
        ushort rxUsed = guest.Rx.UsedIdx;

        // A host client connecting at once is accepted, but its request waits: were it delivered now, a guest that
        // handles rx before events would accept it and then tear it down with the reset.
        using Socket host = await HostConnectAsync(_uds, 5000);
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (guest.Transport.Device.ConnectionCount == 0 && guard.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }

        guest.Transport.Device.ConnectionCount.Should().Be(1);
        guest.Rx.UsedIdx.Should().Be(rxUsed);
        guest.Transport.Device.TransportResetOutstanding.Should().BeTrue("the guest has not handled the event yet");

        // The guest handles the event and re-posts its buffer (with EVENT_IDX, the device asked to hear of that).
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => ok.IsCompleted);
        guest.Events.Should().Equal(VirtioVsockDevice.EventTransportReset);
        guest.Transport.Device.TransportResetOutstanding.Should().BeFalse();
        (await ok).Should().StartWith("OK ");
        guest.Received.First(h => h.Op == VsockOp.Request).DstPort.Should().Be(5000u);
    }

    [Test]
    public async Task An_in_process_connection_is_queued_at_once_and_carries_bytes_both_ways()
    {
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        using Socket host = guest.Transport.Device.ConnectInProcess(5000);
        guest.Transport.Device.ConnectionCount.Should().Be(1, "the request is queued before ConnectInProcess returns");
        await host.SendAsync(Encoding.ASCII.GetBytes("ping"));

        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => ok.IsCompleted && guest.Conns.Values.Sum(c => c.Received) == 4);
        (await ok).Should().StartWith("OK ");
        GuestVsockConn c = guest.Conns.Values.Single();
        guest.SendData(c, "pong"u8);
        var reply = new byte[4];
        Task<int> read = host.ReceiveAsync(reply);
        guest.RunUntil(() => read.IsCompleted);
        Encoding.ASCII.GetString(reply, 0, await read).Should().Be("pong");

        // A port nobody listens on: the guest answers RST and the host end closes without an OK line.
        using Socket refused = guest.Transport.Device.ConnectInProcess(6000);
        Task<string> none = ReadLineAsync(refused);
        guest.RunUntil(() => none.IsCompleted);
        (await none).Should().BeEmpty();
    }

    private static async Task<string> ReadLineAsync(Stream s)
    {
        var sb = new StringBuilder();
        var one = new byte[1];
        while (await s.ReadAsync(one) == 1 && one[0] != '\n')
        {
            sb.Append((char)one[0]);
        }

        return sb.ToString();
    }

    // A local connection to a listening guest port, past its "OK" line.
    private static async Task<(Stream Host, GuestVsockConn Guest)> ConnectLocalAsync(VsockTestGuest guest, uint port)
    {
        guest.ListeningPorts.Add(port);
        Stream host = guest.Transport.Device.ConnectLocal(port);
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => ok.IsCompleted);
        await ok;
        return (host, guest.Conns.Values.Single());
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_local_connection_streams_both_ways_within_credit_and_closes(bool eventIdx)
    {
        using var guest = new VsockTestGuest(Options(), eventIdx);
        guest.ListeningPorts.Add(5000);
        Stream host = guest.Transport.Device.ConnectLocal(5000);
        guest.Transport.Device.ConnectionCount.Should().Be(1, "the request is queued before ConnectLocal returns");
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => guest.Conns.Count == 1 && ok.IsCompleted);
        GuestVsockConn c = guest.Conns.Values.Single();
        (await ok).Should().Be($"OK {c.PeerPort}");

        // More than the guest's and the device's buffers each way, written in pieces of odd sizes.
        byte[] toGuest = Pattern(5, StreamBytes + 777), toHost = Pattern(6, StreamBytes + 4321);
        Task write = Task.Run(async () =>
        {
            for (int at = 0; at < toGuest.Length; at += 70_001)
            {
                await host.WriteAsync(toGuest.AsMemory(at, Math.Min(70_001, toGuest.Length - at)));
            }
        });
        Task<byte[]> read = Task.Run(async () =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buf = new byte[10_000];
            int n;
            while ((n = await host.ReadAsync(buf)) > 0)
            {
                hash.AppendData(buf, 0, n);
            }

            return hash.GetHashAndReset();
        });
        int sent = 0;
        bool shutSent = false;
        guest.RunUntil(
            () => shutSent && read.IsCompleted && write.IsCompleted && c.Received == toGuest.Length,
            () =>
            {
                while (sent < toHost.Length && guest.CanSend && guest.SendData(c, toHost.AsSpan(sent)) is > 0 and int n)
                {
                    sent += n;
                }

                if (sent == toHost.Length && !shutSent)
                {
                    guest.SendControl(c, VsockOp.Shutdown, VsockHeader.ShutdownSend);
                    shutSent = true;
                }
            });
        await write;
        c.Hash.GetHashAndReset().Should().Equal(SHA256.HashData(toGuest));
        (await read).Should().Equal(SHA256.HashData(toHost), "the reader got every byte, in order, then the end of the stream");
        guest.CreditUpdatesSent.Should().BeGreaterThan(StreamBytes / (int)guest.GuestBufAlloc, "the host waited for guest credit");
        guest.Received.Count(h => h.Op == VsockOp.CreditUpdate).Should().BeGreaterThan(10, "the device returned credit as the reader took bytes");

        // The host closes: the guest reads the end of the stream, closes too, and the device ends with RST.
        await host.DisposeAsync();
        guest.RunUntil(() => (c.PeerShutdown & VsockHeader.ShutdownSend) != 0);
        guest.SendControl(c, VsockOp.Shutdown, VsockHeader.ShutdownSend | VsockHeader.ShutdownReceive);
        guest.RunUntil(() => c.Reset && guest.Transport.Device.ConnectionCount == 0);
        guest.Transport.ErrorCount.Should().Be(0);
    }

    [Test]
    public async Task A_local_read_resumes_on_the_thread_that_delivered_the_guest_bytes()
    {
        using var guest = new VsockTestGuest(Options(), true);
        (Stream host, GuestVsockConn c) = await ConnectLocalAsync(guest, 5000);
        using Stream hostEnd = host;

        // The read waits; the guest's packet arrives through a queue notification on this thread, and the read's
        // continuation has run on it by the time the notification returns: no thread-pool hop in between.
        var buf = new byte[16];
        Task<int> thread = host.ReadAsync(buf).AsTask().ContinueWith(_ => Environment.CurrentManagedThreadId, TaskContinuationOptions.ExecuteSynchronously);
        thread.IsCompleted.Should().BeFalse();
        guest.SendData(c, "pong"u8).Should().Be(4);
        thread.IsCompleted.Should().BeTrue("the notification that carried the bytes resumed the reader before returning");
        (await thread).Should().Be(Environment.CurrentManagedThreadId);
        Encoding.ASCII.GetString(buf, 0, 4).Should().Be("pong");
    }

    [Test]
    public async Task A_local_connection_to_a_closed_port_ends_without_OK_and_refuses_writes()
    {
        using var guest = new VsockTestGuest(Options(), true);
        using Stream refused = guest.Transport.Device.ConnectLocal(6000);
        Task<string> none = ReadLineAsync(refused);
        guest.RunUntil(() => none.IsCompleted);
        (await none).Should().BeEmpty();
        await FluentActions.Awaiting(async () => await refused.WriteAsync("late"u8.ToArray())).Should().ThrowAsync<IOException>();
        guest.RunUntil(() => guest.Transport.Device.ConnectionCount == 0);
    }

    [Test]
    public async Task Bytes_written_locally_before_the_guest_accepts_reach_it_with_the_acceptance()
    {
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        using Stream host = guest.Transport.Device.ConnectLocal(5000);
        await host.WriteAsync("ping"u8.ToArray());
        guest.RunUntil(() => guest.Received.Any(h => h.Op == VsockOp.Request));
        guest.Pump();
        guest.Conns.Values.Single().Received.Should().Be(4, "the bytes went out right behind the guest's RESPONSE");
    }

    [Test]
    public async Task A_guest_reset_ends_local_reads_and_writes()
    {
        using var guest = new VsockTestGuest(Options(), true);
        (Stream host, GuestVsockConn c) = await ConnectLocalAsync(guest, 5000);
        using Stream hostEnd = host;
        Task<int> read = host.ReadAsync(new byte[8]).AsTask();
        guest.SendControl(c, VsockOp.Rst, 0);
        guest.RunUntil(() => read.IsCompleted);
        (await read).Should().Be(0);
        await FluentActions.Awaiting(async () => await host.WriteAsync("late"u8.ToArray())).Should().ThrowAsync<IOException>();
        guest.Transport.Device.ConnectionCount.Should().Be(0);
    }

    [Test]
    public async Task Bytes_sent_right_behind_connect_reach_the_guest_with_the_connection()
    {
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        using Socket host = await HostConnectAsync(_uds, 5000);
        await host.SendAsync(Encoding.ASCII.GetBytes("ping"));
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (guest.Transport.Device.ConnectionCount == 0 && guard.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }

        // One pass takes the REQUEST and answers RESPONSE; the bytes waiting in the host socket are taken while that
        // RESPONSE is handled, so the next pass finds them, with no host thread in between.
        guest.RunUntil(() => guest.Received.Any(h => h.Op == VsockOp.Request));
        guest.Pump();
        guest.Conns.Values.Single().Received.Should().Be(4);
    }

    [Test]
    public void State_round_trips_and_a_restored_device_owes_a_transport_reset_when_connections_were_open()
    {
        using var guest = new VsockTestGuest(Options(), true);
        VirtioMmioState transport = guest.Transport.Save();
        VirtioVsockState device = guest.Transport.Device.Save();
        device.Should().Be(new VirtioVsockState
        {
            GuestCid = VsockTestGuest.Cid, TransportResetPending = false, NextHostPort = 1u << 30, OpenConnections = 0,
        });

        var irq = new TestIrqLine();
        using var clone = VirtioVsockDevice.CreateMmio(guest.Memory, irq, Options() with { UdsPath = Path.Combine(_dir, "c.sock") });
        clone.Restore(transport);
        clone.Save().Should().BeEquivalentTo(transport);

        // Nothing was connected: no guest socket can be stale, and the guest is spared the reset.
        clone.Device.Restore(device);
        clone.Device.TransportResetPending.Should().BeFalse();

        // A connection was open (or the count was not recorded): the guest must hear that it is gone.
        foreach (int? open in new int?[] { 1, null })
        {
            clone.Device.Restore(device with { OpenConnections = open });
            clone.Device.TransportResetPending.Should().BeTrue();
            clone.Device.Save().NextHostPort.Should().Be(device.NextHostPort, "a clone must not reuse host ports the guest may still hold");
        }

        clone.Device.SendTransportReset();
        clone.Device.TransportResetPending.Should().BeFalse("the event queue had buffers");
        irq.Level.Should().BeTrue();

        FluentActions.Invoking(() => clone.Device.Restore(new VirtioVsockState { GuestCid = 2 })).Should().Throw<VirtioStateException>();
        FluentActions.Invoking(() => clone.Device.Restore(new VirtioVsockState { GuestCid = 3, NextHostPort = 5 })).Should().Throw<VirtioStateException>();
        FluentActions.Invoking(() => clone.Device.Restore(new VirtioVsockState { GuestCid = 3, OpenConnections = -1 })).Should().Throw<VirtioStateException>();
        irq.Dispose();
    }

    [Test]
    public async Task A_paused_device_holds_host_work_back_until_resumed()
    {
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        guest.Transport.Pause();
        ushort usedBefore = guest.Rx.UsedIdx;
        using Socket host = await HostConnectAsync(_uds, 5000);

        // The host connection is accepted and queued, but nothing reaches guest memory or the IRQ line while paused.
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (guest.Transport.Device.ConnectionCount == 0 && guard.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(1);
        }

        guest.Transport.Device.ConnectionCount.Should().Be(1);
        guest.Rx.UsedIdx.Should().Be(usedBefore);
        guest.Tx.Kick();
        guest.Transport.IsPaused.Should().BeTrue();

        guest.Transport.Resume();
        Task<string> ok = ReadLineAsync(host);
        guest.RunUntil(() => ok.IsCompleted);
        ok.Result.Should().StartWith("OK ");
    }

    [Test]
    public void A_stale_socket_file_is_replaced_but_a_live_listener_is_not_stolen()
    {
        // .NET unlinks the sockets it binds when they are disposed, so a crashed run's leftover is simulated by a file
        // that nothing listens on.
        File.WriteAllText(_uds, string.Empty);
        using var first = new VirtioVsockDevice(Options());
        FluentActions.Invoking(() => new VirtioVsockDevice(Options())).Should().Throw<IOException>().WithMessage("*in use*");
        FluentActions.Invoking(() => new VirtioVsockDevice(Options() with { GuestCid = 2 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new VirtioVsockDevice(Options() with { QueueSize = 100 })).Should().Throw<ArgumentException>();
    }

    [Test]
    public async Task A_host_connection_the_guest_never_answers_is_withdrawn()
    {
        using var guest = new VsockTestGuest(Options() with { HostConnectTimeout = TimeSpan.FromMilliseconds(20) }, false);
        guest.ListeningPorts.Add(5000);
        // The guest sees the REQUEST but this test never lets it reply: it only drains rx.
        using Socket host = await HostConnectAsync(_uds, 5000);
        Task<string> line = ReadLineAsync(host);
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!line.IsCompleted && guard.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(5);
        }

        line.Result.Should().BeEmpty("the device closed the host socket without OK");
        guest.RunUntil(() => guest.Received.Any(h => h.Op == VsockOp.Rst));
        guest.Received.Select(h => h.Op).Should().StartWith([VsockOp.Request, VsockOp.Rst]);
        guest.Transport.Device.ConnectionCount.Should().Be(0);
    }

    [Test]
    public async Task Several_connections_share_the_queues_fairly_and_keep_their_streams_apart()
    {
        const int Connections = 6;
        const int Bytes = 512 * 1024;
        using var guest = new VsockTestGuest(Options(), true);
        guest.ListeningPorts.Add(5000);
        var hosts = new List<Socket>();
        var oks = new List<Task<string>>();
        for (int i = 0; i < Connections; i++)
        {
            Socket s = await HostConnectAsync(_uds, 5000);
            hosts.Add(s);
            oks.Add(ReadLineAsync(s));
        }

        guest.RunUntil(() => oks.All(t => t.IsCompleted));
        var byHostPort = guest.Conns.Values.ToDictionary(c => c.PeerPort);
        var conns = oks.Select(t => byHostPort[uint.Parse(t.Result["OK ".Length..], System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        byte[][] toGuest = [.. Enumerable.Range(0, Connections).Select(i => Pattern(100 + i, Bytes + i))];
        byte[][] toHost = [.. Enumerable.Range(0, Connections).Select(i => Pattern(200 + i, Bytes - i))];
        Task[] writes = [.. hosts.Select((h, i) => Task.Run(() => WriteAllAsync(h, toGuest[i])))];
        Task<byte[]>[] reads = [.. hosts.Select(h => Task.Run(() => ReadAllHashAsync(h)))];
        var sent = new int[Connections];
        guest.RunUntil(
            () => reads.All(r => r.IsCompleted) && conns.All(c => (c.PeerShutdown & VsockHeader.ShutdownSend) != 0),
            () =>
            {
                for (int i = 0; i < Connections; i++)
                {
                    if (sent[i] < toHost[i].Length && guest.CanSend)
                    {
                        sent[i] += guest.SendData(conns[i], toHost[i].AsSpan(sent[i]));
                        if (sent[i] == toHost[i].Length)
                        {
                            guest.SendControl(conns[i], VsockOp.Shutdown, VsockHeader.ShutdownSend);
                        }
                    }
                }
            });
        await Task.WhenAll(writes);
        for (int i = 0; i < Connections; i++)
        {
            conns[i].Hash.GetHashAndReset().Should().Equal(SHA256.HashData(toGuest[i]), $"connection {i} to the guest");
            (await reads[i]).Should().Equal(SHA256.HashData(toHost[i]), $"connection {i} to the host");
            hosts[i].Dispose();
        }

        guest.Transport.ErrorCount.Should().Be(0);
    }
}
