// Typed failure for a device tree that would be malformed if written.
namespace Harness.Vmm.Boot;

/// <summary>Thrown by <see cref="FdtWriter"/> when a call would produce an invalid or ambiguous tree.</summary>
public sealed class FdtException : Exception
{
    /// <summary>Creates the exception with a message naming the node or property at fault.</summary>
    public FdtException(string message)
        : base(message)
    {
    }
}
