// Running compiled blocks (Translation/BlockCompiler) from the interpreter's outer loop: find the block at pc by its
// guest-physical address, compile it on its third arrival, call it, and follow it to the next block without going back
// to RunBlock, until a block hands an instruction to the interpreter or the budget or attention word says stop.
using System.Runtime.CompilerServices;
using Harness.Vmm.Cpu.RiscV.Translation;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // RunTranslated's results when the interpreter goes on at pc: in general, or for one instruction a block handed
    // over (its slow path, or an op blocks do not compile).
    private const int NotTranslated = -1;
    private const int InterpretOne = -2;

    /// <summary>Entries per TLB set, for compiled blocks, which index the same sets.</summary>
    internal const int TlbEntryCount = TlbEntries;

    /// <summary>
    /// Runs compiled blocks from <paramref name="pc"/> for as long as there are blocks to run. Returns
    /// <see cref="StopBudget"/>, <see cref="StopAttention"/> (pc is the next instruction), <see cref="InterpretOne"/>
    /// (a block handed over the instruction at pc) or <see cref="NotTranslated"/>: the interpreter goes on at pc.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int RunTranslated(ref ulong pc, ref long left)
    {
        BlockContext* c = _blockContext;
        c->LoadTlb = _loadTlb;
        TlbEntry* fetch = TlbFor(AccessKind.Fetch, _priv);
        c->FetchTlb = fetch;
        c->Priv = (long)_priv;
        c->Image = CurrentImage;
        while (true)
        {
            if (left <= 0)
            {
                return StopBudget;
            }

            if (Volatile.Read(ref *_attention) != 0)
            {
                return StopAttention;
            }

            ulong pageVa = pc & ~0xFFFUL;
            TlbEntry* fe = fetch + ((pc >> 12) & TlbMask);
            if (fe->Tag != pageVa)
            {
                return NotTranslated;
            }

            byte* host = (byte*)(fe->Addend + (long)pageVa);
            ulong frame = (ulong)(host - _ram) >> 12;
            if (frame >= BlockCache.MaxFrames)
            {
                return NotTranslated;
            }

            int off = (int)(pc & 0xFFF);
            void* code = BlockCache.Find(frame, off);
            if (code == null && (!BlockCache.Sighted(frame, off) ||
                                 (code = BlockCache.Compile(frame, off, host, ImageForCompile(frame), c->Image == 0)) == null))
            {
                return NotTranslated;
            }

            c->Left = left;
            c->Host = host + off;
            c->PageVa = pageVa;
            c->ChainSite = null;
            int r = ((delegate* unmanaged[SuppressGCTransition]<BlockContext*, int>)code)(c);
            left = c->Left;
            pc = c->Pc;
            if (r == BlockCompiler.ExitNext)
            {
                if (c->ChainSite != null && (pc & ~0xFFFUL) == pageVa)
                {
                    // The exit was a jump to a block of the same page: point it there, so that next time the code goes
                    // straight on (with the registers the prologue loaded, which hold for the whole page).
                    BlockCache.Chain(c->ChainSite, frame, (int)(pc & 0xFFF), host, ImageForCompile(frame), c->Image == 0);
                }

                if (Volatile.Read(ref *_attention) != 0)
                {
                    return StopAttention;
                }

                continue;
            }

            if (r == BlockCompiler.ExitBoundary)
            {
                return StopAttention; // an sstatus write raised SIE: the interrupt check runs before the next instruction
            }

            if (r == BlockCompiler.ExitUpgrade)
            {
                // pc is the start of a block compiled for a hart without an image (ChainSite holds its address; it may
                // lie in another page than the block called here): this hart's replaces it, checking the image where
                // the page is clean and the bytes where it is not, and never asking again. Jumps chained to the old
                // one still reach it, from blocks that are replaced in turn as they run; new ones are never chained
                // to it (BlockCache.Chain).
                TlbEntry* ue = fetch + ((pc >> 12) & TlbMask);
                if (ue->Tag != (pc & ~0xFFFUL))
                {
                    return NotTranslated;
                }

                byte* uPage = (byte*)(ue->Addend + (long)(pc & ~0xFFFUL));
                ulong uFrame = (ulong)(uPage - _ram) >> 12;
                void* now = BlockCache.Find(uFrame, (int)(pc & 0xFFF));
                bool stillThere = now == null || now == c->ChainSite; // else already replaced (entered by an old jump)
                if (stillThere &&
                    BlockCache.Compile(uFrame, (int)(pc & 0xFFF), uPage, ImageForCompile(uFrame), replace: true) == null)
                {
                    return NotTranslated;
                }

                continue;
            }

            if (r == BlockCompiler.ExitStale)
            {
                // pc is the stale block's start, which may lie in another page than the block called here (the
                // compiled code may have chained or dispatched on before it reached the stale one).
                TlbEntry* se = fetch + ((pc >> 12) & TlbMask);
                if (se->Tag == (pc & ~0xFFFUL))
                {
                    BlockCache.Forget((ulong)((byte*)(se->Addend + (long)(pc & ~0xFFFUL)) - _ram) >> 12, (int)(pc & 0xFFF));
                }

                return NotTranslated;
            }

            return InterpretOne;
        }
    }

    /// <summary>
    /// The decode entry of the instruction at <paramref name="pc"/> when it is one RunCore's stop handling runs (slow
    /// loads and stores, atomics, FP memory and compute, CSRs, traps and fences), decoding it if needed; else null.
    /// </summary>
    private Decoded* SlowPathEntry(ulong pc)
    {
        ulong pageVa = pc & ~0xFFFUL;
        TlbEntry* fe = TlbFor(AccessKind.Fetch, _priv) + ((pc >> 12) & TlbMask);
        if (fe->Tag != pageVa || (pc & 0xFFF) == PageEdge)
        {
            return null;
        }

        byte* p = (byte*)(fe->Addend + (long)pc);
        Decoded* d = (Decoded*)(DecodePage((byte*)(fe->Addend + (long)pageVa)) + ((pc & 0xFFE) << 3));
        if ((*(uint*)p << d->Shift) != d->Check)
        {
            Refill(d, p, pc);
        }

        return d->Op is >= Op.Lb and <= Op.Sd or >= Op.FenceI and <= Op.Csrrci or >= Op.LrW and <= Op.FpCompute
            && d->Op != Op.Wfi ? d : null;
    }
}
