// What a hart needs from the machine around it: the time base and a hook for environment calls (SBI, syscalls).
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>The services a <see cref="RiscVHart"/> takes from the machine it runs in.</summary>
public interface IHartPlatform
{
    /// <summary>The value of the <c>time</c> CSR, on a 10 MHz timebase.</summary>
    ulong ReadTime();

    /// <summary>
    /// Called on ECALL before it traps, with <see cref="RiscVHart.Pc"/> at the ECALL. Return true when the platform
    /// handled the call: the hart then continues at the ECALL + 4 without trapping, or at <see cref="RiscVHart.Pc"/>
    /// when the handler set it (or called <see cref="RiscVHart.Reset"/>) to a different address. The handler may use
    /// the register accessors and any "any thread" member of the hart; Save and Restore are not allowed inside it.
    /// </summary>
    bool TryHandleEnvironmentCall(RiscVHart hart, PrivilegeLevel from);
}
