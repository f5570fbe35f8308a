// The 16-bit ones'-complement sum of RFC 1071, used by IPv4, ICMP and TCP (with its pseudo-header).
using System.Buffers.Binary;

namespace Harness.Vmm.Devices.Virtio.Net.User;

internal static class InternetChecksum
{
    /// <summary>Adds <paramref name="data"/> as big-endian 16-bit words to a running sum.</summary>
    public static ulong Add(ulong sum, ReadOnlySpan<byte> data)
    {
        int i = 0;
        for (; i + 1 < data.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        }

        if (i < data.Length)
        {
            sum += (ulong)data[i] << 8;
        }

        return sum;
    }

    /// <summary>Adds the TCP/UDP pseudo-header (addresses, protocol, length).</summary>
    public static ulong AddPseudoHeader(ulong sum, uint source, uint destination, byte protocol, int length) =>
        sum + (source >> 16) + (source & 0xffff) + (destination >> 16) + (destination & 0xffff) + protocol + (uint)length;

    /// <summary>Folds the carries and complements: the value to store, or 0 when verifying a correct packet.</summary>
    public static ushort Finish(ulong sum)
    {
        while ((sum >> 16) != 0)
        {
            sum = (sum & 0xffff) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
