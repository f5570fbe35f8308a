// Linux on our monitor with a virtio-net device: TCP between guest and host through the in-process user network
// (guest wget and nc to host servers on 127.0.0.1 via 10.0.2.2, a host connection through a forward to a guest
// `nc -l`), the same in a clone restored from a snapshot, and over a TAP interface where this host allows one. Traffic stays on loopback or the VM's link.
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Harness.Agent;
using Harness.Guest;
using Harness.Vmm.Devices.Virtio.Net.Tap;
using Harness.Vmm.Machine;
using Harness.Vmm.Memory;
using Harness.Vmm.Persist;

namespace Harness.Integration.Tests;

public class NetworkTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(120);
    private const int GuestListenPort = 7000;

    private static async Task<BootedGuest> BootWithNetworkAsync(NetworkMode mode)
    {
        BootedGuest guest = await BootedGuest.BootAsync((await DefaultGuest.BuilderAsync()).WithNetwork(mode), DefaultGuest.BootTimeout);
        try
        {
            await NetworkSetup.ConfigureGuestAsync(guest.Agent, guest.Vm).WaitAsync(Step);
            return guest;
        }
        catch
        {
            await guest.DisposeAsync();
            throw;
        }
    }

    private static async Task<ExecResult> ShAsync(BootedGuest guest, string script)
    {
        ExecResult r = await guest.Agent.ExecAsync(new ExecRequest(["/bin/sh", "-c", script]) { Timeout = TimeSpan.FromSeconds(90) }).WaitAsync(Step);
        r.TimedOut.Should().BeFalse($"`{script}` timed out; stderr: {r.StderrText}");
        return r;
    }

    [Test]
    public async Task User_network_carries_tcp_both_ways_between_guest_and_host()
    {
        await using BootedGuest guest = await BootWithNetworkAsync(NetworkMode.User);
        await CheckTcpBothWaysAsync(guest, IPAddress.Loopback, "10.0.2.2",
            guestPort => IPEndPoint.Parse($"127.0.0.1:{guest.Vm.UserNetwork!.ForwardTcp(0, guestPort)}"));
        guest.Vm.UserNetwork!.InternalErrors.Should().Be(0, guest.Vm.UserNetwork.LastInternalError);
        guest.Vm.VirtioDevices.Should().OnlyContain(d => d.ErrorCount == 0);

        ExecResult ping = await ShAsync(guest, "ping -c 2 -W 5 10.0.2.2");
        ping.ExitCode.Should().Be(0, ping.StdoutText + ping.StderrText);
    }

    [Test]
    public async Task Tap_network_carries_tcp_both_ways_between_guest_and_host()
    {
        Assume.That(TapBackend.IsAvailable(out string reason), Is.True, $"TAP networking is not available on this host: {reason}");
        await using BootedGuest guest = await BootWithNetworkAsync(NetworkMode.Tap);
        TapBackend tap = guest.Vm.Tap!;
        await CheckTcpBothWaysAsync(guest, tap.HostAddress, tap.HostAddress.ToString(),
            guestPort => new IPEndPoint(tap.GuestAddress, guestPort));
        guest.Vm.VirtioDevices.Should().OnlyContain(d => d.ErrorCount == 0);
    }

    [Test]
    public async Task A_restored_clone_gets_a_fresh_user_network_that_works_without_reconfiguring()
    {
        await using BootedGuest original = await BootWithNetworkAsync(NetworkMode.User);
        await original.Vm.PauseAsync();
        MicroVmState state = MicroVmStateCodec.Decode(MicroVmStateCodec.Encode(original.Vm.SaveState()));
        GuestMemory memory = CopyOf(original.Vm.Memory);

        await using BootedGuest clone = await BootedGuest.RestoreAsync(state, memory, Step);
        clone.Vm.UserNetwork.Should().NotBeNull().And.NotBeSameAs(original.Vm.UserNetwork);
        clone.Vm.Network!.Mac.Should().Be(original.Vm.Network!.Mac);
        await CheckTcpBothWaysAsync(clone, IPAddress.Loopback, "10.0.2.2",
            guestPort => IPEndPoint.Parse($"127.0.0.1:{clone.Vm.UserNetwork!.ForwardTcp(0, guestPort)}"));
    }

    private static unsafe GuestMemory CopyOf(GuestMemory source)
    {
        var copy = GuestMemory.CreateAnonymous(source.BaseAddress, source.Size);
        Buffer.MemoryCopy(source.Pointer, copy.Pointer, (long)copy.Size, (long)source.Size);
        return copy;
    }

    /// <summary>
    /// Guest to host: wget of a 300 KB HTTP body and nc of a 300 KB upload, each checked by SHA-256 on the far side.
    /// Host to guest: a connection to the guest's `nc -l`, bytes checked in both directions.
    /// </summary>
    private static async Task CheckTcpBothWaysAsync(BootedGuest guest, IPAddress hostBind, string hostFromGuest, Func<int, IPEndPoint> guestEndpoint)
    {
        byte[] body = RandomNumberGenerator.GetBytes(300_000);
        using var http = new TcpListener(hostBind, 0);
        http.Start();
        int httpPort = ((IPEndPoint)http.LocalEndpoint).Port;
        Task server = ServeHttpOnceAsync(http, body);
        ExecResult wget = await ShAsync(guest, $"wget -q -O - http://{hostFromGuest}:{httpPort}/blob | sha256sum");
        wget.ExitCode.Should().Be(0, wget.StderrText);
        wget.StdoutText.Should().StartWith(Convert.ToHexStringLower(SHA256.HashData(body)));
        await server.WaitAsync(Step);

        using var sink = new TcpListener(hostBind, 0);
        sink.Start();
        int sinkPort = ((IPEndPoint)sink.LocalEndpoint).Port;
        const int UploadBytes = 300_000;
        Task<string> received = ReceiveAndHashAsync(sink, UploadBytes);
        ExecResult upload = await ShAsync(guest,
            $"head -c {UploadBytes} /dev/urandom > /tmp/up && sha256sum /tmp/up && nc {hostFromGuest} {sinkPort} < /tmp/up");
        upload.ExitCode.Should().Be(0, upload.StderrText);
        string hostHash = await received.WaitAsync(Step);
        upload.StdoutText.Should().StartWith(hostHash, "the host received exactly the guest's bytes");
        upload.StdoutText.Should().Contain("host-got-it", "the host's reply reached the guest");

        // Host to guest: the guest listens, the host connects, sends, and reads the guest's reply.
        ExecResult listen = await ShAsync(guest,
            $"echo guest-says-hi > /tmp/reply; (nc -l -p {GuestListenPort} < /tmp/reply > /tmp/got 2>/dev/null &); " +
            $"for i in $(seq 100); do netstat -ltn | grep -q ':{GuestListenPort} ' && exit 0; sleep 0.1; done; exit 1");
        listen.ExitCode.Should().Be(0, "the guest's nc should be listening");
        IPEndPoint target = guestEndpoint(GuestListenPort);
        using (var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await client.ConnectAsync(target).WaitAsync(Step);
            await client.SendAsync(Encoding.ASCII.GetBytes("host-says-hello\n"));
            client.Shutdown(SocketShutdown.Send);
            using var reply = new MemoryStream();
            var buffer = new byte[4096];
            int n;
            while ((n = await client.ReceiveAsync(buffer.AsMemory(), SocketFlags.None).AsTask().WaitAsync(Step)) > 0)
            {
                reply.Write(buffer, 0, n);
            }

            Encoding.ASCII.GetString(reply.ToArray()).Should().Be("guest-says-hi\n");
        }

        ExecResult got = await ShAsync(guest, "for i in $(seq 100); do pidof nc >/dev/null || break; sleep 0.1; done; cat /tmp/got");
        got.StdoutText.Should().Be("host-says-hello\n");
    }

    private static async Task ServeHttpOnceAsync(TcpListener listener, byte[] body)
    {
        using Socket s = await listener.AcceptSocketAsync().WaitAsync(Step);
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int n = await s.ReceiveAsync(buffer);
            if (n == 0)
            {
                throw new InvalidOperationException("the guest closed before finishing its request");
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        request.ToString().Should().StartWith("GET /blob HTTP/1.");
        await s.SendAsync(Encoding.ASCII.GetBytes($"HTTP/1.0 200 OK\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"));
        await s.SendAsync(body);
        s.Shutdown(SocketShutdown.Both);
    }

    private static async Task<string> ReceiveAndHashAsync(TcpListener listener, int length)
    {
        using Socket s = await listener.AcceptSocketAsync().WaitAsync(Step);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16384];
        int total = 0;
        while (total < length)
        {
            int n = await s.ReceiveAsync(buffer.AsMemory(0, Math.Min(buffer.Length, length - total)));
            if (n == 0)
            {
                break;
            }

            hash.AppendData(buffer, 0, n);
            total += n;
        }

        await s.SendAsync(Encoding.ASCII.GetBytes("host-got-it\n"));
        s.Shutdown(SocketShutdown.Both);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
