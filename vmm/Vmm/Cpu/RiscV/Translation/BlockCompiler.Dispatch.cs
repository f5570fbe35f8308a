// The dispatch routine shared by every block: where compiled code goes when it leaves its page.
namespace Harness.Vmm.Cpu.RiscV.Translation;

internal static unsafe partial class BlockCompiler
{
    /// <summary>
    /// Emits the code every block jumps to with the next pc in rax when it leaves its page (or jumps through a
    /// register): it finds the next block through the fetch TLB and the frame's table and jumps into it, or returns
    /// to the dispatcher in C# (budget spent, TLB miss, no block yet).
    /// </summary>
    public static void EmitDispatch(X64 x, long** frameBlocks)
    {
        int outJumps;
        var outs = new List<int>();
        x.Test(Left);
        outs.Add(x.Jcc(0xE)); // jle
        x.CmpMemImm(Ctx, BlockContext.AttentionOffset, 0, halfword: false);
        outs.Add(x.Jcc(X64.CcNe));

        // r10 = fetch TLB entry of pc; r11 = pc's page
        x.Mov(T1, T0);
        x.ShiftImm(5, T1, 12);
        x.AluImm32(X64.And, T1, RiscVHart.TlbEntryCount - 1);
        x.ShiftImm(4, T1, 4);
        x.AluMem(X64.Add, T1, Ctx, BlockContext.FetchTlbOffset);
        x.Mov(T2, T0);
        x.AluImm32(X64.And, T2, -4096);
        x.AluMem(X64.Cmp, T2, T1, 0);
        outs.Add(x.Jcc(X64.CcNe));

        // r9 = host page; r10 = frame
        x.Load(Host, T1, 8);
        x.AluReg(X64.Add, Host, T2);
        x.Mov(T1, Host);
        x.AluMem(X64.Sub, T1, Ctx, BlockContext.RamOffset);
        x.ShiftImm(5, T1, 12);
        x.AluImm32(X64.Cmp, T1, BlockCache.MaxFrames);
        outs.Add(x.Jcc(X64.CcAe));

        // r10 = the frame's block table
        x.ShiftImm(4, T1, 3);
        x.MovImm64(X64.Rcx, (long)frameBlocks);
        x.AluReg(X64.Add, T1, X64.Rcx);
        x.Load(T1, T1, 0);
        x.Test(T1);
        outs.Add(x.Jcc(X64.CcE));

        // rcx = offset; the block's code
        x.Mov(X64.Rcx, T0);
        x.AluImm32(X64.And, X64.Rcx, 0xFFF);
        x.ShiftImm(4, X64.Rcx, 2);
        x.AluReg(X64.Add, T1, X64.Rcx);
        x.Load(T1, T1, 0);
        x.Test(T1);
        outs.Add(x.Jcc(X64.CcE));

        // Enter it after its prologue: Host at its first instruction, PageVa its page.
        x.Store(Ctx, BlockContext.PageVaOffset, T2);
        x.Mov(X64.Rcx, T0);
        x.AluImm32(X64.And, X64.Rcx, 0xFFF);
        x.AluReg(X64.Add, Host, X64.Rcx);
        x.AluImm32(X64.Add, T1, PrologueBytes);
        x.JmpReg(T1);

        foreach (int o in outs)
        {
            x.Bind(o);
        }

        outJumps = outs.Count;
        x.StoreImm(Ctx, BlockContext.ChainSiteOffset, 0);
        ExitWithPcInRax(x, ExitNext);
    }
}
