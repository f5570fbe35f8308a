// The typed error for a HartState that cannot be restored.
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>Thrown by <see cref="RiscVHart.Restore"/> when a <see cref="HartState"/> is malformed.</summary>
public sealed class HartStateException : Exception
{
    public HartStateException()
    {
    }

    public HartStateException(string message)
        : base(message)
    {
    }

    public HartStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
