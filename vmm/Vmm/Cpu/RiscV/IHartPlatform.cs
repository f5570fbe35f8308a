// What a hart needs from the machine around it: the time base and a hook for environment calls (SBI, syscalls).
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>The services a <see cref="RiscVHart"/> takes from the machine it runs in.</summary>
public interface IHartPlatform
{
    /// <summary>The value of the <c>time</c> CSR, on a 10 MHz timebase.</summary>
    ulong ReadTime();

    /// <summary>
    /// Called on ECALL before it traps, with <see cref="RiscVHart.Pc"/> at the ECALL. Return true when the platform
    /// handled the call: the hart then continues at <see cref="RiscVHart.Pc"/> + 4 without trapping.
    /// </summary>
    bool TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from);
}
