// A RISC-V RV64GC hart: its public surface (run, interrupts, cross-thread requests, save and restore) and fields.
// The interpreter, MMU, CSRs and traps live in the other RiscVHart.*.cs partial files.
using System.Diagnostics;
using Harness.Vmm.Bus;
using Harness.Vmm.Cpu.RiscV.Translation;
using Harness.Vmm.Memory;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>
/// One RV64GC hart (M, S and U modes, Sv39/Sv48) interpreted on the calling thread. <see cref="Run"/>, the register
/// accessors, <see cref="Save"/> and <see cref="Restore"/> belong to the thread that runs the hart; the members
/// documented as "any thread" are safe to call concurrently.
/// </summary>
public sealed unsafe partial class RiscVHart : IDisposable
{
    private const ulong MisaValue = (2UL << 62) | (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);

    // Attention flags: set by other threads (or by the hart itself), consumed at block boundaries.
    private const int AttnExit = 1, AttnTlbFlush = 2, AttnInterrupt = 4, AttnIcacheFlush = 8;

    private readonly GuestMemory _memory;
    private readonly MmioBus _bus;
    private readonly IHartPlatform _platform;
    private readonly byte* _ram;
    private readonly ulong _ramBase;
    private readonly ulong _ramSize;

    /// <summary>RAM restored lazily: pages must be made resident before the TLB hands out a pointer to them.</summary>
    private readonly bool _demandPaged;

    // Whether this hart runs compiled blocks (BlockCache.Enabled when it was made).
    private bool _translate;

    // x0..x31 plus slot 32, the sink that writes to x0 go to, so x0 reads stay zero without a check per write.
    private readonly ulong[] _x = GC.AllocateArray<ulong>(33, pinned: true);

    // What a compiled block reads and writes (a BlockContext), pinned for the hart's life.
    private readonly long[] _blockContextStore = GC.AllocateArray<long>((System.Runtime.CompilerServices.Unsafe.SizeOf<BlockContext>() + 7) / 8, pinned: true);
    private readonly BlockContext* _blockContext;
    private readonly ulong[] _f = GC.AllocateArray<ulong>(32, pinned: true);
    private readonly ulong* _xp;
    private readonly HartSleep _sleep = new();
    private long _wakeups;

    private ulong _pc;
    private PrivilegeLevel _priv;
    // mstatus, in the pinned block context, where compiled CSR accesses read it and clear SIE.
    private ref ulong Status => ref _blockContext->Mstatus;
    private ulong _medeleg, _mideleg, _mie;
    private long _mip;
    private ulong _mtvec, _mscratch, _mepc, _mcause, _mtval, _mcounteren;
    private ulong _stvec, _scounteren, _satp;
    private uint _fcsr;
    private long _retired;
    private long _retiredLive;
    private long _cycleOffset, _instretOffset;
    private ulong _timerDeadline = ulong.MaxValue;
    private int _timerBit = Interrupt.MachineTimer;
    private bool _wfi;
    // Cross-thread requests (exit, interrupt, TLB and instruction-cache flushes), a bit each. It lives in the pinned
    // block context, where compiled code can read it too.
    private readonly int* _attention;
    private long _dirtyEpoch;
    private bool _running;

    /// <summary>Creates a hart in its reset state at pc 0 in M-mode.</summary>
    public RiscVHart(int hartId, GuestMemory memory, MmioBus bus, IHartPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentOutOfRangeException.ThrowIfNegative(hartId);
        HartId = hartId;
        _memory = memory;
        _bus = bus;
        _platform = platform;
        _ram = memory.Pointer;
        _ramBase = memory.BaseAddress;
        _ramSize = memory.Size;
        _demandPaged = memory.IsDemandPaged;
        _translate = BlockCache.Enabled;
        fixed (ulong* p = _x)
        {
            _xp = p; // the array is pinned for its whole life
        }

        fixed (long* p = _blockContextStore)
        {
            _blockContext = (BlockContext*)p; // pinned too
            _attention = (int*)((byte*)p + BlockContext.AttentionOffset);
        }

        InitCaches();

        // What compiled blocks read that never changes for this hart; RunTranslated sets the rest on each entry.
        _blockContext->X = _xp + 16;
        _blockContext->Ram = _ram;
        _blockContext->RamBase = _ramBase;
        _blockContext->Fpr = _fpr;
        _blockContext->DirtyMap = memory.DirtyBitmap;
        _dirtyEpoch = memory.DirtyEpoch;
        Reset(0, PrivilegeLevel.Machine);
    }

    /// <summary>The value of mhartid.</summary>
    public int HartId { get; }

    /// <summary>The program counter. Set only while the hart is not running.</summary>
    public ulong Pc
    {
        get => _pc;
        set => _pc = value & ~1UL;
    }

    /// <summary>The current privilege mode.</summary>
    public PrivilegeLevel Privilege => _priv;

    /// <summary>Instructions retired over the hart's life.</summary>
    public long InstructionsRetired => _running ? _retiredLive : _retired;

    /// <summary>The guest memory this hart executes from.</summary>
    public GuestMemory Memory => _memory;

    /// <summary>
    /// How many times a parked hart (WFI) was woken by an interrupt: what an idle guest costs the host, independent of
    /// how fast the host is. Written by the hart's thread only.
    /// </summary>
    public long Wakeups => Volatile.Read(ref _wakeups);

    /// <summary>True while the hart is parked by a WFI that has not yet seen an interrupt.</summary>
    public bool IsWaitingForInterrupt => _wfi;

    /// <summary>
    /// The timer compare value in <c>time</c> units; when <see cref="IHartPlatform.ReadTime"/> reaches it the hart sets
    /// <see cref="TimerInterruptBit"/> in mip. Setting it clears that bit (as SBI set_timer does); <c>ulong.MaxValue</c>
    /// turns the timer off. Any thread.
    /// </summary>
    public ulong TimerDeadline
    {
        get => Volatile.Read(ref _timerDeadline);
        set
        {
            Volatile.Write(ref _timerDeadline, value);
            SetPendingInterrupt(_timerBit, false);
            _sleep.Wake();
        }
    }

    /// <summary>The mip bit the timer drives: 5 (STIP, SBI in the monitor) or 7 (MTIP, bare metal).</summary>
    public int TimerInterruptBit
    {
        get => _timerBit;
        set
        {
            if (value != Interrupt.SupervisorTimer && value != Interrupt.MachineTimer)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "the timer drives mip bit 5 (STIP) or 7 (MTIP)");
            }

            _timerBit = value;
        }
    }

    /// <summary>
    /// Whether this hart runs guest code as compiled blocks (x86-64 hosts; on by default, off with HARNESS_TRANSLATE=0)
    /// rather than only interpreting it. Only while the hart is not running.
    /// </summary>
    internal bool UsesCompiledBlocks
    {
        get => _translate;
        set => _translate = value && BlockCompiler.Supported;
    }

    /// <summary>Reads integer register <paramref name="index"/> (0..31).</summary>
    public ulong GetRegister(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, 31u, nameof(index));
        return _x[index];
    }

    /// <summary>Writes integer register <paramref name="index"/>; writes to x0 are ignored.</summary>
    public void SetRegister(int index, ulong value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, 31u, nameof(index));
        if (index != 0)
        {
            _x[index] = value;
        }
    }

    /// <summary>Reads floating-point register <paramref name="index"/> as raw bits.</summary>
    public ulong GetFloatRegister(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, 31u, nameof(index));
        return _f[index];
    }

    /// <summary>Writes floating-point register <paramref name="index"/> as raw bits.</summary>
    public void SetFloatRegister(int index, ulong value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, 31u, nameof(index));
        _f[index] = value;
    }

    /// <summary>Asks <see cref="Run"/> to return <see cref="HartExit.ExitRequested"/> at its next block boundary. Any thread.</summary>
    public void RequestExit()
    {
        Interlocked.Or(ref *_attention, AttnExit);
        _sleep.Wake();
    }

    /// <summary>Drops every cached translation before the next instruction boundary the hart reaches. Any thread.</summary>
    public void RequestTlbFlush() => Interlocked.Or(ref *_attention, AttnTlbFlush);

    /// <summary>
    /// Remote FENCE.I. The decoded-instruction cache validates every entry against memory before it runs, so this
    /// only ends the current block. Any thread.
    /// </summary>
    public void RequestInstructionCacheFlush() => Interlocked.Or(ref *_attention, AttnIcacheFlush);

    /// <summary>
    /// True when the timer's interrupt is enabled in mie, so that its deadline can wake the hart. Meaningful from
    /// another thread while the hart is parked (only the hart's own thread changes mie).
    /// </summary>
    public bool TimerInterruptEnabled => (_mie & (1UL << _timerBit)) != 0;

    /// <summary>Makes a parked hart look at the clock again (it moved in a way the hart could not foresee). Any thread.</summary>
    public void Nudge() => _sleep.Wake();

    /// <summary>Raises or lowers bit <paramref name="mipBit"/> of mip and wakes a waiting hart. Any thread.</summary>
    public void SetPendingInterrupt(int mipBit, bool level)
    {
        if (mipBit < 0 || mipBit > 11 || ((Interrupt.AllMask >> mipBit) & 1) == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mipBit), mipBit, "not an implemented interrupt bit");
        }

        long bit = 1L << mipBit;
        if (level)
        {
            if ((Interlocked.Or(ref _mip, bit) & bit) == 0)
            {
                Interlocked.Or(ref *_attention, AttnInterrupt);
                _sleep.Wake();
            }
        }
        else
        {
            Interlocked.And(ref _mip, ~bit);
        }
    }

    /// <summary>The current mip value. Any thread.</summary>
    public ulong PendingInterrupts => (ulong)Volatile.Read(ref _mip);

    /// <summary>
    /// Blocks until an interrupt is pending and enabled in mie (returns true), <see cref="RequestExit"/> is called or
    /// <paramref name="timeout"/> passes (false). Fires the timer when its deadline passes. Consumes no CPU.
    /// </summary>
    public bool WaitForInterrupt(TimeSpan timeout)
    {
        long end = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            _sleep.Arm();
            try
            {
                CheckTimer();
                if (((ulong)Volatile.Read(ref _mip) & _mie) != 0)
                {
                    _wfi = false;
                    Volatile.Write(ref _wakeups, _wakeups + 1);
                    return true;
                }

                if ((Volatile.Read(ref *_attention) & AttnExit) != 0)
                {
                    return false;
                }

                long nowTs = Stopwatch.GetTimestamp();
                if (nowTs >= end)
                {
                    return false;
                }

                long waitNs = (long)((end - nowTs) * (1e9 / Stopwatch.Frequency));

                // A timer that has fired but is masked (Linux clears STIE in its handler and leaves it clear when
                // the tick stops with nothing to program) cannot wake the hart, so its passed deadline is no limit.
                ulong deadline = Volatile.Read(ref _timerDeadline);
                if (deadline != ulong.MaxValue && ((ulong)Volatile.Read(ref _mip) & (1UL << _timerBit)) == 0)
                {
                    ulong now = _platform.ReadTime();
                    ulong untilTimer = deadline > now ? deadline - now : 0; // 100 ns units
                    waitNs = untilTimer >= (ulong)(waitNs / 100) ? waitNs : (long)untilTimer * 100;
                }

                _sleep.Sleep(waitNs);
            }
            finally
            {
                _sleep.Disarm();
            }
        }
    }

    /// <summary>Releases the thread-wake resources. Call once the hart will not run or be woken again.</summary>
    public void Dispose() => _sleep.Dispose();

    /// <summary>Puts the hart in its architectural reset state at <paramref name="pc"/> in <paramref name="privilege"/>.</summary>
    public void Reset(ulong pc, PrivilegeLevel privilege)
    {
        if (privilege != PrivilegeLevel.User && privilege != PrivilegeLevel.Supervisor && privilege != PrivilegeLevel.Machine)
        {
            throw new ArgumentOutOfRangeException(nameof(privilege), privilege, "not U, S or M");
        }

        Array.Clear(_x);
        Array.Clear(_f);
        _pc = pc & ~1UL;
        _priv = privilege;
        Status = 0;
        _medeleg = _mideleg = _mie = 0;
        Volatile.Write(ref _mip, 0);
        _mtvec = _mscratch = _mepc = _mcause = _mtval = 0;
        _stvec = _blockContext->Sscratch = _blockContext->Sepc = _blockContext->Scause = _blockContext->Stval = _satp = 0;

        // The counter enables reset to an unspecified value; cycle, time and instret open to every mode, as firmware
        // leaves them for Linux (whose vDSO reads time in U-mode and never writes scounteren itself).
        _mcounteren = _scounteren = 7;
        _fcsr = 0;
        _cycleOffset = _instretOffset = -_retired;
        _blockContext->ResValid = 0;
        _wfi = false;
        Volatile.Write(ref _timerDeadline, ulong.MaxValue);
        FlushAllTlbs();
    }

    /// <summary>Captures the architectural state. Only while the hart is not running.</summary>
    public HartState Save()
    {
        if (_running)
        {
            throw new InvalidOperationException("a hart can be saved only while it is not running");
        }

        var s = new HartState
        {
            X = _x[..32],
            F = (ulong[])_f.Clone(),
            Pc = _pc,
            Privilege = (byte)_priv,
            HartId = HartId,
            Mstatus = ReadMstatus(),
            Medeleg = _medeleg,
            Mideleg = _mideleg,
            Mie = _mie,
            Mip = (ulong)Volatile.Read(ref _mip),
            Mtvec = _mtvec,
            Mscratch = _mscratch,
            Mepc = _mepc,
            Mcause = _mcause,
            Mtval = _mtval,
            Mcounteren = _mcounteren,
            Stvec = _stvec,
            Sscratch = _blockContext->Sscratch,
            Sepc = _blockContext->Sepc,
            Scause = _blockContext->Scause,
            Stval = _blockContext->Stval,
            Scounteren = _scounteren,
            Satp = _satp,
            Fcsr = _fcsr,
            Cycle = (ulong)(_retired + _cycleOffset),
            Instret = (ulong)(_retired + _instretOffset),
            InstructionsRetired = _retired,
            ReservationValid = _blockContext->ResValid != 0,
            ReservationAddress = _blockContext->ResAddress,
            ReservationValue = _blockContext->ResValue,
            ReservationSize = (byte)_blockContext->ResSize,
            TimerDeadline = Volatile.Read(ref _timerDeadline),
            TimerInterruptBit = _timerBit,
            WaitingForInterrupt = _wfi,
        };
        s.X[0] = 0;
        return s;
    }

    /// <summary>Loads <paramref name="state"/>, validating it first; on a <see cref="HartStateException"/> nothing changed.</summary>
    public void Restore(HartState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_running)
        {
            throw new InvalidOperationException("a hart can be restored only while it is not running");
        }

        if (state.X is null || state.X.Length != 32 || state.F is null || state.F.Length != 32)
        {
            throw new HartStateException("hart state register arrays must hold exactly 32 entries");
        }

        if (state.X[0] != 0)
        {
            throw new HartStateException("hart state has a non-zero x0");
        }

        ValidatePrivilege(state.Privilege);
        ulong mode = state.Satp >> 60;
        if (mode != 0 && mode != 8 && mode != 9)
        {
            throw new HartStateException($"hart state satp mode {mode} is not Bare, Sv39 or Sv48");
        }

        if (mode == 0 && state.Satp != 0)
        {
            throw new HartStateException("hart state satp is Bare but has ASID or PPN bits");
        }

        if (((state.Mstatus >> MStatus.MppShift) & 3) == 2)
        {
            throw new HartStateException("hart state mstatus.MPP holds the reserved value 2");
        }

        if (state.TimerInterruptBit != Interrupt.SupervisorTimer && state.TimerInterruptBit != Interrupt.MachineTimer)
        {
            throw new HartStateException($"hart state timer interrupt bit {state.TimerInterruptBit} is not 5 or 7");
        }

        if ((state.Mip & ~Interrupt.AllMask) != 0 || (state.Mie & ~Interrupt.AllMask) != 0
            || (state.Mideleg & ~Interrupt.SupervisorMask) != 0 || (state.Medeleg & ~TrapCause.DelegableMask) != 0)
        {
            throw new HartStateException("hart state sets unimplemented interrupt or delegation bits");
        }

        if ((state.Fcsr & ~0xFFu) != 0 || state.InstructionsRetired < 0)
        {
            throw new HartStateException("hart state fcsr or instruction count is out of range");
        }

        if (state.ReservationValid && state.ReservationSize != 1 && state.ReservationSize != 2)
        {
            throw new HartStateException("hart state reservation size must be 1 (word) or 2 (doubleword)");
        }

        if (state.HartId != HartId)
        {
            throw new HartStateException($"hart state belongs to hart {state.HartId}, not hart {HartId}");
        }

        Array.Copy(state.X, _x, 32);
        _x[32] = 0;
        Array.Copy(state.F, _f, 32);
        _pc = state.Pc & ~1UL;
        _priv = (PrivilegeLevel)state.Privilege;
        Status = state.Mstatus & MStatus.WritableMask;
        _medeleg = state.Medeleg;
        _mideleg = state.Mideleg;
        _mie = state.Mie;
        Volatile.Write(ref _mip, (long)state.Mip);
        _mtvec = state.Mtvec & ~2UL;
        _mscratch = state.Mscratch;
        _mepc = state.Mepc & ~1UL;
        _mcause = state.Mcause;
        _mtval = state.Mtval;
        _mcounteren = state.Mcounteren & 0xFFFF_FFFF;
        _stvec = state.Stvec & ~2UL;
        _blockContext->Sscratch = state.Sscratch;
        _blockContext->Sepc = state.Sepc & ~1UL;
        _blockContext->Scause = state.Scause;
        _blockContext->Stval = state.Stval;
        _scounteren = state.Scounteren & 0xFFFF_FFFF;
        _satp = state.Satp;
        _fcsr = state.Fcsr;
        _retired = state.InstructionsRetired;
        _cycleOffset = (long)state.Cycle - _retired;
        _instretOffset = (long)state.Instret - _retired;
        _blockContext->ResValid = state.ReservationValid ? 1 : 0;
        _blockContext->ResAddress = state.ReservationAddress;
        _blockContext->ResValue = state.ReservationValue;
        _blockContext->ResSize = state.ReservationSize;
        Volatile.Write(ref _timerDeadline, state.TimerDeadline);
        _timerBit = state.TimerInterruptBit;
        _wfi = state.WaitingForInterrupt;
        FlushAllTlbs();
        Interlocked.Or(ref *_attention, AttnInterrupt);
    }

    private static void ValidatePrivilege(byte p)
    {
        if (p != 0 && p != 1 && p != 3)
        {
            throw new HartStateException($"privilege level {p} is not U (0), S (1) or M (3)");
        }
    }

    /// <summary>Raises the timer interrupt when its deadline has passed.</summary>
    private void CheckTimer()
    {
        ulong deadline = Volatile.Read(ref _timerDeadline);
        if (deadline != ulong.MaxValue && _platform.ReadTime() >= deadline)
        {
            SetPendingInterrupt(_timerBit, true);
        }
    }
}
