// Parsing of the Ethernet, ARP, IPv4 and TCP headers the user-mode endpoint understands. Every length and checksum is
// checked: anything that does not parse is reported as false and dropped by the caller.
using System.Buffers.Binary;

namespace Harness.Vmm.Devices.Virtio.Net.User;

internal static class EtherType
{
    public const ushort Ipv4 = 0x0800;
    public const ushort Arp = 0x0806;
}

internal static class IpProtocol
{
    public const byte Icmp = 1;
    public const byte Tcp = 6;
}

[Flags]
internal enum TcpFlags : byte
{
    None = 0,
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10,
}

/// <summary>An IPv4 packet without fragmentation, its header checksum verified.</summary>
internal readonly ref struct Ipv4Packet
{
    public const int MinHeaderSize = 20;

    public uint Source { get; init; }

    public uint Destination { get; init; }

    public byte Protocol { get; init; }

    public ReadOnlySpan<byte> Payload { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> p, out Ipv4Packet packet)
    {
        packet = default;
        if (p.Length < MinHeaderSize || (p[0] >> 4) != 4)
        {
            return false;
        }

        int headerLength = (p[0] & 0xf) * 4;
        int total = BinaryPrimitives.ReadUInt16BigEndian(p[2..]);
        if (headerLength < MinHeaderSize || total < headerLength || total > p.Length)
        {
            return false;
        }

        ushort fragment = BinaryPrimitives.ReadUInt16BigEndian(p[6..]);
        if ((fragment & 0x3fff) != 0)
        {
            // More-fragments or an offset: the endpoint does not reassemble.
            return false;
        }

        if (InternetChecksum.Finish(InternetChecksum.Add(0, p[..headerLength])) != 0)
        {
            return false;
        }

        packet = new Ipv4Packet
        {
            Protocol = p[9],
            Source = BinaryPrimitives.ReadUInt32BigEndian(p[12..]),
            Destination = BinaryPrimitives.ReadUInt32BigEndian(p[16..]),
            Payload = p[headerLength..total],
        };
        return true;
    }
}

/// <summary>A TCP segment, its checksum verified against the pseudo-header.</summary>
internal readonly ref struct TcpSegment
{
    public const int MinHeaderSize = 20;

    public ushort SourcePort { get; init; }

    public ushort DestinationPort { get; init; }

    public uint Sequence { get; init; }

    public uint Acknowledgment { get; init; }

    public TcpFlags Flags { get; init; }

    public ushort Window { get; init; }

    /// <summary>The MSS option, or 0 when absent.</summary>
    public ushort MaxSegmentSize { get; init; }

    public ReadOnlySpan<byte> Payload { get; init; }

    public bool Has(TcpFlags flag) => (Flags & flag) != 0;

    /// <summary>Sequence space the segment occupies: payload plus one for SYN and one for FIN.</summary>
    public int SequenceLength => Payload.Length + (Has(TcpFlags.Syn) ? 1 : 0) + (Has(TcpFlags.Fin) ? 1 : 0);

    public static bool TryParse(ReadOnlySpan<byte> t, uint source, uint destination, out TcpSegment segment)
    {
        segment = default;
        if (t.Length < MinHeaderSize)
        {
            return false;
        }

        int headerLength = (t[12] >> 4) * 4;
        if (headerLength < MinHeaderSize || headerLength > t.Length)
        {
            return false;
        }

        ulong sum = InternetChecksum.AddPseudoHeader(0, source, destination, IpProtocol.Tcp, t.Length);
        if (InternetChecksum.Finish(InternetChecksum.Add(sum, t)) != 0)
        {
            return false;
        }

        segment = new TcpSegment
        {
            SourcePort = BinaryPrimitives.ReadUInt16BigEndian(t),
            DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(t[2..]),
            Sequence = BinaryPrimitives.ReadUInt32BigEndian(t[4..]),
            Acknowledgment = BinaryPrimitives.ReadUInt32BigEndian(t[8..]),
            Flags = (TcpFlags)(t[13] & 0x1f),
            Window = BinaryPrimitives.ReadUInt16BigEndian(t[14..]),
            MaxSegmentSize = ReadMss(t[MinHeaderSize..headerLength]),
            Payload = t[headerLength..],
        };
        return true;
    }

    private static ushort ReadMss(ReadOnlySpan<byte> options)
    {
        int i = 0;
        while (i < options.Length)
        {
            byte kind = options[i];
            if (kind == 0)
            {
                break;
            }

            if (kind == 1)
            {
                i++;
                continue;
            }

            if (i + 1 >= options.Length || options[i + 1] < 2 || i + options[i + 1] > options.Length)
            {
                break;
            }

            if (kind == 2 && options[i + 1] == 4)
            {
                return BinaryPrimitives.ReadUInt16BigEndian(options[(i + 2)..]);
            }

            i += options[i + 1];
        }

        return 0;
    }
}
