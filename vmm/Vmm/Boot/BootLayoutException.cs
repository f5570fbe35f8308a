// Typed failure for a boot payload that cannot be placed in guest RAM.
namespace Harness.Vmm.Boot;

/// <summary>Thrown when the kernel, initramfs or device tree does not fit RAM, or the pieces would overlap.</summary>
public sealed class BootLayoutException : Exception
{
    /// <summary>Creates the exception with a message naming the piece and the addresses involved.</summary>
    public BootLayoutException(string message)
        : base(message)
    {
    }
}
