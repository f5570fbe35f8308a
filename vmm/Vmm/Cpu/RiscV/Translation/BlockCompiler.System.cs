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
    private static void CsrAccess(X64 x, Decoded d, int index, List<(int, int)> fixups)
    {
        x.CmpMemImm64(Ctx, BlockContext.PrivOffset, (int)PrivilegeLevel.Supervisor);
        fixups.Add((x.Jcc(X64.CcB), index));
        int csr = d.Imm & 0xFFF;
        if (csr == Csr.Sstatus)
        {
            // The interpreter's ReadMstatus view: XLEN fields, SD when FS is dirty, masked to sstatus.
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
            if (d.Op == Op.Csrrci)
            {
                x.Load(T1, Ctx, BlockContext.MstatusOffset);
                x.AluImm(X64.And, T1, ~(int)MStatus.SIE);
                x.Store(Ctx, BlockContext.MstatusOffset, T1);
            }

            Set(x, d.Rd, T0);
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

            switch (d.Op)
            {
                case Op.Csrrs or Op.Csrrsi:
                    x.AluReg(X64.Or, T1, T0);
                    break;
                case Op.Csrrc or Op.Csrrci:
                    x.Not(T1);
                    x.AluReg(X64.And, T1, T0);
                    break;
            }

            if (csr == Csr.Sepc)
            {
                x.AluImm(X64.And, T1, -2);
            }

            x.Store(Ctx, at, T1);
        }

        Set(x, d.Rd, T0);
    }
}
