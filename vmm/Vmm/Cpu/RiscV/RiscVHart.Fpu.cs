// The seam to the FPU: floating-point compute instructions go to FpuExecutor with this hart's register files.
using Harness.Vmm.Cpu.RiscV.Fpu;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    /// <summary>Runs one FP compute instruction (mstatus.FS already checked); false when it is illegal.</summary>
    private bool ExecuteFloatingPoint(uint insn) => FpuExecutor.Execute(insn, _x, _f, ref _fcsr);
}
