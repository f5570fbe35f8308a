// Trap entry (exceptions and interrupts, with medeleg/mideleg), interrupt selection in priority order, MRET and SRET.
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    private const ulong InterruptFlag = 1UL << 63;

    /// <summary>Takes synchronous exception <paramref name="cause"/> raised by the instruction at <paramref name="pc"/>.</summary>
    private void RaiseException(int cause, ulong tval, ulong pc) => TakeTrap((ulong)cause, tval, pc);

    private void TakeTrap(ulong cause, ulong tval, ulong epc)
    {
        bool isInterrupt = (cause & InterruptFlag) != 0;
        int code = (int)(cause & 63);
        ulong deleg = isInterrupt ? _mideleg : _medeleg;
        PrivilegeLevel from = _priv;
        _wfi = false;
        if (from <= PrivilegeLevel.Supervisor && ((deleg >> code) & 1) != 0)
        {
            _blockContext->Sepc = epc;
            _blockContext->Scause = cause;
            _blockContext->Stval = tval;
            ulong s = Status & ~(MStatus.SPIE | MStatus.SPP | MStatus.SIE);
            if ((Status & MStatus.SIE) != 0)
            {
                s |= MStatus.SPIE;
            }

            if (from == PrivilegeLevel.Supervisor)
            {
                s |= MStatus.SPP;
            }

            Status = s;
            _priv = PrivilegeLevel.Supervisor;
            _pc = TrapVector(_stvec, isInterrupt, code);
        }
        else
        {
            _mepc = epc;
            _mcause = cause;
            _mtval = tval;
            ulong m = Status & ~(MStatus.MPIE | MStatus.MPP | MStatus.MIE);
            if ((Status & MStatus.MIE) != 0)
            {
                m |= MStatus.MPIE;
            }

            m |= (ulong)from << MStatus.MppShift;
            Status = m;
            _priv = PrivilegeLevel.Machine;
            _pc = TrapVector(_mtvec, isInterrupt, code);
        }
    }

    private static ulong TrapVector(ulong tvec, bool isInterrupt, int code)
    {
        ulong b = tvec & ~3UL;
        return isInterrupt && (tvec & 3) == 1 ? b + (4 * (ulong)code) : b;
    }

    /// <summary>The highest-priority interrupt that is pending, enabled and takeable now, or -1.</summary>
    private int SelectInterrupt()
    {
        ulong pending = (ulong)Volatile.Read(ref _mip) & _mie;
        if (pending == 0)
        {
            return -1;
        }

        ulong m = pending & ~_mideleg;
        if (m != 0 && (_priv < PrivilegeLevel.Machine || (Status & MStatus.MIE) != 0))
        {
            return Highest(m);
        }

        ulong s = pending & _mideleg;
        if (s != 0 && (_priv < PrivilegeLevel.Supervisor || (_priv == PrivilegeLevel.Supervisor && (Status & MStatus.SIE) != 0)))
        {
            return Highest(s);
        }

        return -1;
    }

    // Privileged spec order: MEI, MSI, MTI, SEI, SSI, STI.
    private static int Highest(ulong bits)
    {
        ReadOnlySpan<int> order = [11, 3, 7, 9, 1, 5];
        foreach (int b in order)
        {
            if (((bits >> b) & 1) != 0)
            {
                return b;
            }
        }

        return -1;
    }

    private void DoMret()
    {
        var mpp = (PrivilegeLevel)((Status >> MStatus.MppShift) & 3);
        ulong m = Status & ~(MStatus.MIE | MStatus.MPP);
        if ((Status & MStatus.MPIE) != 0)
        {
            m |= MStatus.MIE;
        }

        m |= MStatus.MPIE;
        if (mpp != PrivilegeLevel.Machine)
        {
            m &= ~MStatus.MPRV;
        }

        Status = m;
        _priv = mpp;
        _pc = _mepc;
    }

    private void DoSret()
    {
        var spp = (Status & MStatus.SPP) != 0 ? PrivilegeLevel.Supervisor : PrivilegeLevel.User;
        ulong s = Status & ~(MStatus.SIE | MStatus.SPP | MStatus.MPRV);
        if ((Status & MStatus.SPIE) != 0)
        {
            s |= MStatus.SIE;
        }

        s |= MStatus.SPIE;
        Status = s;
        _priv = spp;
        _pc = _blockContext->Sepc;
    }
}
