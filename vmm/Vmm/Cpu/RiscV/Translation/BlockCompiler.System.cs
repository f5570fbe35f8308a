// Compiled system instructions: the supervisor CSRs of Linux's trap path and interrupt masking, and FP loads and
// stores of whole registers.
namespace Harness.Vmm.Cpu.RiscV.Translation;

internal static unsafe partial class BlockCompiler
{
    // FLD and FSD (Linux saves and restores FP state with them on every switch). With mstatus.FS off they leave for
    // the interpreter, which raises the trap; a load marks FS dirty, as the interpreter does.
    private static void FloatMemory(X64 x, Decoded d, int index, List<(int, int)> fixups)
    {
        x.Load(T1, Ctx, BlockContext.MstatusOffset);
        x.AluImm32(X64.And, T1, (int)MStatus.FS);
        fixups.Add((x.Jcc(X64.CcE), index));
        HostAddress(x, d.Rs1, d.Imm, 0xFF8, store: d.Op == Op.Fsd, index, fixups);
        x.Load(T1, Ctx, BlockContext.FprOffset);
        if (d.Op == Op.Fsd)
        {
            x.Load(T2, T1, d.Rs2 * 8);
            x.StoreTo(Op.Sd, T0, T2);
            return;
        }

        x.LoadFrom(Op.Ld, T2, T0);
        x.Store(T1, d.Rd * 8, T2);
        x.Load(T1, Ctx, BlockContext.MstatusOffset);
        x.AluImm32(X64.Or, T1, (int)MStatus.FsDirty);
        x.Store(Ctx, BlockContext.MstatusOffset, T1);
    }

    // A supervisor CSR from CompiledCsr: below S-mode it leaves for the interpreter, which raises the trap.
    private static void CsrAccess(X64 x, Decoded d, int off, int index, int n, List<(int, int)> fixups)
    {
        x.CmpMemImm64(Ctx, BlockContext.PrivOffset, (int)PrivilegeLevel.Supervisor);
        fixups.Add((x.Jcc(X64.CcB), index));
        int csr = d.Imm & 0xFFF;
        if (csr == Csr.Sstatus)
        {
            SstatusAccess(x, d, off, index, n, fixups);
            return;
        }

        int at = BlockContext.SscratchOffset + (8 * (csr - Csr.Sscratch));
        x.Load(T0, Ctx, at);
        bool immediate = d.Op >= Op.Csrrwi;
        bool writes = d.Op is Op.Csrrw or Op.Csrrwi || d.Rs1 != 0;
        if (writes)
        {
            if (immediate)
            {
                x.MovImm(T1, d.Rs1);
            }
            else
            {
                Get(x, T1, d.Rs1);
            }

            SetOrClearBits(x, d.Op, T0);

            if (csr == Csr.Sepc)
            {
                x.AluImm(X64.And, T1, -2);
            }

            x.Store(Ctx, at, T1);
        }

        Set(x, d.Rd, T0);
    }

    // sstatus: T0 = the interpreter's ReadMstatus view (XLEN fields, SD when FS is dirty, masked to sstatus) for rd;
    // a write changes the writable bits of mstatus as WriteCsrValue does. Two cases need the interpreter's help:
    // withdrawing SUM or MXR drops the TLB entries filled through them (done here from the context's list, unless the
    // list overflowed: then the interpreter flushes the sets), and raising SIE may make an interrupt takeable, so the
    // block leaves right after the write for the boundary check, as the interpreter's CsrNeedsBoundary does.
    private static void SstatusAccess(X64 x, Decoded d, int off, int index, int n, List<(int, int)> fixups)
    {
        x.Load(T0, Ctx, BlockContext.MstatusOffset);
        x.MovImm64(T1, (long)MStatus.XlFields);
        x.AluReg(X64.Or, T0, T1);
        x.Mov(T1, T0);
        x.AluImm32(X64.And, T1, (int)MStatus.FS);
        x.AluImm32(X64.Cmp, T1, (int)MStatus.FsDirty);
        int clean = x.Jcc(X64.CcNe);
        x.MovImm64(T1, unchecked((long)MStatus.SD));
        x.AluReg(X64.Or, T0, T1);
        x.Bind(clean);
        x.MovImm64(T1, unchecked((long)MStatus.SstatusMask));
        x.AluReg(X64.And, T0, T1);

        bool writes = d.Op is Op.Csrrw or Op.Csrrwi || d.Rs1 != 0;
        if (!writes)
        {
            Set(x, d.Rd, T0);
            return;
        }

        // T1 = the operand's writable bits; T2 = mstatus before; T1 = mstatus after.
        if (d.Op >= Op.Csrrwi)
        {
            x.MovImm(T1, d.Rs1 & (int)MStatus.SstatusWritable);
        }
        else
        {
            Get(x, T1, d.Rs1);
            x.AluImm32(X64.And, T1, (int)MStatus.SstatusWritable);
        }

        x.Load(T2, Ctx, BlockContext.MstatusOffset);
        SetOrClearBits(x, d.Op, T2);
        if (d.Op is Op.Csrrw or Op.Csrrwi)
        {
            x.Mov(X64.Rcx, T2);
            x.AluImm32(X64.And, X64.Rcx, ~(int)MStatus.SstatusWritable);
            x.AluReg(X64.Or, T1, X64.Rcx);
        }

        // Withdrawn SUM or MXR: drop the entries filled through them, or leave it all to the interpreter when the
        // list overflowed (nothing has changed yet).
        x.Mov(X64.Rcx, T1);
        x.Not(X64.Rcx);
        x.AluReg(X64.And, X64.Rcx, T2);
        x.AluImm32(X64.And, X64.Rcx, (int)(MStatus.SUM | MStatus.MXR));
        int kept = x.Jcc(X64.CcE);
        x.Load(X64.Rcx, Ctx, BlockContext.GrantedCountOffset);
        x.AluImm32(X64.Cmp, X64.Rcx, BlockContext.GrantedCapacity);
        fixups.Add((x.Jcc(X64.CcA), index));
        int loop = x.Length;
        x.Test(X64.Rcx);
        int dropped = x.Jcc(X64.CcE);
        x.AluImm(X64.Sub, X64.Rcx, 1);
        x.Mov(T2, X64.Rcx);
        x.ShiftImm(4, T2, 3);
        x.AluReg(X64.Add, T2, Ctx);
        x.Load(T2, T2, BlockContext.GrantedSlotsOffset);
        x.StoreImm(T2, 0, -1); // TlbEntry.Invalid
        x.BindTo(x.Jmp(), loop);
        x.Bind(dropped);
        x.StoreImm(Ctx, BlockContext.GrantedCountOffset, 0);
        x.Bind(kept);

        // SIE raised (T0 still holds the view before): store, write rd, and leave after this instruction.
        x.Mov(X64.Rcx, T0);
        x.Not(X64.Rcx);
        x.AluReg(X64.And, X64.Rcx, T1);
        x.Store(Ctx, BlockContext.MstatusOffset, T1);
        Set(x, d.Rd, T0);
        x.AluImm32(X64.And, X64.Rcx, (int)MStatus.SIE);
        int raised = x.Jcc(X64.CcNe);
        int next = off + d.Len;
        int giveBack = n - index - 1;
        _cold!.Add(() =>
        {
            x.Bind(raised);
            if (giveBack != 0)
            {
                x.AluImm(X64.Add, Left, giveBack);
            }

            ExitTo(x, next, ExitBoundary);
        });
    }

    // T1 = the old value in `old` with the operand's bits in T1 set (csrrs) or cleared (csrrc); csrrw leaves T1 as is.
    private static void SetOrClearBits(X64 x, Op op, int old)
    {
        switch (op)
        {
            case Op.Csrrs or Op.Csrrsi:
                x.AluReg(X64.Or, T1, old);
                break;
            case Op.Csrrc or Op.Csrrci:
                x.Not(T1);
                x.AluReg(X64.And, T1, old);
                break;
        }
    }
}
