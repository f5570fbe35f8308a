// The supervisor binary interface, implemented in the monitor as KVM does for RISC-V guests: an ecall from S-mode
// never reaches guest M-mode; the hart hands it here and resumes at the next instruction.
using Harness.Vmm.Cpu.RiscV;

namespace Harness.Vmm.Machine.Sbi;

/// <summary>Serves SBI calls (base, TIME, IPI, RFENCE, HSM, SRST and the legacy v0.1 calls) for every hart of a machine.</summary>
internal sealed class SbiHandler
{
    /// <summary>SBI specification 1.0.</summary>
    public const ulong SpecVersion = 1UL << 24;

    /// <summary>Implementation ID: not one of the registered ones, so it cannot be mistaken for another SBI.</summary>
    public const ulong ImplementationId = 0x4852_4E53; // "HRNS"

    public const ulong ImplementationVersion = 1;

    private const int StipBit = 5;
    private const int SsipBit = 1;
    private const ulong AllHarts = ulong.MaxValue;

    private readonly ISbiHost _host;
    private long _calls;

    public SbiHandler(ISbiHost host) => _host = host;

    /// <summary>SBI calls served since creation.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Handles an ecall from S-mode; ecalls from U-mode and M-mode are the guest's own business.</summary>
    public bool TryHandle(RiscVHart hart, PrivilegeLevel from)
    {
        if (from != PrivilegeLevel.Supervisor)
        {
            return false;
        }

        Interlocked.Increment(ref _calls);
        ulong eid = hart.GetRegister(17);
        ulong fid = hart.GetRegister(16);
        if (eid <= SbiExtension.LegacyShutdown)
        {
            hart.SetRegister(10, (ulong)HandleLegacy(hart, eid));
            return true;
        }

        (long error, ulong value) = eid switch
        {
            SbiExtension.Base => HandleBase(fid, hart.GetRegister(10)),
            SbiExtension.Time => HandleTime(hart, fid),
            SbiExtension.Ipi => HandleIpi(hart, fid),
            SbiExtension.RemoteFence => HandleRemoteFence(hart, fid),
            SbiExtension.HartStateManagement => HandleHsm(hart, fid),
            SbiExtension.SystemReset => HandleSystemReset(hart, fid),
            _ => (SbiError.NotSupported, 0UL),
        };
        hart.SetRegister(10, (ulong)error);
        hart.SetRegister(11, value);
        return true;
    }

    private static bool IsImplemented(ulong eid) => eid is SbiExtension.Base or SbiExtension.Time or SbiExtension.Ipi
        or SbiExtension.RemoteFence or SbiExtension.HartStateManagement or SbiExtension.SystemReset
        or SbiExtension.LegacySetTimer or SbiExtension.LegacyConsolePutchar or SbiExtension.LegacyConsoleGetchar
        or SbiExtension.LegacyClearIpi or SbiExtension.LegacyShutdown;

    private static (long, ulong) HandleBase(ulong fid, ulong arg0) => fid switch
    {
        0 => (SbiError.Success, SpecVersion),
        1 => (SbiError.Success, ImplementationId),
        2 => (SbiError.Success, ImplementationVersion),
        3 => (SbiError.Success, IsImplemented(arg0) ? 1UL : 0UL),
        4 or 5 or 6 => (SbiError.Success, 0UL), // mvendorid, marchid, mimpid: no vendor
        _ => (SbiError.NotSupported, 0UL),
    };

    private static void SetTimer(RiscVHart hart, ulong deadline)
    {
        // A new deadline always retracts the pending timer interrupt; the hart raises it again when time passes it.
        hart.TimerDeadline = deadline;
        hart.SetPendingInterrupt(StipBit, false);
    }

    private static (long, ulong) HandleTime(RiscVHart hart, ulong fid)
    {
        if (fid != 0)
        {
            return (SbiError.NotSupported, 0);
        }

        SetTimer(hart, hart.GetRegister(10));
        return (SbiError.Success, 0);
    }

    /// <summary>Resolves an SBI hart mask to hart IDs; false when it names a hart that does not exist.</summary>
    private bool TryForEachHart(ulong mask, ulong maskBase, Action<int> action)
    {
        if (maskBase == AllHarts)
        {
            for (int i = 0; i < _host.HartCount; i++)
            {
                action(i);
            }

            return true;
        }

        for (int bit = 0; bit < 64; bit++)
        {
            if ((mask & (1UL << bit)) != 0 && maskBase + (ulong)bit >= (ulong)_host.HartCount)
            {
                return false;
            }
        }

        for (int bit = 0; bit < 64; bit++)
        {
            if ((mask & (1UL << bit)) != 0)
            {
                action((int)(maskBase + (ulong)bit));
            }
        }

        return true;
    }

    private (long, ulong) HandleIpi(RiscVHart hart, ulong fid)
    {
        if (fid != 0)
        {
            return (SbiError.NotSupported, 0);
        }

        bool ok = TryForEachHart(hart.GetRegister(10), hart.GetRegister(11),
            id => _host.GetHart(id).SetPendingInterrupt(SsipBit, true));
        return (ok ? SbiError.Success : SbiError.InvalidParam, 0);
    }

    private (long, ulong) HandleRemoteFence(RiscVHart hart, ulong fid)
    {
        ulong mask = hart.GetRegister(10), maskBase = hart.GetRegister(11);
        bool ok;
        switch (fid)
        {
            case 0:
                ok = TryForEachHart(mask, maskBase, id => _host.GetHart(id).RequestInstructionCacheFlush());
                break;
            case 1:
            case 2:
                // Flushing a hart's whole TLB is a correct (if broader) answer to a ranged or per-ASID request.
                ok = TryForEachHart(mask, maskBase, id => _host.GetHart(id).RequestTlbFlush());
                break;
            default:
                return (SbiError.NotSupported, 0); // hypervisor fences: no H extension here
        }

        return (ok ? SbiError.Success : SbiError.InvalidParam, 0);
    }

    private (long, ulong) HandleHsm(RiscVHart hart, ulong fid)
    {
        switch (fid)
        {
            case 0:
            {
                ulong target = hart.GetRegister(10);
                if (target >= (ulong)_host.HartCount)
                {
                    return (SbiError.InvalidParam, 0);
                }

                return _host.TryStartHart((int)target, hart.GetRegister(11), hart.GetRegister(12))
                    ? (SbiError.Success, 0UL)
                    : (SbiError.AlreadyAvailable, 0UL);
            }

            case 1:
                _host.StopHart(hart.HartId);
                return (SbiError.Success, 0);
            case 2:
            {
                ulong target = hart.GetRegister(10);
                return target >= (ulong)_host.HartCount
                    ? (SbiError.InvalidParam, 0)
                    : (SbiError.Success, (ulong)_host.GetHartPowerState((int)target));
            }

            default:
                return (SbiError.NotSupported, 0); // hart_suspend: the guest idles with WFI instead
        }
    }

    private (long, ulong) HandleSystemReset(RiscVHart hart, ulong fid)
    {
        if (fid != 0)
        {
            return (SbiError.NotSupported, 0);
        }

        switch (hart.GetRegister(10))
        {
            case 0:
                _host.RequestSystemExit(VmExitReason.PoweredOff);
                return (SbiError.Success, 0);
            case 1:
            case 2:
                _host.RequestSystemExit(VmExitReason.Rebooted);
                return (SbiError.Success, 0);
            default:
                return (SbiError.InvalidParam, 0);
        }
    }

    private long HandleLegacy(RiscVHart hart, ulong eid)
    {
        switch (eid)
        {
            case SbiExtension.LegacySetTimer:
                SetTimer(hart, hart.GetRegister(10));
                return 0;
            case SbiExtension.LegacyConsolePutchar:
                _host.ConsolePutchar((byte)hart.GetRegister(10));
                return 0;
            case SbiExtension.LegacyConsoleGetchar:
                return _host.ConsoleGetchar();
            case SbiExtension.LegacyClearIpi:
                hart.SetPendingInterrupt(SsipBit, false);
                return 0;
            case SbiExtension.LegacyShutdown:
                _host.RequestSystemExit(VmExitReason.PoweredOff);
                return 0;
            default:
                // The v0.1 IPI and fence calls pass hart masks by guest-virtual pointer; Linux uses them only when
                // the SBI reports version 0.1, which this one never does, so they are refused rather than half-done.
                return SbiError.NotSupported;
        }
    }
}
