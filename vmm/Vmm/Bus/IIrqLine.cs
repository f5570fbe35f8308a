// The interrupt seam: a device drives a level on a line it was handed; it never sees the interrupt controller.
namespace Harness.Vmm.Bus;

/// <summary>A level-triggered interrupt line injected into a device.</summary>
public interface IIrqLine
{
    /// <summary>Drives the line high (<c>true</c>) or low.</summary>
    void SetLevel(bool asserted);
}
