// The guest's side of a user-mode network in tests: sends crafted frames into the endpoint and waits for what it
// sends back (with a generous hang guard, never a timing assertion).
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Harness.Vmm.Devices.Virtio.Net.User;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

internal sealed class UserNetPeer : IDisposable
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    public UserNetPeer(TimeSpan? retransmit = null)
    {
        Net = new UserNetworkBackend(new UserNetworkOptions { RetransmitTimeout = retransmit ?? TimeSpan.FromHours(1) });
        Net.Start(Out.Add);
    }

    public UserNetworkBackend Net { get; }

    public BlockingCollection<byte[]> Out { get; } = [];

    public void Send(byte[] frame) => Net.Send(frame);

    public byte[] Next()
    {
        Out.TryTake(out byte[]? f, Guard).Should().BeTrue("the endpoint should have answered");
        return f!;
    }

    public TcpView NextTcp()
    {
        while (true)
        {
            TcpView? t = GuestPacketKit.ParseTcp(Next());
            if (t != null)
            {
                return t.Value;
            }
        }
    }

    public void Flush() => Net.FlushAsync().Wait(Guard).Should().BeTrue();

    /// <summary>Everything sent so far has been handled and nothing was sent back.</summary>
    public void ShouldBeQuiet()
    {
        Flush();
        Out.Should().BeEmpty();
    }

    /// <summary>Waits until every connection is gone: the host socket's last event reaches the loop after the host sees it.</summary>
    public void ShouldHaveNoConnections()
    {
        SpinWait.SpinUntil(() => Net.ConnectionCount == 0, Guard);
        Net.ConnectionCount.Should().Be(0);
    }

    /// <summary>
    /// Opens a guest connection from <paramref name="guestPort"/> to gateway:<paramref name="hostPort"/> through the
    /// handshake; returns the endpoint's next sequence number and the accepted host socket.
    /// </summary>
    public (uint Seq, Socket Host) Connect(TcpListener listener, ushort guestPort, uint guestIss, ushort window = 65535, ushort mss = 1460)
    {
        ushort hostPort = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
        Send(GuestPacketKit.Tcp(guestPort, hostPort, guestIss, 0, GuestPacketKit.Syn, window, mss: mss));
        TcpView synAck = NextTcp();
        synAck.Syn.Should().BeTrue();
        synAck.AckFlag.Should().BeTrue();
        synAck.Ack.Should().Be(guestIss + 1);
        synAck.Mss.Should().Be(1460);
        Socket host = listener.AcceptSocket();
        host.ReceiveTimeout = (int)Guard.TotalMilliseconds;
        Send(GuestPacketKit.Tcp(guestPort, hostPort, guestIss + 1, synAck.Seq + 1, GuestPacketKit.Ack, window));
        Flush();
        return (synAck.Seq + 1, host);
    }

    public static TcpListener Listen()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return l;
    }

    public void Dispose()
    {
        Net.Dispose();
        Out.Dispose();
    }
}
