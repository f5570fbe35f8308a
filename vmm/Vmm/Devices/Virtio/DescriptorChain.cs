// One validated descriptor chain: the device-readable buffers, then the device-writable ones, copied out of the ring.
namespace Harness.Vmm.Devices.Virtio;

/// <summary>A guest-physical buffer already checked to lie inside guest RAM.</summary>
public readonly record struct GuestBuffer(ulong Address, uint Length);

/// <summary>
/// A descriptor chain popped from the available ring. The descriptors were copied when the chain was walked, so
/// a guest rewriting its descriptor table afterwards cannot change what the device acts on.
/// </summary>
public sealed class DescriptorChain
{
    internal DescriptorChain(ushort headIndex, List<GuestBuffer> readable, List<GuestBuffer> writable)
    {
        HeadIndex = headIndex;
        Readable = readable;
        Writable = writable;
        foreach (GuestBuffer b in readable)
        {
            ReadableLength += b.Length;
        }

        foreach (GuestBuffer b in writable)
        {
            WritableLength += b.Length;
        }
    }

    /// <summary>Index of the head descriptor, which the used ring element names.</summary>
    public ushort HeadIndex { get; }

    /// <summary>Device-readable buffers in chain order.</summary>
    public IReadOnlyList<GuestBuffer> Readable { get; }

    /// <summary>Device-writable buffers in chain order.</summary>
    public IReadOnlyList<GuestBuffer> Writable { get; }

    /// <summary>Total bytes the device may read.</summary>
    public ulong ReadableLength { get; }

    /// <summary>Total bytes the device may write.</summary>
    public ulong WritableLength { get; }
}
