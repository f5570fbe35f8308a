// The interpreter loop: fetch from the host page through the decoded-instruction cache, a switch on the decoded
// operation with registers behind a pointer, and the block-boundary work (exits, TLB flushes, interrupts, timer).
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    private const int DecodeBits = 18;
    private const ulong DecodeMask = (1UL << DecodeBits) - 1;

    // How many instructions may run between timer and dirty-epoch checks.
    private const long CheckInterval = 8192;

    // Decode caches of harts that will never run again, for new harts. An entry is validated against memory before
    // each use and decoding is a function of the instruction bits alone, so another hart's entries are a head start
    // (a clone restored from a snapshot runs the code its predecessor ran), never a wrong answer. Each cache belongs
    // to one hart at a time: entries are written without synchronization.
    private const int MaxSpareDecodeCaches = 16;
    private static readonly System.Collections.Concurrent.ConcurrentStack<Decoded[]> SpareDecodeCaches = new();

    // Indexed by virtual pc; entries are validated against memory before each use, so aliasing costs only a re-decode.
    private Decoded[]? _decodeCache = SpareDecodeCaches.TryPop(out Decoded[]? spare)
        ? spare
        : GC.AllocateArray<Decoded>(1 << DecodeBits, pinned: true);
    private readonly Decoded[] _scratch = GC.AllocateArray<Decoded>(1, pinned: true);
    private Decoded* _dcache;
    private ulong _ecallPc;
    private Decoded* _scratchPtr;
    private ulong* _fpr;

    private void InitCaches()
    {
        InitTlb();
        fixed (Decoded* d = _decodeCache)
        {
            _dcache = d;
        }

        fixed (Decoded* s = _scratch)
        {
            _scratchPtr = s;
        }

        fixed (ulong* f = _f)
        {
            _fpr = f;
        }

        // The cache is left as allocated, all zero: a zero entry (Check 0, HiOffset 0, Op.Undecoded) matches only the
        // halfword 0x0000, and Undecoded dispatches to the illegal-instruction trap with mtval 0, exactly what
        // decoding 0x0000 gives. So zeroed memory is already a valid cache, and a new hart (every restore makes one)
        // does not touch all 4 MiB of it up front, which cost more than the rest of a restore together.
    }

    /// <summary>
    /// Gives this hart's decoded-instruction cache to the next hart created, so that a machine restored after this
    /// one starts with warm decodes. Call once the hart will never run again (its machine has stopped); it cannot.
    /// </summary>
    /// <exception cref="InvalidOperationException">The hart is running.</exception>
    public void ReleaseDecodeCache()
    {
        if (_running)
        {
            throw new InvalidOperationException("a running hart keeps its decode cache");
        }

        Decoded[]? cache = _decodeCache;
        _decodeCache = null;
        _dcache = null;
        if (cache != null && SpareDecodeCaches.Count < MaxSpareDecodeCaches)
        {
            SpareDecodeCaches.Push(cache);
        }
    }

    /// <summary>
    /// Runs at most <paramref name="maxInstructions"/> instructions on the calling thread and says why it stopped.
    /// </summary>
    public HartExit Run(long maxInstructions)
    {
        if (maxInstructions <= 0)
        {
            return HartExit.BudgetExhausted;
        }

        if (_running)
        {
            throw new InvalidOperationException("the hart is already running");
        }

        if (_dcache == null)
        {
            throw new InvalidOperationException("the hart released its decode cache and cannot run again");
        }

        _running = true;
        _wfi = false; // a WFI that Run resumes from has ended, whether or not an interrupt woke it
        try
        {
            return RunCore(maxInstructions);
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>Work done between blocks when something asked for attention. Returns an exit or -1 to go on.</summary>
    private int Boundary()
    {
        int a = Interlocked.Exchange(ref _attention, 0);
        if ((a & AttnTlbFlush) != 0)
        {
            FlushAllTlbs();
        }

        long epoch = _memory.DirtyEpoch;
        if (epoch != _dirtyEpoch)
        {
            _dirtyEpoch = epoch;
            FlushStoreTlbs();
        }

        if ((a & AttnExit) != 0)
        {
            return (int)HartExit.ExitRequested;
        }

        int irq = SelectInterrupt();
        if (irq >= 0)
        {
            TakeTrap(InterruptFlag | (uint)irq, 0, _pc);
        }

        return -1;
    }

    /// <summary>
    /// Decodes the instruction at <paramref name="p"/> into cache entry <paramref name="d"/>. A 32-bit instruction
    /// that straddles two pages gets a <see cref="Op.CrossPage"/> entry keyed on its first half only.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Refill(Decoded* d, byte* p, ulong pc)
    {
        uint lo = *(ushort*)p;
        if ((lo & 3) != 3)
        {
            Decoder.Decode16(lo, out *d);
        }
        else if ((pc & 0xFFF) != 0xFFE)
        {
            Decoder.Decode32(*(uint*)p, out *d);
        }
        else
        {
            *d = default;
            d->Check = lo | (lo << 16);
            d->Op = Op.CrossPage;
            d->Len = 4;
        }
    }

    /// <summary>Fetches and decodes the page-straddling instruction at <paramref name="pc"/>; null after a fetch fault.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Decoded* FetchCrossPage(ulong pc)
    {
        ulong pc2 = pc + 2;
        int cause1 = TranslateAndFill(pc, AccessKind.Fetch, _priv, out _, out byte* h1);
        if (cause1 >= 0 || h1 == null)
        {
            RaiseException(cause1 >= 0 ? cause1 : TrapCause.InstructionAccessFault, pc, pc);
            return null;
        }

        uint lo = *(ushort*)h1;
        int cause = TranslateAndFill(pc2, AccessKind.Fetch, _priv, out _, out byte* h2);
        if (cause < 0 && h2 == null)
        {
            cause = TrapCause.InstructionAccessFault;
        }

        if (cause >= 0)
        {
            RaiseException(cause, pc2, pc);
            return null;
        }

        Decoder.Decode32(lo | ((uint)*(ushort*)h2 << 16), out *_scratchPtr);
        return _scratchPtr;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HartExit RunCore(long max)
    {
        long done = 0;
        long chunk = Math.Min(max, CheckInterval);
        long left = chunk;

        // Instructions that trapped: they used budget (so a guest stuck in a trap loop still returns) but did not retire.
        long faults = 0;
        ulong pc = _pc;
        bool slow = true;
        bool crossReady = false;
        HartExit exit;
        CheckTimer();

        while (true)
        {
            if (slow)
            {
                _pc = pc;
                int r = Boundary();
                if (r >= 0)
                {
                    exit = (HartExit)r;
                    goto Exit;
                }

                pc = _pc;
                PrivilegeLevel dp = DataPrivilege;
                _loadTlb = TlbFor(AccessKind.Load, dp);
                _storeTlb = TlbFor(AccessKind.Store, dp);
                slow = false;
            }

            // Re-derived on every entry so that none of them is live across the calls of the slow paths, which all
            // leave the inner loop first: that keeps the hot loop's values in registers.
            ulong* x = _xp;
            Decoded* dcache = _dcache;
            TlbEntry* ltlb = _loadTlb;
            TlbEntry* stlb = _storeTlb;

            ulong pageVa = pc & ~0xFFFUL;
            long delta; // host address of the fetch page minus its virtual address
            TlbEntry* fe = TlbFor(AccessKind.Fetch, _priv) + ((pc >> 12) & TlbMask);
            if (fe->Tag == pageVa)
            {
                delta = fe->Addend;
            }
            else
            {
                _pc = pc;
                bool mapped = FetchPage(pc, out byte* page);
                pc = _pc;
                if (!mapped)
                {
                    slow = true;
                    if (--left < 0)
                    {
                        goto Event;
                    }

                    faults++;
                    continue;
                }

                delta = (long)page - (long)pageVa;
            }

            while (true)
            {
                if (--left < 0)
                {
                    goto Event;
                }

                byte* p = (byte*)(delta + (long)pc);
                Decoded* d = dcache + ((pc >> 1) & DecodeMask);
                if (((uint)*(ushort*)p | ((uint)*(ushort*)(p + d->HiOffset) << 16)) != d->Check)
                {
                    // Decode outside the hot path, then come back through the fetch lookup to the now-valid entry.
                    _pc = pc;
                    Refill(d, p, pc);
                    pc = _pc;
                    left++;
                    break;
                }

            Dispatch:
                switch (d->Op)
                {
                    case Op.CrossPage:
                        if (!crossReady)
                        {
                            goto CrossPage;
                        }

                        crossReady = false;
                        d = _scratchPtr;
                        goto Dispatch;

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
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFFUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = (ulong)(long)*(sbyte*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Lbu:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFFUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = *(byte*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Lh:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFEUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = (ulong)(long)*(short*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Lhu:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFEUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = *(ushort*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Lw:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFCUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = (ulong)(long)*(int*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Lwu:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFCUL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = *(uint*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Ld:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = ltlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFF8UL))
                        {
                            goto SlowMemory;
                        }

                        x[d->Rd] = *(ulong*)(e->Addend + (long)va);
                        break;
                    }

                    case Op.Sb:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = stlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFFUL))
                        {
                            goto SlowMemory;
                        }

                        *(byte*)(e->Addend + (long)va) = (byte)x[d->Rs2];
                        break;
                    }

                    case Op.Sh:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = stlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFEUL))
                        {
                            goto SlowMemory;
                        }

                        *(ushort*)(e->Addend + (long)va) = (ushort)x[d->Rs2];
                        break;
                    }

                    case Op.Sw:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = stlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFFCUL))
                        {
                            goto SlowMemory;
                        }

                        *(uint*)(e->Addend + (long)va) = (uint)x[d->Rs2];
                        break;
                    }

                    case Op.Sd:
                    {
                        ulong va = x[d->Rs1] + (ulong)(long)d->Imm;
                        TlbEntry* e = stlb + ((va >> 12) & TlbMask);
                        if (e->Tag != (va & ~0xFF8UL))
                        {
                            goto SlowMemory;
                        }

                        *(ulong*)(e->Addend + (long)va) = x[d->Rs2];
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
                    case Op.FenceI:
                        pc += 4;
                        goto Special;
                    case Op.LrW:
                    case Op.LrD:
                    case Op.ScW:
                    case Op.ScD:
                    case Op.AmoW:
                    case Op.AmoD:
                    case Op.Flw:
                    case Op.Fld:
                    case Op.Fsw:
                    case Op.Fsd:
                    case Op.FpCompute:
                        goto SlowMemory;
                    case Op.Csrrw:
                    case Op.Csrrs:
                    case Op.Csrrc:
                    case Op.Csrrwi:
                    case Op.Csrrsi:
                    case Op.Csrrci:
                        _pc = pc + 4;
                        if (!ExecuteCsr(d, pc, _retired + done + (chunk - left) - faults - 1))
                        {
                            goto Trapped;
                        }

                        pc = _pc;
                        goto Special;
                    case Op.Ecall:
                        _pc = pc;
                        _ecallPc = pc;
                        _retiredLive = _retired + done + (chunk - left) - faults - 1;
                        if (_platform.TryHandleEnvironmentCall(this, _priv))
                        {
                            // A platform that moved the hart (Pc set, or Reset) chose where it goes on.
                            pc = _pc == _ecallPc ? _pc + 4 : _pc;
                            goto Special;
                        }

                        RaiseException(TrapCause.EcallFromU + (int)_priv, 0, _ecallPc);
                        goto Trapped;
                    case Op.Ebreak:
                        RaiseException(TrapCause.Breakpoint, pc, pc);
                        goto Trapped;
                    case Op.Mret:
                        if (_priv != PrivilegeLevel.Machine)
                        {
                            goto Illegal;
                        }

                        DoMret();
                        pc = _pc;
                        goto Special;
                    case Op.Sret:
                        if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (_mstatus & MStatus.TSR) != 0))
                        {
                            goto Illegal;
                        }

                        DoSret();
                        pc = _pc;
                        goto Special;
                    case Op.Wfi:
                        if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (_mstatus & MStatus.TW) != 0))
                        {
                            goto Illegal;
                        }

                        pc += 4;
                        if (((ulong)Volatile.Read(ref _mip) & _mie) != 0)
                        {
                            goto Special;
                        }

                        _wfi = true;
                        exit = HartExit.WaitForInterrupt;
                        goto Exit;
                    case Op.SfenceVma:
                        if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (_mstatus & MStatus.TVM) != 0))
                        {
                            goto Illegal;
                        }

                        _pc = pc + 4;
                        FlushPagedTlbs();
                        pc = _pc;
                        goto Special;
                    default:
                        goto Illegal;
                }

                pc += d->Len;
                if (pc - pageVa < 4096)
                {
                    continue;
                }

                break;

            Taken:
                if (Volatile.Read(ref _attention) != 0)
                {
                    slow = true;
                    break;
                }

                if (pc - pageVa < 4096)
                {
                    continue;
                }

                break;

            SlowMemory:
                {
                    // Every call of the hot loop happens here or after leaving it, with nothing but pc and the
                    // counters live across it.
                    _pc = pc + d->Len;
                    if (!ExecuteSlow(d, pc))
                    {
                        goto Trapped;
                    }

                    pc = _pc;
                    break;
                }

            Illegal:
                RaiseException(TrapCause.IllegalInstruction, d->Raw, pc);

            Trapped:
                faults++;
                pc = _pc;
                slow = true;
                break;

            Special:
                slow = true;
                break;
            }

            continue;

        CrossPage:
            _pc = pc;
            if (FetchCrossPage(pc) == null)
            {
                faults++;
                slow = true;
            }
            else
            {
                left++; // the instruction runs on the next pass
                crossReady = true;
            }

            pc = _pc;

            continue;

        Event:
            done += chunk;
            chunk = 0;
            left = 0;
            if (done >= max)
            {
                exit = HartExit.BudgetExhausted;
                goto Exit;
            }

            _pc = pc;
            CheckTimer();
            pc = _pc;
            if (_memory.DirtyEpoch != _dirtyEpoch || Volatile.Read(ref _attention) != 0)
            {
                slow = true;
            }

            chunk = Math.Min(max - done, CheckInterval);
            left = chunk;
        }

    Exit:
        _retired += done + (chunk - left) - faults;
        _retiredLive = _retired;
        _pc = pc;
        return exit;
    }
}
