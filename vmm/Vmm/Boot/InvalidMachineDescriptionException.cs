// Typed failure for a machine description its device tree cannot be generated from.
namespace Harness.Vmm.Boot;

/// <summary>Thrown when a <see cref="MachineDescription"/> is out of range or inconsistent.</summary>
public sealed class InvalidMachineDescriptionException : ArgumentException
{
    /// <summary>Creates the exception with a message naming the offending field.</summary>
    public InvalidMachineDescriptionException(string message)
        : base(message)
    {
    }
}
