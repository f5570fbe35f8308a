// The interpreter loop: fetch from the host page through the decoded-instruction cache, a switch on the decoded
// operation with registers behind a pointer, and the block-boundary work (exits, TLB flushes, interrupts, timer).
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

public sealed unsafe partial class RiscVHart
{
    // At least 11 (one 4 KiB page of halfwords), so that the entries of a page are contiguous: RunBlock steps along them.
    // 2^21 entries (32 MiB, touched only where code ran) give 1,024 page slots, more than the kernel's text: with 512
    // slots its pages evicted each other, 3,800 re-decodes in one exec of a small program, 240 with 1,024.
    private const int DecodeBits = 21;

    // How many instructions may run between timer and dirty-epoch checks.
    private const long CheckInterval = 8192;

    // Indexed by guest-physical page and offset (DecodePage); entries are validated against memory before each use,
    // so aliasing costs only a re-decode.
    // Decoding is a function of the instruction bits alone, so a spare from a stopped hart is a head start (a clone
    // restored from a snapshot runs the code its predecessor ran), never a wrong answer.
    private DecodeCacheMemory? _decodeCache = DecodeCacheMemory.TakeOrMap(1 << DecodeBits);
    private readonly Decoded[] _scratch = GC.AllocateArray<Decoded>(1, pinned: true);
    private Decoded* _dcache;
    private ulong _ecallPc;
    private Decoded* _scratchPtr;
    private ulong* _fpr;

    private void InitCaches()
    {
        InitTlb();
        _dcache = _decodeCache!.Entries;

        fixed (Decoded* s = _scratch)
        {
            _scratchPtr = s;
        }

        fixed (ulong* f = _f)
        {
            _fpr = f;
        }

        // The cache is left as allocated, all zero: a zero entry (Check 0, Shift 0, Op.Undecoded) matches only the
        // word 0x00000000, and Undecoded dispatches to the illegal-instruction trap with mtval 0, exactly what
        // decoding 0x0000 gives. So zeroed memory is already a valid cache, and a new hart (every restore makes one)
        // does not touch all 4 MiB of it up front, which cost more than the rest of a restore together.
    }

    /// <summary>
    /// Gives this hart's decoded-instruction cache (and its TLB arrays) to the next hart created, so that a machine
    /// restored after this one starts with warm decodes and allocates neither. Call once the hart will never run again (its machine has stopped); it cannot.
    /// </summary>
    /// <exception cref="InvalidOperationException">The hart is running.</exception>
    public void ReleaseDecodeCache()
    {
        if (_running)
        {
            throw new InvalidOperationException("a running hart keeps its decode cache");
        }

        DecodeCacheMemory? cache = _decodeCache;
        _decodeCache = null;
        _dcache = null;
        if (cache != null)
        {
            cache.GiveBack();
            ReleaseTlb();
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
        int a = Interlocked.Exchange(ref *_attention, 0);
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
        int off = (int)(pc & 0xFFF);
        Decoder.DecodeInPage(new ReadOnlySpan<byte>(p - off, 4096), off, out *d);
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

    /// <summary>
    /// The outer loop: block-boundary work, budget chunks, and everything <see cref="RunBlock"/> leaves to it. Only
    /// pc and the counters are live here, so the calls of the slow paths cost the hot loop nothing.
    /// </summary>
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
        HartExit exit;

        // Set when a translation handed back an instruction: the interpreter runs it before translations are tried again.
        bool interpret = !_translate;
        CheckTimer();

        while (true)
        {
            if (slow)
            {
                _pc = pc;
                _crossReady = false;
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

            if (!interpret)
            {
                int t = RunTranslated(ref pc, ref left);
                if (t == StopBudget)
                {
                    goto Event;
                }

                if (t == StopAttention)
                {
                    slow = true;
                    continue;
                }

                // A compiled block handed over one instruction that needs a slow path (a TLB miss, a CSR, an
                // atomic...): run it here, as if RunBlock had stopped on it, and go back to compiled code.
                Decoded* entry;
                if (t == InterpretOne && left > 0 && (entry = SlowPathEntry(pc)) != null)
                {
                    left--;
                    _stopEntry = entry;
                    goto HandleStop;
                }
            }

            interpret = !_translate;
            _pc = pc;
            _left = left;
            int stop = RunBlock();
            pc = _pc;
            left = _left;
            switch (stop)
            {
                case StopBudget:
                    goto Event;
                case StopTranslated:
                    continue;

                case StopFetchMiss:
                    if (!FetchPage(pc, out _))
                    {
                        pc = _pc;
                        slow = true;
                        if (--left < 0)
                        {
                            goto Event;
                        }

                        faults++;
                    }

                    continue;
                case StopRefill:
                    // Decode outside the hot loop, which then finds the now-valid entry.
                    Refill(_stopEntry, _stopHost, pc);
                    continue;
                case StopAttention:
                    slow = true;
                    continue;
                default:
                    break;
            }

        HandleStop:
            Decoded* d = _stopEntry;
            switch (d->Op)
            {
                case Op.CrossPage:
                    if (FetchCrossPage(pc) == null)
                    {
                        faults++;
                        pc = _pc;
                        slow = true;
                    }
                    else
                    {
                        left++; // the instruction runs on the next pass
                        _crossReady = true;
                        _crossPc = pc;
                    }

                    continue;
                case Op.Lb:
                case Op.Lh:
                case Op.Lw:
                case Op.Ld:
                case Op.Lbu:
                case Op.Lhu:
                case Op.Lwu:
                case Op.Sb:
                case Op.Sh:
                case Op.Sw:
                case Op.Sd:
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
                    _pc = pc + d->Len;
                    if (!ExecuteSlow(d, pc))
                    {
                        goto Trapped;
                    }

                    pc = _pc;
                    continue;
                case Op.FenceI:
                    pc += 4;
                    goto Special;
                case Op.Csrrw:
                case Op.Csrrs:
                case Op.Csrrc:
                case Op.Csrrwi:
                case Op.Csrrsi:
                case Op.Csrrci:
                {
                    _pc = pc + 4;
                    ulong statusBefore = Status;
                    if (!ExecuteCsr(d, pc, _retired + done + (chunk - left) - faults - 1))
                    {
                        goto Trapped;
                    }

                    pc = _pc;
                    if (CsrNeedsBoundary(d, statusBefore))
                    {
                        goto Special;
                    }

                    continue;
                }

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
                    if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (Status & MStatus.TSR) != 0))
                    {
                        goto Illegal;
                    }

                    DoSret();
                    pc = _pc;
                    goto Special;
                case Op.Wfi:
                    if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (Status & MStatus.TW) != 0))
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
                    if (_priv == PrivilegeLevel.User || (_priv == PrivilegeLevel.Supervisor && (Status & MStatus.TVM) != 0))
                    {
                        goto Illegal;
                    }

                    _pc = pc + 4;
                    if (d->Rs1 == 0 && d->Rs2 != 0)
                    {
                        FlushAddressSpace(_xp[d->Rs2]);
                    }
                    else if (d->Rs1 == 0)
                    {
                        FlushPagedTlbs();
                    }
                    else
                    {
                        FlushPagedTlbPage(_xp[d->Rs1]);
                    }

                    pc = _pc;
                    goto Special;
                default:
                    goto Illegal;
            }

        Illegal:
            _pc = pc;
            RaiseException(TrapCause.IllegalInstruction, d->Raw, pc);

        Trapped:
            faults++;
            pc = _pc;
            slow = true;
            continue;

        Special:
            slow = true;
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
            if (_memory.DirtyEpoch != _dirtyEpoch || Volatile.Read(ref *_attention) != 0)
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
