// Compiles one block of guest code (from a pc to its first jump, its 16th instruction or the first instruction it
// does not compile; conditional branches leave it from the middle) into x86-64 machine code. The generated code keeps
// the interpreter's contract: the block runs only when the budget covers all of it, only when every instruction's
// bits still match the ones it was compiled from (known without comparing them where the page is a clean page of the
// hart's memory image: RiscVHart.MemoryImage.cs), and a load or store that misses the TLB leaves at that
// instruction, with the budget of the rest given back, so that the interpreter takes it from there. Guest registers
// stay in the hart's register array; the code is position-free with respect to the guest (pc values come from the
// page's virtual address in the context), so clones share it. Atomics, system instructions and the dispatch routine
// are in the other BlockCompiler.*.cs files.
namespace Harness.Vmm.Cpu.RiscV.Translation;

internal static unsafe partial class BlockCompiler
{
    // Exit codes a block returns.
    public const int ExitNext = 1;      // ran; Pc is the next instruction
    public const int ExitInterpret = 2; // Pc is an instruction the interpreter must run (budget, TLB miss, op not compiled)
    public const int ExitStale = 3;     // memory no longer holds the instructions compiled; nothing ran
    public const int ExitBoundary = 4;  // ran; Pc is the next instruction, and an interrupt may be takeable now
    public const int ExitUpgrade = 5;   // nothing ran; the hart has a memory image and wants Pc's block (ChainSite)
                                        // compiled for it

    public const int MaxInstructions = 16;

    /// <summary>Bytes of a block's prologue (loading the context into registers); a chained jump enters after it.</summary>
    public const int PrologueBytes = 16;

    private const int PageSize = 4096;
    private const int TlbShiftToOffset = 12 - 4;
    private const int TlbOffsetMask = (RiscVHart.TlbEntryCount - 1) << 4;
    private const int StoreTlbBytes = 4 * RiscVHart.TlbEntryCount * 16;

    // Registers of the generated code (all caller-saved in the System V ABI: nothing to save).
    private const int Ctx = X64.Rdi, Xr = X64.Rsi, Tlb = X64.Rdx, Left = X64.R8, Host = X64.R9;
    private const int T0 = X64.Rax, T1 = X64.R10, T2 = X64.R11;

    /// <summary>Whether the block compiler runs on this host (x86-64 only; elsewhere the interpreter does everything).</summary>
    public static bool Supported => System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture ==
                                    System.Runtime.InteropServices.Architecture.X64;

    /// <summary>
    /// Compiles the block at byte <paramref name="off"/> of the page at <paramref name="page"/> (its current bytes)
    /// into <paramref name="x"/>. A block whose first instruction is not one it compiles hands that instruction to the
    /// interpreter. Returns false only when nothing could be decoded.
    /// </summary>
    public static bool Compile(ReadOnlySpan<byte> page, int off, X64 x, int image = 0, ulong frame = 0, bool upgradable = false)
    {
        Span<Decoded> insns = stackalloc Decoded[MaxInstructions];
        Span<int> offs = stackalloc int[MaxInstructions];
        int n = 0;
        int at = off;
        bool terminated = false;
        while (n < MaxInstructions && at < PageSize)
        {
            Decoder.DecodeInPage(page, at, out Decoded d);
            if (!Compiles(d))
            {
                break;
            }

            insns[n] = d;
            offs[n] = at;
            n++;
            at += d.Len;
            if (d.Op is Op.Jal or Op.Jalr)
            {
                terminated = true;
                break;
            }
        }

        x.Load(Xr, Ctx, BlockContext.XOffset);
        x.Load(Tlb, Ctx, BlockContext.LoadTlbOffset);
        x.Load(Left, Ctx, BlockContext.LeftOffset);
        x.Load(Host, Ctx, BlockContext.HostOffset);
        if (x.Length != PrologueBytes)
        {
            throw new InvalidOperationException($"the block prologue is {x.Length} bytes, not {PrologueBytes}");
        }

        var stale = new List<int>();
        if (n == 0)
        {
            // A block of nothing, so the lookup is not repeated: it hands its first instruction to the interpreter,
            // as long as that instruction is still the one seen here.
            Decoder.DecodeInPage(page, off, out Decoded first);
            CheckBytes(x, page, off, off + (off == PageSize - 2 ? 2 : first.Len), stale);
            ExitTo(x, off, ExitInterpret);
            foreach (int s in stale)
            {
                x.Bind(s);
            }

            ExitTo(x, off, ExitStale);
            return true;
        }

        var fixups = new List<(int At, int Index)>(); // TLB misses: leave at instruction Index
        var cold = new List<Action>();
        _cold = cold;
        _blockOff = off;
        int shortBudget;

        // The whole block or none of it: left -= n; if (left < 0) give it back and let the interpreter count exactly.
        x.AluImm(X64.Sub, Left, n);
        shortBudget = x.Jcc(X64.CcL);
        CheckImageOrBytes(x, page, off, at, stale, image, frame);
        if (image == 0 && upgradable)
        {
            // Compiled for a hart with no memory image: a hart with one asks for a block of its own (ExitUpgrade).
            x.CmpMemImm(Ctx, BlockContext.ImageOffset, 0, halfword: false);
            int upgrade = x.Jcc(X64.CcNe);
            _cold!.Add(() =>
            {
                x.Bind(upgrade);
                x.AluImm(X64.Add, Left, n);
                x.LeaRip(X64.Rcx, 0);
                x.Store(Ctx, BlockContext.ChainSiteOffset, X64.Rcx);
                ExitTo(x, off, ExitUpgrade);
            });
        }

        for (int i = 0; i < n; i++)
        {
            EmitBody(x, insns[i], offs[i], i, n, fixups);
        }

        if (!terminated)
        {
            // Fell off the end: the next instruction is one this compiler does not take, or the page ended.
            ChainTo(x, at, 0);
        }

        foreach (Action a in cold)
        {
            a();
        }

        // Not enough budget, or stale bits: nothing ran.
        x.Bind(shortBudget);
        x.AluImm(X64.Add, Left, n);
        ExitTo(x, off, ExitInterpret);
        foreach (int s in stale)
        {
            x.Bind(s);
        }

        x.AluImm(X64.Add, Left, n);
        ExitTo(x, off, ExitStale);

        // A TLB miss at instruction i: instructions i.. did not run.
        foreach ((int fix, int i) in fixups)
        {
            x.Bind(fix);
            x.AluImm(X64.Add, Left, n - i);
            ExitTo(x, offs[i], ExitInterpret);
        }

        return true;
    }

    // The block's compile state that the emitting helpers share (one compile at a time, under BlockCache's lock).
    [ThreadStatic]
    private static List<Action>? _cold;
    [ThreadStatic]
    private static int _blockOff;

    // The entry check of a block compiled from a clean page of image (RiscVHart.MemoryImage.cs): the same image and a
    // still clean page, or else the bytes themselves, compared out of line. Without an image, the bytes every time.
    private static void CheckImageOrBytes(X64 x, ReadOnlySpan<byte> page, int from, int to, List<int> stale, int image,
        ulong frame)
    {
        if (image == 0)
        {
            CheckBytes(x, page, from, to, stale);
            return;
        }

        x.CmpMemImm(Ctx, BlockContext.ImageOffset, image, halfword: false);
        int otherImage = x.Jcc(X64.CcNe);
        x.Load(T0, Ctx, BlockContext.DirtyMapOffset);
        x.TestMemByte(T0, checked((int)(frame >> 3)), 1 << (int)(frame & 7));
        int written = x.Jcc(X64.CcNe);
        int body = x.Length;
        byte[] bytes = page[from..to].ToArray(); // the block's own bytes, compared from its first (Host)
        _cold!.Add(() =>
        {
            x.Bind(otherImage);
            x.Bind(written);
            CheckBytes(x, bytes, 0, to - from, stale);
            x.BindTo(x.Jmp(), body);
        });
    }

    // Compares the block's bytes [from, to) in memory (Host points at from) with the ones compiled, eight at a time.
    private static void CheckBytes(X64 x, ReadOnlySpan<byte> page, int from, int to, List<int> stale)
    {
        int pos = from;
        while (to - pos >= 8)
        {
            x.MovImm64(T0, BitConverter.ToInt64(page[pos..]));
            x.AluMem(X64.Cmp, T0, Host, pos - from);
            stale.Add(x.Jcc(X64.CcNe));
            pos += 8;
        }

        if (to - pos >= 4)
        {
            x.CmpMemImm(Host, pos - from, BitConverter.ToInt32(page[pos..]), halfword: false);
            stale.Add(x.Jcc(X64.CcNe));
            pos += 4;
        }

        if (to - pos >= 2)
        {
            x.CmpMemImm(Host, pos - from, BitConverter.ToUInt16(page[pos..]), halfword: true);
            stale.Add(x.Jcc(X64.CcNe));
        }
    }

    /// <summary>The ops compiled; anything else ends the block before it.</summary>
    internal static bool Compiles(Op op) =>
        op is >= Op.Lui and <= Op.Sd or >= Op.Addi and <= Op.Sraw or Op.Mul or Op.Mulw or Op.Fence;

    // LR and SC, and the AMOs Linux uses: add and swap have single x86 instructions (lock xadd, xchg), xor, or and
    // and a compare-exchange loop. Min and max stay with the interpreter.
    private static bool Compiles(in Decoded d) =>
        Compiles(d.Op) || d.Op is Op.LrW or Op.LrD or Op.ScW or Op.ScD or Op.Fld or Op.Fsd ||
        (d.Op is Op.AmoW or Op.AmoD && d.Aux is AmoAdd or AmoSwap or AmoXor or AmoOr or AmoAnd) ||
        (d.Op is >= Op.Csrrw and <= Op.Csrrci && CompiledCsr(d));

    // The CSRs of Linux's trap entry and exit, its user copies and its interrupt masking: sscratch, sepc, scause,
    // stval and sstatus in every form (see SstatusAccess for what an sstatus write leaves to the interpreter).
    private static bool CompiledCsr(in Decoded d)
    {
        int csr = d.Imm & 0xFFF;
        return csr is >= Csr.Sscratch and <= Csr.Stval or Csr.Sstatus;
    }

    private const byte AmoAdd = 0x00, AmoSwap = 0x01, AmoXor = 0x04, AmoOr = 0x08, AmoAnd = 0x0C;

    // Common exit with pc = pageVa + off: left and pc to the context, code in eax.
    private static void ExitTo(X64 x, long off, int code)
    {
        x.Load(T0, Ctx, BlockContext.PageVaOffset);
        x.AluImm(X64.Add, T0, checked((int)off));
        ExitWithPcInRax(x, code);
    }

    // Leaves for the instruction at pageVa + off, giving back the budget of instructions not run. Inside the page the
    // exit is a jump that the dispatcher points at the target block once it exists; until then it falls through to an
    // exit that names the jump to patch.
    private static void ChainTo(X64 x, long off, int giveBack)
    {
        if (giveBack != 0)
        {
            x.AluImm(X64.Add, Left, giveBack);
        }

        if (off < 0 || off >= PageSize)
        {
            x.Load(T0, Ctx, BlockContext.PageVaOffset);
            x.AluImm(X64.Add, T0, checked((int)off));
            x.JmpDispatch();
            return;
        }

        // A jump back may close a loop that never leaves compiled code: it looks at the attention word, as the
        // interpreter does on every taken jump, so exits and interrupts are not held up for a whole budget.
        int? attention = null;
        if (off <= _blockOff)
        {
            x.CmpMemImm(Ctx, BlockContext.AttentionOffset, 0, halfword: false);
            attention = x.Jcc(X64.CcNe);
        }

        // Host moves to the target block's first instruction, as that block expects (harmless if not patched).
        x.AluImm32(X64.Add, Host, checked((int)off) - _blockOff);
        while ((x.Length + 1) % 4 != 0)
        {
            x.Byte(0x90);
        }

        int site = x.Jmp(); // to the cold exit below until patched
        _cold!.Add(() =>
        {
            if (attention is { } a)
            {
                x.Bind(a);
            }

            x.Bind(site);
            x.LeaRip(X64.Rcx, site);
            x.Store(Ctx, BlockContext.ChainSiteOffset, X64.Rcx);
            ExitTo(x, off, ExitNext);
        });
    }

    private static void ExitWithPcInRax(X64 x, int code)
    {
        x.Store(Ctx, BlockContext.LeftOffset, Left);
        x.Store(Ctx, BlockContext.PcOffset, T0);
        x.MovImm(T0, code);
        x.Ret();
    }

    private static int Reg(int r) => (r * 8) - 128;

    // reg += value, which may not fit 32 bits (an auipc's offset added to the instruction's place in its page).
    private static void AddConstant(X64 x, int reg, long value)
    {
        if (value == (int)value)
        {
            x.AluImm(X64.Add, reg, (int)value);
        }
        else
        {
            x.MovImm64(T1, value);
            x.AluReg(X64.Add, reg, T1);
        }
    }

    // T0 = x[r]
    private static void Get(X64 x, int reg, int r)
    {
        if (r == 0)
        {
            x.MovImm(reg, 0);
        }
        else
        {
            x.Load(reg, Xr, Reg(r));
        }
    }

    private static void Set(X64 x, int rd, int reg) => x.Store(Xr, Reg(rd), reg);

    private static void EmitBody(X64 x, Decoded d, int off, int index, int n, List<(int, int)> fixups)
    {
        int imm = d.Imm;
        switch (d.Op)
        {
            case Op.Lui:
                x.StoreImm(Xr, Reg(d.Rd), imm);
                return;
            case Op.Auipc:
                x.Load(T0, Ctx, BlockContext.PageVaOffset);
                AddConstant(x, T0, (long)off + imm);
                Set(x, d.Rd, T0);
                return;
            case Op.Jal:
                x.Load(T0, Ctx, BlockContext.PageVaOffset);
                x.AluImm(X64.Add, T0, off + d.Len);
                Set(x, d.Rd, T0);
                ChainTo(x, (long)off + imm, 0);
                return;
            case Op.Jalr:
                Get(x, T0, d.Rs1);
                x.AluImm(X64.Add, T0, imm);
                x.AluImm(X64.And, T0, -2);
                x.Load(T1, Ctx, BlockContext.PageVaOffset);
                x.AluImm(X64.Add, T1, off + d.Len);
                Set(x, d.Rd, T1);
                x.JmpDispatch();
                return;
            case Op.Beq: Branch(x, d, off, X64.CcE, n - index - 1); return;
            case Op.Bne: Branch(x, d, off, X64.CcNe, n - index - 1); return;
            case Op.Blt: Branch(x, d, off, X64.CcL, n - index - 1); return;
            case Op.Bge: Branch(x, d, off, X64.CcGe, n - index - 1); return;
            case Op.Bltu: Branch(x, d, off, X64.CcB, n - index - 1); return;
            case Op.Bgeu: Branch(x, d, off, X64.CcAe, n - index - 1); return;
            case Op.Lb: case Op.Lbu: MemoryOp(x, d, 0xFFF, store: false, index, fixups); return;
            case Op.Lh: case Op.Lhu: MemoryOp(x, d, 0xFFE, store: false, index, fixups); return;
            case Op.Lw: case Op.Lwu: MemoryOp(x, d, 0xFFC, store: false, index, fixups); return;
            case Op.Ld: MemoryOp(x, d, 0xFF8, store: false, index, fixups); return;
            case Op.Sb: MemoryOp(x, d, 0xFFF, store: true, index, fixups); return;
            case Op.Sh: MemoryOp(x, d, 0xFFE, store: true, index, fixups); return;
            case Op.Sw: MemoryOp(x, d, 0xFFC, store: true, index, fixups); return;
            case Op.Sd: MemoryOp(x, d, 0xFF8, store: true, index, fixups); return;
            case Op.Addi: Get(x, T0, d.Rs1); x.AluImm(X64.Add, T0, imm); Set(x, d.Rd, T0); return;
            case Op.Xori: Get(x, T0, d.Rs1); x.AluImm(X64.Xor, T0, imm); Set(x, d.Rd, T0); return;
            case Op.Ori: Get(x, T0, d.Rs1); x.AluImm(X64.Or, T0, imm); Set(x, d.Rd, T0); return;
            case Op.Andi: Get(x, T0, d.Rs1); x.AluImm(X64.And, T0, imm); Set(x, d.Rd, T0); return;
            case Op.Slti: Get(x, T0, d.Rs1); x.AluImm(X64.Cmp, T0, imm); x.SetCc(X64.CcL, T0); Set(x, d.Rd, T0); return;
            case Op.Sltiu: Get(x, T0, d.Rs1); x.AluImm(X64.Cmp, T0, imm); x.SetCc(X64.CcB, T0); Set(x, d.Rd, T0); return;
            case Op.Slli: Get(x, T0, d.Rs1); x.ShiftImm(4, T0, imm & 63); Set(x, d.Rd, T0); return;
            case Op.Srli: Get(x, T0, d.Rs1); x.ShiftImm(5, T0, imm & 63); Set(x, d.Rd, T0); return;
            case Op.Srai: Get(x, T0, d.Rs1); x.ShiftImm(7, T0, imm & 63); Set(x, d.Rd, T0); return;
            case Op.Add: Binary(x, d, X64.Add); return;
            case Op.Sub: Binary(x, d, X64.Sub); return;
            case Op.Xor: Binary(x, d, X64.Xor); return;
            case Op.Or: Binary(x, d, X64.Or); return;
            case Op.And: Binary(x, d, X64.And); return;
            case Op.Slt: Get(x, T0, d.Rs1); Get(x, T1, d.Rs2); x.AluReg(X64.Cmp, T0, T1); x.SetCc(X64.CcL, T0); Set(x, d.Rd, T0); return;
            case Op.Sltu: Get(x, T0, d.Rs1); Get(x, T1, d.Rs2); x.AluReg(X64.Cmp, T0, T1); x.SetCc(X64.CcB, T0); Set(x, d.Rd, T0); return;
            case Op.Sll: Shift(x, d, 4, wide: true); return;
            case Op.Srl: Shift(x, d, 5, wide: true); return;
            case Op.Sra: Shift(x, d, 7, wide: true); return;
            case Op.Addiw: Get(x, T0, d.Rs1); x.AluImm(X64.Add, T0, imm, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Slliw: Get(x, T0, d.Rs1); x.ShiftImm(4, T0, imm & 31, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Srliw: Get(x, T0, d.Rs1); x.ShiftImm(5, T0, imm & 31, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Sraiw: Get(x, T0, d.Rs1); x.ShiftImm(7, T0, imm & 31, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Addw: Get(x, T0, d.Rs1); Get(x, T1, d.Rs2); x.AluReg(X64.Add, T0, T1, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Subw: Get(x, T0, d.Rs1); Get(x, T1, d.Rs2); x.AluReg(X64.Sub, T0, T1, wide: false); x.Movsxd(T0); Set(x, d.Rd, T0); return;
            case Op.Sllw: Shift(x, d, 4, wide: false); return;
            case Op.Srlw: Shift(x, d, 5, wide: false); return;
            case Op.Sraw: Shift(x, d, 7, wide: false); return;
            case Op.Mul:
                Get(x, T0, d.Rs1);
                if (d.Rs2 == 0)
                {
                    x.MovImm(T0, 0);
                }
                else
                {
                    x.ImulMem(T0, Xr, Reg(d.Rs2));
                }

                Set(x, d.Rd, T0);
                return;
            case Op.Mulw:
                Get(x, T0, d.Rs1);
                if (d.Rs2 == 0)
                {
                    x.MovImm(T0, 0);
                }
                else
                {
                    x.ImulMem(T0, Xr, Reg(d.Rs2), wide: false);
                }

                x.Movsxd(T0);
                Set(x, d.Rd, T0);
                return;
            case Op.Fence:
                return;
            case Op.AmoW:
            case Op.AmoD:
                Atomic(x, d, index, fixups);
                return;
            case Op.LrW:
            case Op.LrD:
                LoadReserved(x, d, index, fixups);
                return;
            case >= Op.Csrrw and <= Op.Csrrci:
                CsrAccess(x, d, off, index, n, fixups);
                return;
            case Op.Fld:
            case Op.Fsd:
                FloatMemory(x, d, index, fixups);
                return;
            case Op.ScW:
            case Op.ScD:
                StoreConditional(x, d, index, fixups);
                return;
            default:
                throw new InvalidOperationException($"{d.Op} is not compiled");
        }
    }

    private static void Binary(X64 x, Decoded d, byte op)
    {
        Get(x, T0, d.Rs1);
        Get(x, T1, d.Rs2);
        x.AluReg(op, T0, T1);
        Set(x, d.Rd, T0);
    }

    private static void Shift(X64 x, Decoded d, int ext, bool wide)
    {
        Get(x, T0, d.Rs1);
        Get(x, X64.Rcx, d.Rs2);
        x.ShiftCl(ext, T0, wide);
        if (!wide)
        {
            x.Movsxd(T0);
        }

        Set(x, d.Rd, T0);
    }

    // A conditional branch: not taken goes on in the block; taken leaves it, giving back the instructions after it.
    private static void Branch(X64 x, Decoded d, int off, int cc, int after)
    {
        Get(x, T0, d.Rs1);
        Get(x, T1, d.Rs2);
        x.AluReg(X64.Cmp, T0, T1);
        int notTaken = x.Jcc(cc ^ 1);
        ChainTo(x, (long)off + d.Imm, after);
        x.Bind(notTaken);
    }

    // T0 = the host address of x[rs1] + imm through the load or store TLB; an access the entry does not cover
    // (another page, or misaligned for alignMask) takes the miss exit to the interpreter.
    private static void HostAddress(X64 x, int rs1, int imm, int alignMask, bool store, int index, List<(int, int)> fixups)
    {
        Get(x, T0, rs1);
        if (imm != 0)
        {
            x.AluImm(X64.Add, T0, imm);
        }

        x.Mov(T1, T0);
        x.ShiftImm(5, T1, TlbShiftToOffset);
        x.AluImm(X64.And, T1, TlbOffsetMask);
        if (store)
        {
            x.AluImm32(X64.Add, T1, StoreTlbBytes);
        }

        x.AluReg(X64.Add, T1, Tlb);
        x.Mov(T2, T0);
        x.AluImm(X64.And, T2, ~alignMask);
        x.AluMem(X64.Cmp, T2, T1, 0);
        fixups.Add((x.Jcc(X64.CcNe), index));
        x.AluMem(X64.Add, T0, T1, 8);
    }

    private static void MemoryOp(X64 x, Decoded d, int alignMask, bool store, int index, List<(int, int)> fixups)
    {
        HostAddress(x, d.Rs1, d.Imm, alignMask, store, index, fixups);
        if (store)
        {
            Get(x, T2, d.Rs2);
            x.StoreTo(d.Op, T0, T2);
        }
        else
        {
            x.LoadFrom(d.Op, T2, T0);
            Set(x, d.Rd, T2);
        }
    }
}
