// The device side of the MMIO seam: a device sees offsets inside its own window, never bus addresses.
namespace Harness.Vmm.Bus;

/// <summary>A device mapped into the guest-physical address space through <see cref="MmioBus"/>.</summary>
public interface IMmioDevice
{
    /// <summary>Reads <paramref name="size"/> bytes (1, 2, 4 or 8) at <paramref name="offset"/> in the device window.</summary>
    /// <returns>False when the access is not supported at that offset and width; the vCPU raises an access fault.</returns>
    bool Read(ulong offset, int size, out ulong value);

    /// <summary>Writes the low <paramref name="size"/> bytes of <paramref name="value"/> at <paramref name="offset"/>.</summary>
    /// <returns>False when the access is not supported; the vCPU raises an access fault.</returns>
    bool Write(ulong offset, int size, ulong value);
}
