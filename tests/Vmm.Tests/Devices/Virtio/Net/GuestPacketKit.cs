// Builds and parses the frames a guest exchanges with the user-mode endpoint, written independently of the
// endpoint's own code (fixed offsets, a separate checksum), so tests check it against the RFC layouts.
using System.Buffers.Binary;
using Harness.Vmm.Devices.Virtio.Net;

namespace Harness.Vmm.Tests.Devices.Virtio.Net;

internal readonly record struct TcpView(ushort SrcPort, ushort DstPort, uint Seq, uint Ack, byte Flags, ushort Window, ushort Mss, byte[] Payload)
{
    public bool Syn => (Flags & GuestPacketKit.Syn) != 0;

    public bool AckFlag => (Flags & GuestPacketKit.Ack) != 0;

    public bool Fin => (Flags & GuestPacketKit.Fin) != 0;

    public bool Rst => (Flags & GuestPacketKit.Rst) != 0;
}

internal static class GuestPacketKit
{
    public const byte Fin = 1, Syn = 2, Rst = 4, Psh = 8, Ack = 16;
    public const uint GuestIp = 0x0A00020F; // 10.0.2.15
    public const uint GatewayIp = 0x0A000202; // 10.0.2.2
    public static readonly MacAddress GuestMac = MacAddress.DefaultGuest;
    public static readonly MacAddress GatewayMac = MacAddress.Parse("52:55:0a:00:02:02");

    public static ushort Checksum(ReadOnlySpan<byte> data, uint seed = 0)
    {
        uint sum = seed;
        for (int i = 0; i < data.Length; i += 2)
        {
            sum += (uint)(data[i] << 8) + (i + 1 < data.Length ? data[i + 1] : 0u);
        }

        while (sum > 0xffff)
        {
            sum = (sum & 0xffff) + (sum >> 16);
        }

        return (ushort)~sum;
    }

    private static uint Pseudo(uint src, uint dst, int length) =>
        (src >> 16) + (src & 0xffff) + (dst >> 16) + (dst & 0xffff) + 6u + (uint)length;

    public static byte[] ArpRequest(uint targetIp, uint senderIp = GuestIp)
    {
        var f = new byte[42];
        MacAddress.Broadcast.CopyTo(f);
        GuestMac.CopyTo(f.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(12), 0x0806);
        byte[] arp = [0, 1, 8, 0, 6, 4, 0, 1];
        arp.CopyTo(f, 14);
        GuestMac.CopyTo(f.AsSpan(22));
        BinaryPrimitives.WriteUInt32BigEndian(f.AsSpan(28), senderIp);
        BinaryPrimitives.WriteUInt32BigEndian(f.AsSpan(38), targetIp);
        return f;
    }

    public static byte[] Ipv4(byte protocol, byte[] payload, uint src = GuestIp, uint dst = GatewayIp)
    {
        var f = new byte[34 + payload.Length];
        GatewayMac.CopyTo(f);
        GuestMac.CopyTo(f.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(12), 0x0800);
        Span<byte> ip = f.AsSpan(14, 20);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + payload.Length));
        ip[8] = 64;
        ip[9] = protocol;
        BinaryPrimitives.WriteUInt32BigEndian(ip[12..], src);
        BinaryPrimitives.WriteUInt32BigEndian(ip[16..], dst);
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], Checksum(ip));
        payload.CopyTo(f, 34);
        return f;
    }

    public static byte[] EchoRequest(ushort id, ushort seq, byte[] data)
    {
        var icmp = new byte[8 + data.Length];
        icmp[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(icmp.AsSpan(4), id);
        BinaryPrimitives.WriteUInt16BigEndian(icmp.AsSpan(6), seq);
        data.CopyTo(icmp, 8);
        BinaryPrimitives.WriteUInt16BigEndian(icmp.AsSpan(2), Checksum(icmp));
        return Ipv4(1, icmp);
    }

    public static byte[] Tcp(ushort srcPort, ushort dstPort, uint seq, uint ack, byte flags, ushort window = 65535,
        byte[]? payload = null, ushort mss = 0)
    {
        payload ??= [];
        int header = mss != 0 ? 24 : 20;
        var t = new byte[header + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(t, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(2), dstPort);
        BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(4), seq);
        BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(8), ack);
        t[12] = (byte)((header / 4) << 4);
        t[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(14), window);
        if (mss != 0)
        {
            t[20] = 2;
            t[21] = 4;
            BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(22), mss);
        }

        payload.CopyTo(t, header);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(16), Checksum(t, Pseudo(GuestIp, GatewayIp, t.Length)));
        return Ipv4(6, t);
    }

    /// <summary>Parses a frame from the endpoint as TCP, checking both checksums; null if it is something else.</summary>
    public static TcpView? ParseTcp(byte[] f)
    {
        if (f.Length < 54 || BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(12)) != 0x0800 || f[23] != 6)
        {
            return null;
        }

        new MacAddress(f.AsSpan(0, 6)).Should().Be(GuestMac);
        new MacAddress(f.AsSpan(6, 6)).Should().Be(GatewayMac);
        Span<byte> ip = f.AsSpan(14, 20);
        Checksum(ip).Should().Be(0, "the IPv4 header checksum must verify");
        int total = BinaryPrimitives.ReadUInt16BigEndian(ip[2..]);
        total.Should().Be(f.Length - 14);
        BinaryPrimitives.ReadUInt32BigEndian(ip[12..]).Should().Be(GatewayIp);
        BinaryPrimitives.ReadUInt32BigEndian(ip[16..]).Should().Be(GuestIp);
        Span<byte> t = f.AsSpan(34);
        Checksum(t, Pseudo(GatewayIp, GuestIp, t.Length)).Should().Be(0, "the TCP checksum must verify");
        int header = (t[12] >> 4) * 4;
        ushort mss = header >= 24 && t[20] == 2 ? BinaryPrimitives.ReadUInt16BigEndian(t[22..]) : (ushort)0;
        return new TcpView(BinaryPrimitives.ReadUInt16BigEndian(t), BinaryPrimitives.ReadUInt16BigEndian(t[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(t[4..]), BinaryPrimitives.ReadUInt32BigEndian(t[8..]), t[13],
            BinaryPrimitives.ReadUInt16BigEndian(t[14..]), mss, t[header..].ToArray());
    }
}
