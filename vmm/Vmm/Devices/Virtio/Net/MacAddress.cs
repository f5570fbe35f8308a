// A 48-bit Ethernet address: parsing, formatting and the unicast check the device applies to its own MAC.
using System.Globalization;

namespace Harness.Vmm.Devices.Virtio.Net;

/// <summary>An Ethernet MAC address.</summary>
public readonly record struct MacAddress
{
    private readonly ulong _value;

    /// <summary>Creates an address from its 6 bytes in wire order.</summary>
    /// <exception cref="ArgumentException">Not 6 bytes.</exception>
    public MacAddress(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 6)
        {
            throw new ArgumentException($"a MAC address has 6 bytes, not {bytes.Length}", nameof(bytes));
        }

        ulong v = 0;
        foreach (byte b in bytes)
        {
            v = (v << 8) | b;
        }

        _value = v;
    }

    /// <summary>The default address of a guest's first NIC (QEMU's, which Linux guests are used to).</summary>
    public static MacAddress DefaultGuest { get; } = new([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);

    /// <summary>ff:ff:ff:ff:ff:ff.</summary>
    public static MacAddress Broadcast { get; } = new([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

    /// <summary>True for a group (multicast or broadcast) address.</summary>
    public bool IsMulticast => ((_value >> 40) & 1) != 0;

    /// <summary>The 6 bytes in wire order.</summary>
    public byte[] ToArray()
    {
        var b = new byte[6];
        CopyTo(b);
        return b;
    }

    /// <summary>Writes the 6 bytes to <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        for (int i = 0; i < 6; i++)
        {
            destination[i] = (byte)(_value >> (8 * (5 - i)));
        }
    }

    /// <summary>Parses "52:54:00:12:34:56".</summary>
    /// <exception cref="FormatException">Not six colon-separated hex bytes.</exception>
    public static MacAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(':');
        if (parts.Length != 6)
        {
            throw new FormatException($"'{text}' is not a MAC address (six hex bytes separated by colons)");
        }

        var b = new byte[6];
        for (int i = 0; i < 6; i++)
        {
            if (parts[i].Length is < 1 or > 2 || !byte.TryParse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out b[i]))
            {
                throw new FormatException($"'{text}' is not a MAC address (six hex bytes separated by colons)");
            }
        }

        return new MacAddress(b);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(':', ToArray().Select(x => x.ToString("x2", CultureInfo.InvariantCulture)));
}
