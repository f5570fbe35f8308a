// Typed failure for a guest-physical access that falls outside guest RAM.
namespace Harness.Vmm.Memory;

/// <summary>Thrown when a host-side access (device DMA, loader) names guest-physical bytes outside RAM.</summary>
public sealed class GuestMemoryException : Exception
{
    /// <summary>Creates the exception for the range [<paramref name="address"/>, +<paramref name="length"/>).</summary>
    public GuestMemoryException(ulong address, ulong length)
        : base($"guest-physical range 0x{address:x}+0x{length:x} is outside guest RAM")
    {
        Address = address;
        Length = length;
    }

    /// <summary>The first guest-physical address of the rejected range.</summary>
    public ulong Address { get; }

    /// <summary>The length of the rejected range in bytes.</summary>
    public ulong Length { get; }
}
