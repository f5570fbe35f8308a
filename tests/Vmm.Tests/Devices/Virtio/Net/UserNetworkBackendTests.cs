// The user-mode endpoint against crafted guest frames: ARP, ping, TCP both ways (handshake, data, duplicates,
// window, FIN and RST from either side), and malformed frames.
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Harness.Vmm.Devices.Virtio.Net;
using Harness.Vmm.Devices.Virtio.Net.User;
using static Harness.Vmm.Tests.Devices.Virtio.Net.GuestPacketKit;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

public class UserNetworkBackendTests
{
    [Test]
    public void Answers_arp_for_the_gateway_and_for_nothing_else()
    {
        using var peer = new UserNetPeer();
        peer.Send(ArpRequest(GatewayIp));
        byte[] reply = peer.Next();
        new MacAddress(reply.AsSpan(0, 6)).Should().Be(GuestMac);
        BinaryPrimitives.ReadUInt16BigEndian(reply.AsSpan(12)).Should().Be(0x0806);
        BinaryPrimitives.ReadUInt16BigEndian(reply.AsSpan(20)).Should().Be(2, "an ARP reply");
        new MacAddress(reply.AsSpan(22, 6)).Should().Be(GatewayMac);
        BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(28)).Should().Be(GatewayIp);
        new MacAddress(reply.AsSpan(32, 6)).Should().Be(GuestMac);
        BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(38)).Should().Be(GuestIp);

        peer.Send(ArpRequest(0x0A000203));
        peer.Send(ArpRequest(GatewayIp, senderIp: 0x0A000210));
        peer.ShouldBeQuiet();
        peer.Net.DroppedFrames.Should().Be(2);
    }

    [Test]
    public void Answers_ping_to_the_gateway()
    {
        using var peer = new UserNetPeer();
        byte[] data = Encoding.ASCII.GetBytes("abcdefghijklmnopqrstuvwxyz0123456789");
        peer.Send(EchoRequest(0x1234, 7, data));
        byte[] reply = peer.Next();
        reply[23].Should().Be(1, "ICMP");
        Checksum(reply.AsSpan(14, 20)).Should().Be(0);
        BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(30)).Should().Be(GuestIp);
        Span<byte> icmp = reply.AsSpan(34);
        icmp[0].Should().Be(0, "an echo reply");
        Checksum(icmp).Should().Be(0);
        BinaryPrimitives.ReadUInt16BigEndian(icmp[4..]).Should().Be(0x1234);
        BinaryPrimitives.ReadUInt16BigEndian(icmp[6..]).Should().Be(7);
        icmp[8..].ToArray().Should().Equal(data);
    }

    [Test]
    public void Guest_connection_to_the_gateway_reaches_a_host_listener_with_data_both_ways_and_a_clean_close()
    {
        using var peer = new UserNetPeer();
        var listener = UserNetPeer.Listen();
        try
        {
            ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
            (uint seq, Socket host) = peer.Connect(listener, 40000, 1000);
            using (host)
            {
                peer.Net.ConnectionCount.Should().Be(1);
                peer.Send(Tcp(40000, port, 1001, seq, Psh | Ack, payload: Encoding.ASCII.GetBytes("hello")));
                peer.NextTcp().Ack.Should().Be(1006);
                var buf = new byte[64];
                Encoding.ASCII.GetString(buf, 0, host.Receive(buf)).Should().Be("hello");

                // A duplicate and an overlapping retransmission: acknowledged, only new bytes delivered.
                peer.Send(Tcp(40000, port, 1001, seq, Psh | Ack, payload: Encoding.ASCII.GetBytes("hello")));
                peer.NextTcp().Ack.Should().Be(1006);
                peer.Send(Tcp(40000, port, 1004, seq, Psh | Ack, payload: Encoding.ASCII.GetBytes("lo!")));
                peer.NextTcp().Ack.Should().Be(1007);
                Encoding.ASCII.GetString(buf, 0, host.Receive(buf)).Should().Be("!");

                host.Send(Encoding.ASCII.GetBytes("world"));
                TcpView data = peer.NextTcp();
                data.Seq.Should().Be(seq);
                data.Ack.Should().Be(1007);
                Encoding.ASCII.GetString(data.Payload).Should().Be("world");
                peer.Send(Tcp(40000, port, 1007, seq + 5, Ack));

                // Guest closes first: the host sees EOF; then the host closes and the guest gets FIN.
                peer.Send(Tcp(40000, port, 1007, seq + 5, Fin | Ack));
                peer.NextTcp().Ack.Should().Be(1008);
                host.Receive(buf).Should().Be(0);
                host.Shutdown(SocketShutdown.Send);
                TcpView fin = peer.NextTcp();
                fin.Fin.Should().BeTrue();
                fin.Seq.Should().Be(seq + 5);
                peer.Send(Tcp(40000, port, 1008, seq + 6, Ack));
                peer.ShouldHaveNoConnections();
            }
        }
        finally
        {
            listener.Stop();
        }

        peer.Net.InternalErrors.Should().Be(0, peer.Net.LastInternalError);
    }

    [Test]
    public void Host_closing_first_sends_fin_after_the_data()
    {
        using var peer = new UserNetPeer();
        var listener = UserNetPeer.Listen();
        try
        {
            ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
            (uint seq, Socket host) = peer.Connect(listener, 40001, 5000);
            host.Send(Encoding.ASCII.GetBytes("bye"));
            host.Shutdown(SocketShutdown.Send);
            var got = new List<TcpView> { peer.NextTcp() };
            if (!got[0].Fin)
            {
                got.Add(peer.NextTcp());
            }

            Encoding.ASCII.GetString(got[0].Payload).Should().Be("bye");
            got[^1].Fin.Should().BeTrue();
            uint finSeq = got[^1].Seq + (uint)got[^1].Payload.Length;
            peer.Send(Tcp(40001, port, 5001, finSeq + 1, Ack));
            peer.Send(Tcp(40001, port, 5001, finSeq + 1, Fin | Ack));
            peer.NextTcp().Ack.Should().Be(5002);
            var buf = new byte[8];
            host.Receive(buf).Should().Be(0, "the guest's FIN reaches the host as EOF");
            host.Dispose();
            peer.ShouldHaveNoConnections();
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void Connection_to_a_closed_host_port_is_reset()
    {
        using var peer = new UserNetPeer();
        var l = UserNetPeer.Listen();
        ushort port = (ushort)((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        peer.Send(Tcp(40002, port, 77, 0, Syn, mss: 1460));
        TcpView rst = peer.NextTcp();
        rst.Rst.Should().BeTrue();
        rst.Ack.Should().Be(78);
        peer.ShouldHaveNoConnections();
    }

    [Test]
    public void A_segment_for_no_connection_is_reset_and_a_reset_for_none_is_ignored()
    {
        using var peer = new UserNetPeer();
        peer.Send(Tcp(40003, 9, 100, 123456, Ack, payload: [1, 2, 3]));
        TcpView rst = peer.NextTcp();
        rst.Rst.Should().BeTrue();
        rst.Seq.Should().Be(123456u);
        peer.Send(Tcp(40003, 9, 100, 0, Rst));
        peer.ShouldBeQuiet();
    }

    [Test]
    public void A_guest_reset_resets_the_host_socket()
    {
        using var peer = new UserNetPeer();
        var listener = UserNetPeer.Listen();
        try
        {
            ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
            (uint seq, Socket host) = peer.Connect(listener, 40004, 9000);
            using (host)
            {
                peer.Send(Tcp(40004, port, 9001, seq, Rst | Ack));
                peer.ShouldHaveNoConnections();
                var buf = new byte[8];
                FluentActions.Invoking(() => host.Receive(buf)).Should().Throw<SocketException>()
                    .Which.SocketErrorCode.Should().Be(SocketError.ConnectionReset);
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void A_host_reset_resets_the_guest()
    {
        using var peer = new UserNetPeer();
        var listener = UserNetPeer.Listen();
        try
        {
            (_, Socket host) = peer.Connect(listener, 40005, 1);
            host.LingerState = new LingerOption(true, 0);
            host.Close();
            peer.NextTcp().Rst.Should().BeTrue();
            peer.ShouldHaveNoConnections();
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void Sends_no_more_than_the_guest_window_in_segments_no_larger_than_its_mss()
    {
        using var peer = new UserNetPeer();
        var listener = UserNetPeer.Listen();
        try
        {
            ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
            (uint seq, Socket host) = peer.Connect(listener, 40006, 1, window: 1000, mss: 400);
            using (host)
            {
                byte[] sent = [.. Enumerable.Range(0, 3000).Select(i => (byte)i)];
                host.Send(sent);
                var received = new List<byte>();
                uint next = seq;
                while (received.Count < sent.Length)
                {
                    // Take one window's worth, check nothing beyond it was sent, then open the window again.
                    int windowBytes = 0;
                    while (windowBytes < 1000 && received.Count < sent.Length)
                    {
                        TcpView d = peer.NextTcp();
                        d.Payload.Length.Should().BeLessThanOrEqualTo(400);
                        d.Seq.Should().Be(next + (uint)windowBytes);
                        received.AddRange(d.Payload);
                        windowBytes += d.Payload.Length;
                    }

                    windowBytes.Should().BeLessThanOrEqualTo(1000);
                    peer.ShouldBeQuiet();
                    next += (uint)windowBytes;
                    peer.Send(Tcp(40006, port, 2, next, Ack, window: 1000));
                }

                received.Should().Equal(sent);
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void Unacknowledged_data_and_fin_are_sent_again()
    {
        using var peer = new UserNetPeer(retransmit: TimeSpan.FromMilliseconds(20));
        var listener = UserNetPeer.Listen();
        try
        {
            (uint seq, Socket host) = peer.Connect(listener, 40007, 1);
            using (host)
            {
                host.Send(Encoding.ASCII.GetBytes("again"));
                TcpView first = peer.NextTcp();
                TcpView second = peer.NextTcp();
                second.Seq.Should().Be(first.Seq).And.Be(seq);
                second.Payload.Should().Equal(first.Payload);
                ushort port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
                peer.Send(Tcp(40007, port, 2, seq + 5, Ack));
                peer.Flush();
                while (peer.Out.TryTake(out _))
                {
                    // Copies sent before the acknowledgment arrived.
                }

                // The FIN is retransmitted too, at the same sequence number, until it is acknowledged.
                host.Shutdown(SocketShutdown.Send);
                TcpView fin1 = peer.NextTcp();
                TcpView fin2 = peer.NextTcp();
                fin1.Fin.Should().BeTrue();
                fin2.Fin.Should().BeTrue();
                fin1.Seq.Should().Be(seq + 5).And.Be(fin2.Seq);
                peer.Send(Tcp(40007, port, 2, seq + 6, Fin | Ack));
                TcpView last;
                do
                {
                    last = peer.NextTcp();
                }
                while (last.Fin);
                last.Ack.Should().Be(3u);
                peer.ShouldHaveNoConnections();
            }
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void A_forwarded_host_port_opens_a_connection_to_the_guest()
    {
        using var peer = new UserNetPeer();
        int hostPort = peer.Net.ForwardTcp(0, 8080);
        peer.Net.Forwards.Should().ContainSingle().Which.Should().Be(new TcpForward(hostPort, 8080));
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 20000 };
        client.Connect(IPAddress.Loopback, hostPort);
        TcpView syn = peer.NextTcp();
        syn.Syn.Should().BeTrue();
        syn.AckFlag.Should().BeFalse();
        syn.DstPort.Should().Be(8080);
        syn.Mss.Should().Be(1460);
        ushort gw = syn.SrcPort;

        peer.Send(Tcp(8080, gw, 7000, syn.Seq + 1, Syn | Ack, mss: 1460));
        TcpView ack = peer.NextTcp();
        ack.AckFlag.Should().BeTrue();
        ack.Ack.Should().Be(7001);
        uint seq = syn.Seq + 1;

        client.Send(Encoding.ASCII.GetBytes("ping"));
        TcpView data = peer.NextTcp();
        Encoding.ASCII.GetString(data.Payload).Should().Be("ping");
        data.Seq.Should().Be(seq);
        peer.Send(Tcp(8080, gw, 7001, seq + 4, Psh | Ack, payload: Encoding.ASCII.GetBytes("pong")));
        peer.NextTcp().Ack.Should().Be(7005);
        var buf = new byte[16];
        Encoding.ASCII.GetString(buf, 0, client.Receive(buf)).Should().Be("pong");

        peer.Send(Tcp(8080, gw, 7005, seq + 4, Fin | Ack));
        peer.NextTcp().Ack.Should().Be(7006);
        client.Receive(buf).Should().Be(0);
        client.Shutdown(SocketShutdown.Send);
        TcpView fin = peer.NextTcp();
        fin.Fin.Should().BeTrue();
        peer.Send(Tcp(8080, gw, 7006, fin.Seq + 1, Ack));
        peer.ShouldHaveNoConnections();
        peer.Net.InternalErrors.Should().Be(0, peer.Net.LastInternalError);
    }

    [Test]
    public void A_forward_the_guest_refuses_closes_the_host_connection()
    {
        using var peer = new UserNetPeer();
        int hostPort = peer.Net.ForwardTcp(0, 9999);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 20000 };
        client.Connect(IPAddress.Loopback, hostPort);
        TcpView syn = peer.NextTcp();
        peer.Send(Tcp(9999, syn.SrcPort, 0, syn.Seq + 1, Rst | Ack));
        var buf = new byte[4];
        int n;
        try
        {
            n = client.Receive(buf);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            n = 0;
        }

        n.Should().Be(0);
        peer.ShouldHaveNoConnections();
    }

    [Test]
    public void Forward_ports_are_validated()
    {
        using var peer = new UserNetPeer();
        FluentActions.Invoking(() => peer.Net.ForwardTcp(-1, 80)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => peer.Net.ForwardTcp(0, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => peer.Net.ForwardTcp(0, 70000)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new UserNetworkBackend(new UserNetworkOptions { GuestAddress = IPAddress.Parse("192.168.1.5") }))
            .Should().Throw<ArgumentException>();
    }

    [Test]
    public void Malformed_or_foreign_frames_are_dropped()
    {
        using var peer = new UserNetPeer();
        byte[] good = EchoRequest(1, 1, [1, 2, 3, 4]);
        var bad = new List<byte[]>();
        byte[] badIp = (byte[])good.Clone();
        badIp[24] ^= 0xff; // IP header checksum
        bad.Add(badIp);
        byte[] badIcmp = (byte[])good.Clone();
        badIcmp[^1] ^= 0xff;
        bad.Add(badIcmp);
        byte[] badTcp = Tcp(1, 2, 3, 4, Syn);
        badTcp[^5] ^= 0x55;
        bad.Add(badTcp);
        bad.Add(good[..20]);
        bad.Add(good[..30]);
        byte[] fragment = EchoRequest(1, 1, [1, 2, 3, 4]);
        fragment[20] = 0x20; // more fragments
        BinaryPrimitives.WriteUInt16BigEndian(fragment.AsSpan(24), 0);
        BinaryPrimitives.WriteUInt16BigEndian(fragment.AsSpan(24), Checksum(fragment.AsSpan(14, 20)));
        bad.Add(fragment);
        bad.Add(Ipv4(1, good[34..], dst: 0x08080808));
        bad.Add(Ipv4(1, good[34..], src: 0x0A000263));
        bad.Add(Ipv4(17, [0, 1, 0, 2, 0, 8, 0, 0]));
        byte[] otherMac = (byte[])good.Clone();
        otherMac[5] = 0x99;
        bad.Add(otherMac);
        byte[] ipLengthTooLong = (byte[])good.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(ipLengthTooLong.AsSpan(16), 1500);
        bad.Add(ipLengthTooLong);
        foreach (byte[] f in bad)
        {
            peer.Send(f);
        }

        peer.ShouldBeQuiet();
        peer.Net.DroppedFrames.Should().Be(bad.Count);
        peer.Net.InternalErrors.Should().Be(0, peer.Net.LastInternalError);
        peer.Send(good);
        peer.Next()[34].Should().Be(0, "the endpoint still answers");
    }
}
