// Builds the Ethernet frames the user-mode endpoint sends to the guest: ARP replies, ICMP echo replies and TCP
// segments, each with correct lengths and checksums.
using System.Buffers.Binary;

namespace Harness.Vmm.Devices.Virtio.Net.User;

internal static class PacketBuilder
{
    public const int EthernetHeaderSize = 14;
    private const int IpHeaderSize = 20;
    private const int TcpHeaderSize = 20;

    public static void WriteEthernet(Span<byte> frame, MacAddress destination, MacAddress source, ushort etherType)
    {
        destination.CopyTo(frame);
        source.CopyTo(frame[6..]);
        BinaryPrimitives.WriteUInt16BigEndian(frame[12..], etherType);
    }

    public static byte[] ArpReply(MacAddress ourMac, uint ourIp, MacAddress theirMac, uint theirIp)
    {
        var f = new byte[EthernetHeaderSize + 28];
        WriteEthernet(f, theirMac, ourMac, EtherType.Arp);
        Span<byte> a = f.AsSpan(EthernetHeaderSize);
        BinaryPrimitives.WriteUInt16BigEndian(a, 1);
        BinaryPrimitives.WriteUInt16BigEndian(a[2..], EtherType.Ipv4);
        a[4] = 6;
        a[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(a[6..], 2);
        ourMac.CopyTo(a[8..]);
        BinaryPrimitives.WriteUInt32BigEndian(a[14..], ourIp);
        theirMac.CopyTo(a[18..]);
        BinaryPrimitives.WriteUInt32BigEndian(a[24..], theirIp);
        return f;
    }

    /// <summary>An IPv4 frame with room for <paramref name="payloadLength"/> bytes after the IP header, which is complete.</summary>
    public static byte[] Ipv4(MacAddress srcMac, MacAddress dstMac, uint src, uint dst, byte protocol, ushort id, int payloadLength)
    {
        var f = new byte[EthernetHeaderSize + IpHeaderSize + payloadLength];
        WriteEthernet(f, dstMac, srcMac, EtherType.Ipv4);
        Span<byte> ip = f.AsSpan(EthernetHeaderSize, IpHeaderSize);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(IpHeaderSize + payloadLength));
        BinaryPrimitives.WriteUInt16BigEndian(ip[4..], id);
        BinaryPrimitives.WriteUInt16BigEndian(ip[6..], 0x4000); // don't fragment
        ip[8] = 64;
        ip[9] = protocol;
        BinaryPrimitives.WriteUInt32BigEndian(ip[12..], src);
        BinaryPrimitives.WriteUInt32BigEndian(ip[16..], dst);
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], InternetChecksum.Finish(InternetChecksum.Add(0, ip)));
        return f;
    }

    /// <summary>The IP payload of a frame made by <see cref="Ipv4"/>.</summary>
    public static Span<byte> IpPayload(byte[] frame) => frame.AsSpan(EthernetHeaderSize + IpHeaderSize);

    public static byte[] IcmpEchoReply(MacAddress srcMac, MacAddress dstMac, uint src, uint dst, ushort id, ReadOnlySpan<byte> request)
    {
        byte[] f = Ipv4(srcMac, dstMac, src, dst, IpProtocol.Icmp, id, request.Length);
        Span<byte> icmp = IpPayload(f);
        request.CopyTo(icmp);
        icmp[0] = 0; // echo reply
        icmp[1] = 0;
        icmp[2] = icmp[3] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(icmp[2..], InternetChecksum.Finish(InternetChecksum.Add(0, icmp)));
        return f;
    }

    public static byte[] Tcp(MacAddress srcMac, MacAddress dstMac, uint src, uint dst, ushort ipId, ushort srcPort, ushort dstPort,
        uint seq, uint ack, TcpFlags flags, ushort window, ushort mss, ReadOnlySpan<byte> payload)
    {
        int header = TcpHeaderSize + (mss != 0 ? 4 : 0);
        byte[] f = Ipv4(srcMac, dstMac, src, dst, IpProtocol.Tcp, ipId, header + payload.Length);
        Span<byte> t = IpPayload(f);
        BinaryPrimitives.WriteUInt16BigEndian(t, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], dstPort);
        BinaryPrimitives.WriteUInt32BigEndian(t[4..], seq);
        BinaryPrimitives.WriteUInt32BigEndian(t[8..], (flags & TcpFlags.Ack) != 0 ? ack : 0);
        t[12] = (byte)((header / 4) << 4);
        t[13] = (byte)flags;
        BinaryPrimitives.WriteUInt16BigEndian(t[14..], window);
        if (mss != 0)
        {
            t[20] = 2;
            t[21] = 4;
            BinaryPrimitives.WriteUInt16BigEndian(t[22..], mss);
        }

        payload.CopyTo(t[header..]);
        ulong sum = InternetChecksum.AddPseudoHeader(0, src, dst, IpProtocol.Tcp, t.Length);
        BinaryPrimitives.WriteUInt16BigEndian(t[16..], InternetChecksum.Finish(InternetChecksum.Add(sum, t)));
        return f;
    }
}
