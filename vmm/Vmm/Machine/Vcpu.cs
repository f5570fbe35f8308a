// One vCPU: a hart, whether its loop runs on a host thread, and its SBI HSM state. The loop parks on the machine's gate
// whenever the VM is paused or the hart is stopped, so a parked vCPU costs no host CPU.
using Harness.Vmm.Cpu.RiscV;
using Harness.Vmm.Machine.Sbi;

namespace Harness.Vmm.Machine;

internal sealed class Vcpu(RiscVHart hart)
{
    public RiscVHart Hart { get; } = hart;

    public int Id => Hart.HartId;

    /// <summary>HSM state; changed only under the machine's gate.</summary>
    public HartPowerState PowerState { get; set; } = HartPowerState.Stopped;

    /// <summary>Where a StartPending hart begins, and what it finds in a1.</summary>
    public ulong StartAddress { get; set; }

    public ulong StartOpaque { get; set; }

    /// <summary>True while the thread waits on the gate (paused or stopped); guarded by the gate.</summary>
    public bool Parked { get; set; }

    /// <summary>True from StartAsync until the vCPU loop has returned; guarded by the gate.</summary>
    public bool LoopRunning { get; set; }

    /// <summary>Host-thread time this vCPU spent running guest code, in Stopwatch ticks.</summary>
    public long RunTicks;
}
