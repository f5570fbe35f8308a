// What the SBI implementation needs from the machine around it: harts, time, console and the power switch.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Machine.Sbi;

/// <summary>The machine as seen by <see cref="SbiHandler"/>.</summary>
internal interface ISbiHost
{
    int HartCount { get; }

    RiscVHart GetHart(int hartId);

    /// <summary>Current HSM state of a hart.</summary>
    HartPowerState GetHartPowerState(int hartId);

    /// <summary>Starts a stopped hart in S-mode at <paramref name="startAddress"/> with a0 = hart id, a1 = opaque.</summary>
    bool TryStartHart(int hartId, ulong startAddress, ulong opaque);

    /// <summary>Stops the calling hart: it parks after the current ecall returns.</summary>
    void StopHart(int hartId);

    void ConsolePutchar(byte value);

    /// <summary>Next byte of console input, or -1 when there is none.</summary>
    int ConsoleGetchar();

    void RequestSystemExit(VmExitReason reason);
}
