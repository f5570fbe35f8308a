// Compiled atomics: LR and SC against the reservation in the block context, and the AMOs Linux uses.
namespace Harness.Vmm.Cpu.RiscV.Translation;

internal static unsafe partial class BlockCompiler
{
    // An AMO on a page the store TLB holds (misaligned addresses miss and go to the interpreter, which traps).
    private static void Atomic(X64 x, Decoded d, int index, List<(int, int)> fixups)
    {
        bool wide = d.Op == Op.AmoD;
        HostAddress(x, d.Rs1, 0, wide ? 0xFF8 : 0xFFC, store: true, index, fixups);
        Get(x, T2, d.Rs2);
        if (d.Aux == AmoAdd)
        {
            x.LockXadd(T0, T2, wide);
        }
        else if (d.Aux == AmoSwap)
        {
            x.Xchg(T0, T2, wide);
        }
        else
        {
            // old = [h]; do { new = old op v } while (!cmpxchg) -- rax holds old for cmpxchg, so h moves to r10.
            x.Mov(T1, T0);
            x.LoadFrom(wide ? Op.Ld : Op.Lwu, T0, T1);
            int retry = x.Length;
            x.Mov(X64.Rcx, T0);
            x.AluReg(d.Aux == AmoXor ? X64.Xor : d.Aux == AmoOr ? X64.Or : X64.And, X64.Rcx, T2, wide);
            x.LockCmpxchg(T1, X64.Rcx, wide);
            int back = x.Jcc(X64.CcNe);
            x.BindTo(back, retry);
            x.Mov(T2, T0);
        }

        if (!wide)
        {
            x.Movsxd(T2);
        }

        Set(x, d.Rd, T2);
    }

    // LR: the load, and the reservation (guest-physical address, value, size) in the context, as the interpreter keeps it.
    private static void LoadReserved(X64 x, Decoded d, int index, List<(int, int)> fixups)
    {
        bool wide = d.Op == Op.LrD;
        HostAddress(x, d.Rs1, 0, wide ? 0xFF8 : 0xFFC, store: false, index, fixups);
        x.LoadFrom(wide ? Op.Ld : Op.Lw, T2, T0);
        Set(x, d.Rd, T2);
        x.Store(Ctx, BlockContext.ResValueOffset, T2);
        x.StoreImm(Ctx, BlockContext.ResValidOffset, 1);
        x.StoreImm(Ctx, BlockContext.ResSizeOffset, wide ? 2 : 1);
        x.AluMem(X64.Sub, T0, Ctx, BlockContext.RamOffset);
        x.AluMem(X64.Add, T0, Ctx, BlockContext.RamBaseOffset);
        x.Store(Ctx, BlockContext.ResAddressOffset, T0);
    }

    // SC: succeeds when the reservation is this address and size and memory still holds the value LR read.
    private static void StoreConditional(X64 x, Decoded d, int index, List<(int, int)> fixups)
    {
        bool wide = d.Op == Op.ScD;
        HostAddress(x, d.Rs1, 0, wide ? 0xFF8 : 0xFFC, store: true, index, fixups);
        x.Mov(T1, T0);
        var fail = new List<int>();
        x.CmpMemImm64(Ctx, BlockContext.ResValidOffset, 0);
        fail.Add(x.Jcc(X64.CcE));
        x.CmpMemImm64(Ctx, BlockContext.ResSizeOffset, wide ? 2 : 1);
        fail.Add(x.Jcc(X64.CcNe));
        x.Mov(T2, T1);
        x.AluMem(X64.Sub, T2, Ctx, BlockContext.RamOffset);
        x.AluMem(X64.Add, T2, Ctx, BlockContext.RamBaseOffset);
        x.AluMem(X64.Cmp, T2, Ctx, BlockContext.ResAddressOffset);
        fail.Add(x.Jcc(X64.CcNe));
        x.Load(T0, Ctx, BlockContext.ResValueOffset);
        Get(x, X64.Rcx, d.Rs2);
        x.LockCmpxchg(T1, X64.Rcx, wide);
        fail.Add(x.Jcc(X64.CcNe));
        x.StoreImm(Ctx, BlockContext.ResValidOffset, 0);
        x.StoreImm(Xr, Reg(d.Rd), 0);
        int done = x.Jmp();
        foreach (int f in fail)
        {
            x.Bind(f);
        }

        x.StoreImm(Ctx, BlockContext.ResValidOffset, 0);
        x.StoreImm(Xr, Reg(d.Rd), 1);
        x.Bind(done);
    }
}
