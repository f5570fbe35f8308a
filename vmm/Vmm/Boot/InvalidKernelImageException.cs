// Typed failure for a file that is not a bootable RISC-V Linux Image.
namespace Harness.Vmm.Boot;

/// <summary>Thrown when a kernel Image's header is missing, malformed, or inconsistent with the file.</summary>
public sealed class InvalidKernelImageException : Exception
{
    /// <summary>Creates the exception with a message naming what is wrong.</summary>
    public InvalidKernelImageException(string message)
        : base(message)
    {
    }
}
