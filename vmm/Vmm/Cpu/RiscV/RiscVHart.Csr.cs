// The CSR file: access checks (privilege, read-only, counter enables, TVM, FS), WARL legalisation and side effects.
namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    /// <summary>
    /// Reads CSR <paramref name="csr"/> as M-mode would (for the machine, e.g. to set up delegation before boot).
    /// Only while the hart is not running.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The CSR is not implemented.</exception>
    public ulong ReadCsr(int csr)
    {
        if (!TryReadCsr(csr, _retired, out ulong v))
        {
            throw new ArgumentOutOfRangeException(nameof(csr), csr, "CSR is not implemented");
        }

        return v;
    }

    /// <summary>Writes CSR <paramref name="csr"/> as M-mode would. Only while the hart is not running.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The CSR is not implemented or read-only.</exception>
    public void WriteCsr(int csr, ulong value)
    {
        if ((csr >> 10) == 3 || !TryReadCsr(csr, _retired, out _))
        {
            throw new ArgumentOutOfRangeException(nameof(csr), csr, "CSR is not implemented or is read-only");
        }

        WriteCsrValue(csr, value, _retired);
        FlushAllTlbs();
        Interlocked.Or(ref *_attention, AttnInterrupt);
    }

    private ulong ReadMstatus()
    {
        ulong s = Status | MStatus.XlFields;
        return (s & MStatus.FS) == MStatus.FsDirty ? s | MStatus.SD : s;
    }

    private bool FpEnabled => (Status & MStatus.FS) != 0;

    /// <summary>Whether the current privilege may touch <paramref name="csr"/> beyond the numeric privilege rule.</summary>
    private bool CsrAccessAllowed(int csr)
    {
        if (((csr >> 8) & 3) > (int)_priv)
        {
            return false;
        }

        if (csr >= Csr.Cycle && csr <= Csr.HpmCounter31)
        {
            int bit = csr - Csr.Cycle;
            if (_priv < PrivilegeLevel.Machine && ((_mcounteren >> bit) & 1) == 0)
            {
                return false;
            }

            if (_priv == PrivilegeLevel.User && ((_scounteren >> bit) & 1) == 0)
            {
                return false;
            }
        }

        if (csr == Csr.Satp && _priv == PrivilegeLevel.Supervisor && (Status & MStatus.TVM) != 0)
        {
            return false;
        }

        if (csr >= Csr.Fflags && csr <= Csr.Fcsr && !FpEnabled)
        {
            return false;
        }

        return true;
    }

    private bool TryReadCsr(int csr, long retiredNow, out ulong v)
    {
        v = 0;
        switch (csr)
        {
            case Csr.Fflags: v = _fcsr & 0x1F; return true;
            case Csr.Frm: v = (_fcsr >> 5) & 7; return true;
            case Csr.Fcsr: v = _fcsr & 0xFF; return true;
            case Csr.Cycle:
            case Csr.Mcycle:
                v = (ulong)(retiredNow + _cycleOffset);
                return true;
            case Csr.Instret:
            case Csr.Minstret:
                v = (ulong)(retiredNow + _instretOffset);
                return true;
            case Csr.Time: v = _platform.ReadTime(); return true;
            case Csr.Sstatus: v = ReadMstatus() & MStatus.SstatusMask; return true;
            case Csr.Sie: v = _mie & _mideleg; return true;
            case Csr.Stvec: v = _stvec; return true;
            case Csr.Scounteren: v = _scounteren; return true;
            case Csr.Senvcfg: return true;
            case Csr.Sscratch: v = _blockContext->Sscratch; return true;
            case Csr.Sepc: v = _blockContext->Sepc; return true;
            case Csr.Scause: v = _blockContext->Scause; return true;
            case Csr.Stval: v = _blockContext->Stval; return true;
            case Csr.Sip: v = (ulong)Volatile.Read(ref _mip) & _mideleg; return true;
            case Csr.Satp: v = _satp; return true;
            case Csr.Mvendorid:
            case Csr.Marchid:
            case Csr.Mimpid:
            case Csr.Mconfigptr:
                return true;
            case Csr.Mhartid: v = (ulong)HartId; return true;
            case Csr.Mstatus: v = ReadMstatus(); return true;
            case Csr.Misa: v = MisaValue; return true;
            case Csr.Medeleg: v = _medeleg; return true;
            case Csr.Mideleg: v = _mideleg; return true;
            case Csr.Mie: v = _mie; return true;
            case Csr.Mtvec: v = _mtvec; return true;
            case Csr.Mcounteren: v = _mcounteren; return true;
            case Csr.Menvcfg:
            case Csr.Mcountinhibit:
                return true;
            case Csr.Mscratch: v = _mscratch; return true;
            case Csr.Mepc: v = _mepc; return true;
            case Csr.Mcause: v = _mcause; return true;
            case Csr.Mtval: v = _mtval; return true;
            case Csr.Mip: v = (ulong)Volatile.Read(ref _mip); return true;
            case Csr.Tselect:
            case Csr.Tdata1:
            case Csr.Tdata2:
            case Csr.Tdata3:
                return true;
        }

        // Counters and events without hardware behind them read as zero; there is no PMP (its CSRs read zero and
        // ignore writes, which the spec allows when no PMP entries are implemented); odd pmpcfg do not exist on RV64.
        return (csr >= Csr.HpmCounter3 && csr <= Csr.HpmCounter31)
            || (csr >= Csr.MhpmCounter3 && csr <= Csr.MhpmCounter31)
            || (csr >= Csr.MhpmEvent3 && csr <= Csr.MhpmEvent31)
            || (csr >= Csr.PmpCfg0 && csr <= Csr.PmpCfg15 && (csr & 1) == 0)
            || (csr >= Csr.PmpAddr0 && csr <= Csr.PmpAddr63);
    }

    /// <summary>Applies a write to an implemented, writable CSR (legality already checked).</summary>
    private void WriteCsrValue(int csr, ulong v, long retiredNow)
    {
        switch (csr)
        {
            case Csr.Fflags:
                _fcsr = (_fcsr & ~0x1Fu) | (uint)(v & 0x1F);
                Status |= MStatus.FsDirty;
                break;
            case Csr.Frm:
                _fcsr = (_fcsr & 0x1F) | (uint)((v & 7) << 5);
                Status |= MStatus.FsDirty;
                break;
            case Csr.Fcsr:
                _fcsr = (uint)(v & 0xFF);
                Status |= MStatus.FsDirty;
                break;
            case Csr.Mcycle:
                _cycleOffset = (long)v - retiredNow - 1;
                break;
            case Csr.Minstret:
                // The write replaces the value this instruction would otherwise have incremented.
                _instretOffset = (long)v - retiredNow - 1;
                break;
            case Csr.Sstatus:
                WriteMstatus((Status & ~MStatus.SstatusWritable) | (v & MStatus.SstatusWritable));
                break;
            case Csr.Sie:
                _mie = (_mie & ~_mideleg) | (v & _mideleg);
                break;
            case Csr.Stvec:
                _stvec = v & ~2UL;
                break;
            case Csr.Scounteren:
                _scounteren = v & 0xFFFF_FFFF;
                break;
            case Csr.Sscratch:
                _blockContext->Sscratch = v;
                break;
            case Csr.Sepc:
                _blockContext->Sepc = v & ~1UL;
                break;
            case Csr.Scause:
                _blockContext->Scause = v;
                break;
            case Csr.Stval:
                _blockContext->Stval = v;
                break;
            case Csr.Sip:
                UpdateMip(_mideleg & (1UL << Interrupt.SupervisorSoftware), v);
                break;
            case Csr.Satp:
                WriteSatp(v);
                break;
            case Csr.Mstatus:
                WriteMstatus(v);
                break;
            case Csr.Medeleg:
                _medeleg = v & TrapCause.DelegableMask;
                break;
            case Csr.Mideleg:
                _mideleg = v & Interrupt.SupervisorMask;
                break;
            case Csr.Mie:
                _mie = v & Interrupt.AllMask;
                break;
            case Csr.Mtvec:
                _mtvec = v & ~2UL;
                break;
            case Csr.Mcounteren:
                _mcounteren = v & 0xFFFF_FFFF;
                break;
            case Csr.Mscratch:
                _mscratch = v;
                break;
            case Csr.Mepc:
                _mepc = v & ~1UL;
                break;
            case Csr.Mcause:
                _mcause = v;
                break;
            case Csr.Mtval:
                _mtval = v;
                break;
            case Csr.Mip:
                UpdateMip(Interrupt.SupervisorMask, v);
                break;
        }
    }

    private void UpdateMip(ulong mask, ulong v)
    {
        long old, updated;
        do
        {
            old = Volatile.Read(ref _mip);
            updated = (long)(((ulong)old & ~mask) | (v & mask));
        }
        while (Interlocked.CompareExchange(ref _mip, updated, old) != old);
    }

    private void WriteMstatus(ulong v)
    {
        ulong old = Status;
        ulong n = v & MStatus.WritableMask;
        if (((n >> MStatus.MppShift) & 3) == 2)
        {
            n = (n & ~MStatus.MPP) | (old & MStatus.MPP); // MPP is WARL; 2 is reserved
        }

        Status = n;

        // Entries filled while SUM or MXR granted access must go when that permission is withdrawn.
        if (((old & ~n) & (MStatus.SUM | MStatus.MXR)) != 0)
        {
            DropGrantedEntries();
        }
    }

    private void WriteSatp(ulong v)
    {
        ulong mode = v >> 60;
        if (mode != 0 && mode != 8 && mode != 9)
        {
            return; // unsupported modes leave satp unchanged: Linux probes Sv57 and Sv48 this way
        }

        _satp = mode == 0 ? 0 : v & ((0xFUL << 60) | (0xFFFFUL << 44) | 0xFFF_FFFF_FFFF);
        SelectBank(); // no flush: entries are per address space, and software fences when it reuses an ASID
    }

    /// <summary>
    /// Whether the CSR instruction <paramref name="d"/> (just executed, mstatus was <paramref name="statusBefore"/>)
    /// may have made an interrupt takeable or changed the data privilege, which the block-boundary work must see.
    /// The CSR accesses of every trap entry and return, and the SUM toggles and interrupt masking around each user
    /// copy and lock, do neither and go straight on.
    /// </summary>
    private bool CsrNeedsBoundary(Decoded* d, ulong statusBefore)
    {
        switch (d->Imm & 0xFFF)
        {
            case Csr.Sstatus:
            case Csr.Mstatus:
                ulong after = Status;
                return ((after & ~statusBefore) & (MStatus.SIE | MStatus.MIE)) != 0 ||
                    ((after ^ statusBefore) & (MStatus.MPRV | MStatus.MPP)) != 0;
            case Csr.Sie:
            case Csr.Mie:
            case Csr.Sip:
            case Csr.Mip:
            case Csr.Mideleg:
            case Csr.Satp:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Executes a Zicsr instruction. Returns false after raising an illegal-instruction trap.
    /// </summary>
    private bool ExecuteCsr(Decoded* d, ulong pc, long retiredNow)
    {
        int csr = d->Imm & 0xFFF;
        Op op = d->Op;
        ulong operand = op >= Op.Csrrwi ? d->Rs1 : _xp[d->Rs1];
        bool writes = op == Op.Csrrw || op == Op.Csrrwi || d->Rs1 != 0;
        bool reads = (op != Op.Csrrw && op != Op.Csrrwi) || d->Rd != Decoder.Sink;
        if (!CsrAccessAllowed(csr) || !TryReadCsr(csr, retiredNow, out ulong old) || (writes && (csr >> 10) == 3))
        {
            RaiseException(TrapCause.IllegalInstruction, d->Raw, pc);
            return false;
        }

        if (writes)
        {
            ulong value = op switch
            {
                Op.Csrrw or Op.Csrrwi => operand,
                Op.Csrrs or Op.Csrrsi => old | operand,
                _ => old & ~operand,
            };
            WriteCsrValue(csr, value, retiredNow);
        }

        if (reads)
        {
            _xp[d->Rd] = old;
        }

        return true;
    }
}
