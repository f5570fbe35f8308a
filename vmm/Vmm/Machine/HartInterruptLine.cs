// Adapts a hart's interrupt-pending bit to the IIrqLine seam, so the PLIC drives SEIP without knowing about harts.
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Machine;

internal sealed class HartInterruptLine(RiscVHart hart, int mipBit) : IIrqLine
{
    public void SetLevel(bool asserted) => hart.SetPendingInterrupt(mipBit, asserted);
}
