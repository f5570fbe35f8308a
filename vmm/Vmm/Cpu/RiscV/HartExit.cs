// Why RiscVHart.Run returned control to its caller.
namespace Harness.Vmm.Cpu.RiscV;

/// <summary>The reason <see cref="RiscVHart.Run"/> returned.</summary>
public enum HartExit
{
    /// <summary>The instruction budget given to Run was used up.</summary>
    BudgetExhausted,

    /// <summary>The hart executed WFI with no interrupt pending; call <see cref="RiscVHart.WaitForInterrupt"/>.</summary>
    WaitForInterrupt,

    /// <summary><see cref="RiscVHart.RequestExit"/> was called.</summary>
    ExitRequested,
}
