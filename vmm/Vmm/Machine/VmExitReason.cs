// Why a microVM stopped running.
namespace Harness.Vmm.Machine;

/// <summary>The reason a <see cref="MicroVm"/> ended.</summary>
public enum VmExitReason
{
    /// <summary>Still running (or never started).</summary>
    None = 0,

    /// <summary>The guest powered itself off (SBI SRST shutdown, legacy shutdown, or the syscon device).</summary>
    PoweredOff,

    /// <summary>The guest asked for a reboot; the monitor ends the VM instead of restarting it.</summary>
    Rebooted,

    /// <summary>The guest kernel printed a panic on its console.</summary>
    GuestPanic,

    /// <summary>A vCPU failed inside the monitor; the message is in <see cref="MicroVm.FaultMessage"/>.</summary>
    VcpuFault,

    /// <summary>The host stopped the VM (StopAsync or disposal).</summary>
    Stopped,
}
