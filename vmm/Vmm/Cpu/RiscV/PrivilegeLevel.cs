// The RISC-V privilege modes, numbered as the privileged spec encodes them in mstatus.MPP.
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>A RISC-V privilege mode; the values are the architectural encodings.</summary>
public enum PrivilegeLevel : byte
{
    /// <summary>U-mode.</summary>
    User = 0,

    /// <summary>S-mode.</summary>
    Supervisor = 1,

    /// <summary>M-mode.</summary>
    Machine = 3,
}
