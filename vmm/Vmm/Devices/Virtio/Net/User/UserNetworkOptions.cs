// Addresses of the user-mode network: the guest, the gateway the endpoint answers as, and their MACs.
using System.Net;
using System.Net.Sockets;

namespace Harness.Vmm.Devices.Virtio.Net.User;

/// <summary>Options of a <see cref="UserNetworkBackend"/>. The defaults are QEMU's user network (10.0.2.0/24).</summary>
public sealed record UserNetworkOptions
{
    /// <summary>The address the endpoint answers as; guest connections to it go to 127.0.0.1 on the same port.</summary>
    public IPAddress GatewayAddress { get; init; } = IPAddress.Parse("10.0.2.2");

    /// <summary>The guest's address: forwarded connections go to it.</summary>
    public IPAddress GuestAddress { get; init; } = IPAddress.Parse("10.0.2.15");

    /// <summary>Prefix length of the guest's network.</summary>
    public int PrefixLength { get; init; } = 24;

    /// <summary>The endpoint's own MAC.</summary>
    public MacAddress GatewayMac { get; init; } = MacAddress.Parse("52:55:0a:00:02:02");

    /// <summary>The guest NIC's MAC, used until the guest's first frame shows it.</summary>
    public MacAddress GuestMac { get; init; } = MacAddress.DefaultGuest;

    /// <summary>Most TCP connections open at once; more are refused with RST.</summary>
    public int MaxConnections { get; init; } = 1024;

    /// <summary>How long unacknowledged data (or a SYN) waits before it is sent again.</summary>
    public TimeSpan RetransmitTimeout { get; init; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (RetransmitTimeout < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(RetransmitTimeout), RetransmitTimeout, "must be at least 1 ms");
        }

        if (GatewayAddress.AddressFamily != AddressFamily.InterNetwork || GuestAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("the user network is IPv4: gateway and guest need IPv4 addresses");
        }

        if (PrefixLength is < 8 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(PrefixLength), PrefixLength, "must be 8 to 30");
        }

        uint mask = uint.MaxValue << (32 - PrefixLength);
        if ((ToUInt32(GatewayAddress) & mask) != (ToUInt32(GuestAddress) & mask) || GatewayAddress.Equals(GuestAddress))
        {
            throw new ArgumentException($"gateway {GatewayAddress} and guest {GuestAddress} must be distinct addresses in one /{PrefixLength}");
        }

        if (GatewayMac.IsMulticast || GuestMac.IsMulticast || GatewayMac == GuestMac)
        {
            throw new ArgumentException("gateway and guest MACs must be distinct unicast addresses");
        }

        if (MaxConnections is < 1 or > 65536)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConnections), MaxConnections, "must be 1 to 65536");
        }
    }

    internal static uint ToUInt32(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b);
    }
}

/// <summary>A host port forwarded into the guest.</summary>
/// <param name="HostPort">The port listening on 127.0.0.1.</param>
/// <param name="GuestPort">The guest port each accepted connection is opened to.</param>
public sealed record TcpForward(int HostPort, int GuestPort);
