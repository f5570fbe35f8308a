// Where a serial device's transmitted bytes go on the host: a capture buffer, a stream, or both.
namespace Harness.Vmm.Devices;

/// <summary>Receives the bytes a guest transmits on a serial port.</summary>
/// <remarks>Called on a vCPU thread while the port's lock is held: return quickly and never call back into the port.</remarks>
public interface ISerialSink
{
    /// <summary>Takes bytes the guest has transmitted, in order.</summary>
    void Write(ReadOnlySpan<byte> data);
}
