// Hart states of the SBI Hart State Management extension, with the numbering hart_get_status returns.
namespace Harness.Vmm.Machine.Sbi;

/// <summary>SBI HSM hart states.</summary>
public enum HartPowerState
{
    Started = 0,
    Stopped = 1,
    StartPending = 2,
    StopPending = 3,
}
