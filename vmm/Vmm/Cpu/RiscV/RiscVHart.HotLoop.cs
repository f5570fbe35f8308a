// The interpreter's hot loop: a leaf method (it calls nothing) that runs the integer fast path from the host page
// with every loop value in a register, and leaves for anything else: a decode miss, a fetch or data TLB miss, or an
// instruction that needs the hart's slow paths (CSRs, traps, atomics, FP, fences). RunCore does that work.
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // Why RunBlock returned.
    private const int StopBudget = 0;    // the budget ran out before the instruction at _pc
    private const int StopFetchMiss = 1; // the page of _pc is not in the fetch TLB
    private const int StopRefill = 2;    // _stopEntry does not hold the instruction at _pc (host address _stopHost)
    private const int StopSpecial = 3;   // _stopEntry at _pc needs RunCore (counted in the budget, not executed)
    private const int StopAttention = 4; // a taken branch found _attention set; _pc is its target
    private const int StopTranslated = 5; // compiled blocks are on: _pc (not run yet) starts a block to look up

    // A data TLB entry's byte offset from a virtual address in one shift and mask (16-byte entries).
    private const int TlbShiftToOffset = 12 - 4;
    private const ulong TlbOffsetMask = TlbMask << 4;

    // The store TLB of a privilege lies this many entries after its load TLB (see TlbFor).
    private const int StoreTlbDistance = 4 * TlbEntries;

    // The decode cache is indexed by guest-physical page (see DecodePage): a page's 2048 halfword entries are 32 KiB.
    private const int DecodePageShift = 11 + 4;
    private const ulong DecodePageMask = (1UL << (DecodeBits - 11)) - 1;

    // AMO funct5 values RunBlock handles itself.
    private const byte AmoAdd = 0x00, AmoSwap = 0x01, AmoOr = 0x08, AmoAnd = 0x0C;

    // The last halfword of a page: a fetch there must not read the next page, which may not be mapped.
    private const ulong PageEdge = 0xFFE;

    // RunBlock's results besides its return value and _pc: kept in fields so the loop itself needs no memory.
    private long _left;
    private Decoded* _stopEntry;
    private byte* _stopHost;

    // A page-straddling instruction fetched and decoded into _scratch by RunCore, ready to run once at _crossPc.
    private bool _crossReady;
    private ulong _crossPc;

    /// <summary>
    /// Runs instructions from <see cref="_pc"/> while they stay on the fast path and <see cref="_left"/> allows, and
    /// says why it stopped. It makes no calls, so the JIT can keep the registers pointer, the caches, pc and the
    /// budget in machine registers across the whole loop. Away from a page's last halfword the fetch check is one
    /// 32-bit load; at the last halfword it reads only that halfword.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private int RunBlock()
    {
        ulong* x = _xp;
        TlbEntry* ltlb = _loadTlb;
        ulong pc = _pc;
        long left = _left;
        Decoded* d;
        byte* p;
        int stop;
        ulong limit; // the fetch page's address + PageEdge: sequential execution below it needs no page check
        long delta; // host address of the fetch page minus its virtual address
        byte* dpage; // the decode entries of the fetch page
        // With compiled blocks on, RunBlock only bridges what they leave to it: it hands back at the next taken jump
        // or page change. RunCore tried the first page already, so entering it does not count.
        bool watch = false;
        goto NewPage;

    Jump:
        p = (byte*)(delta + (long)pc);
        d = (Decoded*)(dpage + ((pc & 0xFFE) << 3));

    Top: // p and d belong to pc
        if (--left < 0)
        {
            stop = StopBudget;
            goto Leave;
        }

        if ((*(uint*)p << d->Shift) != d->Check)
        {
            goto Refill;
        }

    Dispatch:
        switch (d->Op)
        {
            case Op.Undecoded:
            case Op.Illegal:
                goto Special;
            case Op.Addi:
                x[d->Rd] = x[d->Rs1] + (ulong)(long)d->Imm;
                break;
            case Op.Add:
                x[d->Rd] = x[d->Rs1] + x[d->Rs2];
                break;
            case Op.Lui:
                x[d->Rd] = (ulong)(long)d->Imm;
                break;
            case Op.Auipc:
                x[d->Rd] = pc + (ulong)(long)d->Imm;
                break;
            case Op.Jal:
                x[d->Rd] = pc + d->Len;
                pc += (ulong)(long)d->Imm;
                goto Taken;
            case Op.Jalr:
            {
                ulong t = (x[d->Rs1] + (ulong)(long)d->Imm) & ~1UL;
                x[d->Rd] = pc + d->Len;
                pc = t;
                goto Taken;
            }

            case Op.Beq:
                if (x[d->Rs1] == x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Bne:
                if (x[d->Rs1] != x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Blt:
                if ((long)x[d->Rs1] < (long)x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Bge:
                if ((long)x[d->Rs1] >= (long)x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Bltu:
                if (x[d->Rs1] < x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Bgeu:
                if (x[d->Rs1] >= x[d->Rs2])
                {
                    pc += (ulong)(long)d->Imm;
                    goto Taken;
                }

                break;
            case Op.Lb:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFFUL))
                {
                    goto Special;
                }

                x[d->Rd] = (ulong)(long)*(sbyte*)(e->Addend + (long)va);
                break;
            }

            case Op.Lbu:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFFUL))
                {
                    goto Special;
                }

                x[d->Rd] = *(byte*)(e->Addend + (long)va);
                break;
            }

            case Op.Lh:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFEUL))
                {
                    goto Special;
                }

                x[d->Rd] = (ulong)(long)*(short*)(e->Addend + (long)va);
                break;
            }

            case Op.Lhu:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFEUL))
                {
                    goto Special;
                }

                x[d->Rd] = *(ushort*)(e->Addend + (long)va);
                break;
            }

            case Op.Lw:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFCUL))
                {
                    goto Special;
                }

                x[d->Rd] = (ulong)(long)*(int*)(e->Addend + (long)va);
                break;
            }

            case Op.Lwu:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFFCUL))
                {
                    goto Special;
                }

                x[d->Rd] = *(uint*)(e->Addend + (long)va);
                break;
            }

            case Op.Ld:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask));
                if (e->Tag != (va & ~0xFF8UL))
                {
                    goto Special;
                }

                x[d->Rd] = *(ulong*)(e->Addend + (long)va);
                break;
            }

            case Op.Sb:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFFFUL))
                {
                    goto Special;
                }

                *(byte*)(e->Addend + (long)va) = (byte)x[d->Rs2];
                break;
            }

            case Op.Sh:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFFEUL))
                {
                    goto Special;
                }

                *(ushort*)(e->Addend + (long)va) = (ushort)x[d->Rs2];
                break;
            }

            case Op.Sw:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFFCUL))
                {
                    goto Special;
                }

                *(uint*)(e->Addend + (long)va) = (uint)x[d->Rs2];
                break;
            }

            case Op.Sd:
            {
                ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFF8UL))
                {
                    goto Special;
                }

                *(ulong*)(e->Addend + (long)va) = (ulong)x[d->Rs2];
                break;
            }

            // The AMOs Linux uses for atomics, bit operations and reference counts (add, swap, or, and), on a page the
            // store TLB holds; the others, misaligned addresses and misses go to ExecuteAtomic. Interlocked keeps them
            // atomic against other harts, as there.
            case Op.AmoW:
            {
                ulong va = x[d->Rs1];
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFFCUL))
                {
                    goto Special;
                }

                int* h = (int*)(e->Addend + (long)va);
                int src = (int)x[d->Rs2];
                int old;
                switch (d->Aux)
                {
                    case AmoAdd: old = Interlocked.Add(ref *h, src) - src; break;
                    case AmoSwap: old = Interlocked.Exchange(ref *h, src); break;
                    case AmoOr: old = Interlocked.Or(ref *h, src); break;
                    case AmoAnd: old = Interlocked.And(ref *h, src); break;
                    default: goto Special;
                }

                x[d->Rd] = (ulong)(long)old;
                break;
            }

            case Op.AmoD:
            {
                ulong va = x[d->Rs1];
                TlbEntry* e = (TlbEntry*)((byte*)ltlb + ((va >> TlbShiftToOffset) & TlbOffsetMask)) + StoreTlbDistance;
                if (e->Tag != (va & ~0xFF8UL))
                {
                    goto Special;
                }

                long* h = (long*)(e->Addend + (long)va);
                long src = (long)x[d->Rs2];
                long old;
                switch (d->Aux)
                {
                    case AmoAdd: old = Interlocked.Add(ref *h, src) - src; break;
                    case AmoSwap: old = Interlocked.Exchange(ref *h, src); break;
                    case AmoOr: old = Interlocked.Or(ref *h, src); break;
                    case AmoAnd: old = Interlocked.And(ref *h, src); break;
                    default: goto Special;
                }

                x[d->Rd] = (ulong)old;
                break;
            }

            case Op.Slti:
                x[d->Rd] = (long)x[d->Rs1] < d->Imm ? 1UL : 0UL;
                break;
            case Op.Sltiu:
                x[d->Rd] = x[d->Rs1] < (ulong)(long)d->Imm ? 1UL : 0UL;
                break;
            case Op.Xori:
                x[d->Rd] = x[d->Rs1] ^ (ulong)(long)d->Imm;
                break;
            case Op.Ori:
                x[d->Rd] = x[d->Rs1] | (ulong)(long)d->Imm;
                break;
            case Op.Andi:
                x[d->Rd] = x[d->Rs1] & (ulong)(long)d->Imm;
                break;
            case Op.Slli:
                x[d->Rd] = x[d->Rs1] << d->Imm;
                break;
            case Op.Srli:
                x[d->Rd] = x[d->Rs1] >> d->Imm;
                break;
            case Op.Srai:
                x[d->Rd] = (ulong)((long)x[d->Rs1] >> d->Imm);
                break;
            case Op.Sub:
                x[d->Rd] = x[d->Rs1] - x[d->Rs2];
                break;
            case Op.Sll:
                x[d->Rd] = x[d->Rs1] << (int)x[d->Rs2];
                break;
            case Op.Slt:
                x[d->Rd] = (long)x[d->Rs1] < (long)x[d->Rs2] ? 1UL : 0UL;
                break;
            case Op.Sltu:
                x[d->Rd] = x[d->Rs1] < x[d->Rs2] ? 1UL : 0UL;
                break;
            case Op.Xor:
                x[d->Rd] = x[d->Rs1] ^ x[d->Rs2];
                break;
            case Op.Srl:
                x[d->Rd] = x[d->Rs1] >> (int)x[d->Rs2];
                break;
            case Op.Sra:
                x[d->Rd] = (ulong)((long)x[d->Rs1] >> (int)x[d->Rs2]);
                break;
            case Op.Or:
                x[d->Rd] = x[d->Rs1] | x[d->Rs2];
                break;
            case Op.And:
                x[d->Rd] = x[d->Rs1] & x[d->Rs2];
                break;
            case Op.Addiw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] + d->Imm);
                break;
            case Op.Slliw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] << d->Imm);
                break;
            case Op.Srliw:
                x[d->Rd] = (ulong)(long)(int)((uint)x[d->Rs1] >> d->Imm);
                break;
            case Op.Sraiw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] >> d->Imm);
                break;
            case Op.Addw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] + (int)x[d->Rs2]);
                break;
            case Op.Subw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] - (int)x[d->Rs2]);
                break;
            case Op.Sllw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] << (int)x[d->Rs2]);
                break;
            case Op.Srlw:
                x[d->Rd] = (ulong)(long)(int)((uint)x[d->Rs1] >> (int)x[d->Rs2]);
                break;
            case Op.Sraw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] >> (int)x[d->Rs2]);
                break;
            case Op.Mul:
                x[d->Rd] = x[d->Rs1] * x[d->Rs2];
                break;
            case Op.Mulh:
                x[d->Rd] = (ulong)Math.BigMul((long)x[d->Rs1], (long)x[d->Rs2], out _);
                break;
            case Op.Mulhu:
                x[d->Rd] = Math.BigMul(x[d->Rs1], x[d->Rs2], out _);
                break;
            case Op.Mulhsu:
            {
                ulong a = x[d->Rs1], b = x[d->Rs2];
                ulong hi = Math.BigMul(a, b, out _);
                x[d->Rd] = (long)a < 0 ? hi - b : hi;
                break;
            }

            case Op.Div:
                x[d->Rd] = Arith.Div(x[d->Rs1], x[d->Rs2]);
                break;
            case Op.Divu:
            {
                ulong b = x[d->Rs2];
                x[d->Rd] = b == 0 ? ulong.MaxValue : x[d->Rs1] / b;
                break;
            }

            case Op.Rem:
                x[d->Rd] = Arith.Rem(x[d->Rs1], x[d->Rs2]);
                break;
            case Op.Remu:
            {
                ulong b = x[d->Rs2];
                x[d->Rd] = b == 0 ? x[d->Rs1] : x[d->Rs1] % b;
                break;
            }

            case Op.Mulw:
                x[d->Rd] = (ulong)(long)((int)x[d->Rs1] * (int)x[d->Rs2]);
                break;
            case Op.Divw:
                x[d->Rd] = Arith.DivW(x[d->Rs1], x[d->Rs2]);
                break;
            case Op.Divuw:
            {
                uint b = (uint)x[d->Rs2];
                x[d->Rd] = b == 0 ? ulong.MaxValue : (ulong)(long)(int)((uint)x[d->Rs1] / b);
                break;
            }

            case Op.Remw:
                x[d->Rd] = Arith.RemW(x[d->Rs1], x[d->Rs2]);
                break;
            case Op.Remuw:
            {
                uint b = (uint)x[d->Rs2];
                uint a = (uint)x[d->Rs1];
                x[d->Rd] = (ulong)(long)(int)(b == 0 ? a : a % b);
                break;
            }
            case Op.Fence:
                break;
            case Op.CrossPage:
                if (!_crossReady || _crossPc != pc)
                {
                    goto Special;
                }

                _crossReady = false;
                d = _scratchPtr;
                goto Dispatch;
            default:
                goto Special;
        }

        // Within a page, the entries of consecutive halfwords are consecutive: p and d move along with pc. The step
        // is chosen by a branch rather than added from d->Len so that the next entry's address does not wait for a
        // load from this one: the processor predicts the branch and runs ahead along the guest's instruction stream.
        if (d->Len == 2)
        {
            pc += 2;
            if (pc < limit)
            {
                p += 2;
                d++;
                goto Top;
            }
        }
        else
        {
            pc += 4;
            if (pc < limit)
            {
                p += 4;
                d += 2;
                goto Top;
            }
        }

        goto PageEnd;

    Taken:
        if (Volatile.Read(ref *_attention) != 0)
        {
            stop = StopAttention;
            goto Leave;
        }

        if (_translate)
        {
            stop = StopTranslated;
            goto Leave;
        }

        if (pc - (limit - PageEdge) < PageEdge)
        {
            goto Jump;
        }

    PageEnd:
        if (pc != limit)
        {
            goto NewPage;
        }

    Edge:
        if (--left < 0)
        {
            stop = StopBudget;
            goto Leave;
        }

        p = (byte*)(delta + (long)pc);
        d = (Decoded*)(dpage + ((pc & 0xFFE) << 3));
        if (((uint)*(ushort*)p << 16) != d->Check)
        {
            goto Refill;
        }

        goto Dispatch;

    NewPage:
        ulong pageVa = pc & ~0xFFFUL;
        TlbEntry* fe = TlbFor(AccessKind.Fetch, _priv) + ((pc >> 12) & TlbMask);
        if (fe->Tag != pageVa)
        {
            stop = StopFetchMiss;
            goto Leave;
        }

        delta = fe->Addend;
        byte* hostPage = (byte*)(delta + (long)pageVa);
        if (_translate && watch)
        {
            stop = StopTranslated;
            goto Leave;
        }

        watch = true;
        dpage = DecodePage(hostPage);
        limit = pageVa + PageEdge;
        if (pc < limit)
        {
            goto Jump;
        }

        goto Edge;

    Refill:
        left++;
        _stopEntry = d;
        _stopHost = p;
        stop = StopRefill;
        goto Leave;

    Special:
        _stopEntry = d;
        stop = StopSpecial;

    Leave:
        _pc = pc;
        _left = left;
        return stop;
    }

    /// <summary>
    /// The decode entries of the RAM page at <paramref name="hostPage"/>. They are found by guest-physical page, not by
    /// virtual address: every static program is linked at the same address, so virtual indexing made the agent and
    /// each program it starts evict each other's decodes, while a program's page-cache pages keep their physical
    /// frames from one run to the next and across clones of a snapshot.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte* DecodePage(byte* hostPage) =>
        (byte*)_dcache + ((((ulong)(hostPage - _ram) >> 12) & DecodePageMask) << DecodePageShift);
}
