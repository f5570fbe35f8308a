// The few x86-64 instruction forms the block compiler needs, encoded by hand into a byte buffer: 64-bit moves and ALU
// operations between a register and [base + disp32], immediates, shifts, sign and zero extension, setcc, jumps with
// 32-bit displacements patched once their targets are known, and ret. Bases are never rsp or r12 (which would need a
// SIB byte), and every memory operand uses a 32-bit displacement, so one ModRM form serves all of them.
using System.Buffers.Binary;

namespace Harness.Vmm.Cpu.RiscV.Translation;

internal sealed class X64
{
    public const int Rax = 0, Rcx = 1, Rdx = 2, Rsi = 6, Rdi = 7, R8 = 8, R9 = 9, R10 = 10, R11 = 11;

    // Condition codes for jcc (0F 80+cc) and setcc (0F 90+cc).
    public const int CcB = 0x2, CcAe = 0x3, CcE = 0x4, CcNe = 0x5, CcA = 0x7, CcL = 0xC, CcGe = 0xD;

    // ALU opcodes, "r64, r/m64" form; the /digit of the same operation's immediate form is (op >> 3).
    public const byte Add = 0x03, Or = 0x0B, And = 0x23, Sub = 0x2B, Xor = 0x33, Cmp = 0x3B;

    private byte[] _b = new byte[1024];
    private int _n;

    public int Length => _n;

    public void Reset()
    {
        _n = 0;
        DispatchJumps.Clear();
    }

    /// <summary>Positions of rel32s that jump to the shared dispatch code (relocated when the code is placed).</summary>
    public List<int> DispatchJumps { get; } = [];

    /// <summary>jmp to the shared dispatch code, relocated later.</summary>
    public void JmpDispatch() => DispatchJumps.Add(Jmp());

    /// <summary>jmp reg.</summary>
    public void JmpReg(int reg)
    {
        Rex(false, 0, reg);
        Byte(0xFF);
        RegReg(4, reg);
    }

    /// <summary>test reg, reg (64-bit).</summary>
    public void Test(int reg)
    {
        Rex(true, reg, reg);
        Byte(0x85);
        RegReg(reg, reg);
    }

    /// <summary>lock xadd [addr], reg (reg gets the old value).</summary>
    public void LockXadd(int addr, int reg, bool wide)
    {
        Byte(0xF0);
        Rex(wide, reg, addr);
        Byte(0x0F);
        Byte(0xC1);
        Byte(((reg & 7) << 3) | (addr & 7));
    }

    /// <summary>lock cmpxchg [addr], reg: compares rax (eax) with memory; ZF set when it stored reg.</summary>
    public void LockCmpxchg(int addr, int reg, bool wide)
    {
        Byte(0xF0);
        Rex(wide, reg, addr);
        Byte(0x0F);
        Byte(0xB1);
        Byte(((reg & 7) << 3) | (addr & 7));
    }

    /// <summary>cmp qword [base + disp], imm32 (sign-extended).</summary>
    public void CmpMemImm64(int baseReg, int disp, int imm)
    {
        Rex(true, 0, baseReg);
        Byte(0x81);
        Mem(7, baseReg, disp);
        Int32(imm);
    }

    /// <summary>test byte [base + disp], imm8.</summary>
    public void TestMemByte(int baseReg, int disp, int imm)
    {
        Rex(false, 0, baseReg);
        Byte(0xF6);
        Mem(0, baseReg, disp);
        Byte(imm);
    }

    /// <summary>xchg [addr], reg (locked by the processor; reg gets the old value).</summary>
    public void Xchg(int addr, int reg, bool wide)
    {
        Rex(wide, reg, addr);
        Byte(0x87);
        Byte(((reg & 7) << 3) | (addr & 7));
    }

    public ReadOnlySpan<byte> Code => _b.AsSpan(0, _n);

    public void Byte(int v)
    {
        if (_n == _b.Length)
        {
            Array.Resize(ref _b, _b.Length * 2);
        }

        _b[_n++] = (byte)v;
    }

    public void Int32(int v)
    {
        if (_n + 4 > _b.Length)
        {
            Array.Resize(ref _b, _b.Length * 2);
        }

        BinaryPrimitives.WriteInt32LittleEndian(_b.AsSpan(_n), v);
        _n += 4;
    }

    private void Rex(bool w, int reg, int rm, bool force = false)
    {
        int rex = 0x40 | (w ? 8 : 0) | ((reg >> 3) << 2) | (rm >> 3);
        if (rex != 0x40 || force)
        {
            Byte(rex);
        }
    }

    // ModRM for [base + disp]: mod=01 with a byte displacement when it fits, else mod=10 with 32 bits.
    private void Mem(int reg, int baseReg, int disp)
    {
        if (disp is >= -128 and <= 127)
        {
            Byte(0x40 | ((reg & 7) << 3) | (baseReg & 7));
            Byte(disp);
        }
        else
        {
            Byte(0x80 | ((reg & 7) << 3) | (baseReg & 7));
            Int32(disp);
        }
    }

    private void RegReg(int reg, int rm) => Byte(0xC0 | ((reg & 7) << 3) | (rm & 7));

    /// <summary>reg = [base + disp] (64-bit).</summary>
    public void Load(int reg, int baseReg, int disp)
    {
        Rex(true, reg, baseReg);
        Byte(0x8B);
        Mem(reg, baseReg, disp);
    }

    /// <summary>[base + disp] = reg (64-bit).</summary>
    public void Store(int baseReg, int disp, int reg)
    {
        Rex(true, reg, baseReg);
        Byte(0x89);
        Mem(reg, baseReg, disp);
    }

    /// <summary>reg op= [base + disp], 64-bit (op: Add, Or, And, Sub, Xor, Cmp).</summary>
    public void AluMem(byte op, int reg, int baseReg, int disp, bool wide = true)
    {
        Rex(wide, reg, baseReg);
        Byte(op);
        Mem(reg, baseReg, disp);
    }

    /// <summary>dst op= src (registers).</summary>
    public void AluReg(byte op, int dst, int src, bool wide = true)
    {
        Rex(wide, dst, src);
        Byte(op);
        RegReg(dst, src);
    }

    /// <summary>reg op= imm32 (sign-extended for 64-bit).</summary>
    public void AluImm(byte op, int reg, int imm, bool wide = true)
    {
        Rex(wide, 0, reg);
        if (imm is >= -128 and <= 127)
        {
            Byte(0x83);
            RegReg(op >> 3, reg);
            Byte(imm);
            return;
        }

        Byte(0x81);
        RegReg(op >> 3, reg);
        Int32(imm);
    }

    /// <summary>reg op= imm32 with the 32-bit immediate always (a fixed length, for code whose size must not vary).</summary>
    public void AluImm32(byte op, int reg, int imm)
    {
        Rex(true, 0, reg);
        Byte(0x81);
        RegReg(op >> 3, reg);
        Int32(imm);
    }

    /// <summary>reg *= [base + disp].</summary>
    public void ImulMem(int reg, int baseReg, int disp, bool wide = true)
    {
        Rex(wide, reg, baseReg);
        Byte(0x0F);
        Byte(0xAF);
        Mem(reg, baseReg, disp);
    }

    /// <summary>Shift reg by imm8 (ext: 4 shl, 5 shr, 7 sar).</summary>
    public void ShiftImm(int ext, int reg, int count, bool wide = true)
    {
        Rex(wide, 0, reg);
        Byte(0xC1);
        RegReg(ext, reg);
        Byte(count);
    }

    /// <summary>Shift reg by cl (the hardware masks the count to 63, or 31 for 32-bit, as RISC-V does).</summary>
    public void ShiftCl(int ext, int reg, bool wide = true)
    {
        Rex(wide, 0, reg);
        Byte(0xD3);
        RegReg(ext, reg);
    }

    /// <summary>dst = src, 64-bit.</summary>
    public void Mov(int dst, int src)
    {
        Rex(true, src, dst);
        Byte(0x89);
        RegReg(src, dst);
    }

    /// <summary>reg = imm64.</summary>
    public void MovImm64(int reg, long imm)
    {
        Rex(true, 0, reg);
        Byte(0xB8 | (reg & 7));
        Int32((int)imm);
        Int32((int)(imm >> 32));
    }

    /// <summary>reg = imm32 sign-extended to 64 bits.</summary>
    public void MovImm(int reg, int imm)
    {
        Rex(true, 0, reg);
        Byte(0xC7);
        RegReg(0, reg);
        Int32(imm);
    }

    /// <summary>[base + disp] = imm32 sign-extended (64-bit store).</summary>
    public void StoreImm(int baseReg, int disp, int imm)
    {
        Rex(true, 0, baseReg);
        Byte(0xC7);
        Mem(0, baseReg, disp);
        Int32(imm);
    }

    /// <summary>reg = ~reg (64-bit).</summary>
    public void Not(int reg)
    {
        Rex(true, 0, reg);
        Byte(0xF7);
        RegReg(2, reg);
    }

    /// <summary>reg = sign-extend(low 32 bits of reg).</summary>
    public void Movsxd(int reg)
    {
        Rex(true, reg, reg);
        Byte(0x63);
        RegReg(reg, reg);
    }

    /// <summary>reg = cc ? 1 : 0 (reg's low byte set, then zero-extended).</summary>
    public void SetCc(int cc, int reg)
    {
        Rex(false, 0, reg, force: reg >= 4);
        Byte(0x0F);
        Byte(0x90 | cc);
        RegReg(0, reg);
        Rex(false, reg, reg);
        Byte(0x0F);
        Byte(0xB6);
        RegReg(reg, reg);
    }

    /// <summary>cmp word/dword [base + disp], imm.</summary>
    public void CmpMemImm(int baseReg, int disp, int imm, bool halfword)
    {
        if (halfword)
        {
            Byte(0x66);
        }

        Rex(false, 0, baseReg);
        Byte(0x81);
        Mem(7, baseReg, disp);
        if (halfword)
        {
            Byte(imm);
            Byte(imm >> 8);
        }
        else
        {
            Int32(imm);
        }
    }

    /// <summary>Loads into <paramref name="dst"/> from [src] with the width and extension of a RISC-V load.</summary>
    public void LoadFrom(Op op, int dst, int src)
    {
        switch (op)
        {
            case Op.Lb: Rex(true, dst, src); Byte(0x0F); Byte(0xBE); break;
            case Op.Lbu: Rex(false, dst, src); Byte(0x0F); Byte(0xB6); break;
            case Op.Lh: Rex(true, dst, src); Byte(0x0F); Byte(0xBF); break;
            case Op.Lhu: Rex(false, dst, src); Byte(0x0F); Byte(0xB7); break;
            case Op.Lw: Rex(true, dst, src); Byte(0x63); break;
            case Op.Lwu: Rex(false, dst, src); Byte(0x8B); break;
            default: Rex(true, dst, src); Byte(0x8B); break;
        }

        Byte(((dst & 7) << 3) | (src & 7)); // mod=00: [src]; src is never rsp, rbp, r12 or r13
    }

    /// <summary>Stores the low bytes of <paramref name="value"/> to [dst] with the width of a RISC-V store.</summary>
    public void StoreTo(Op op, int dst, int value)
    {
        switch (op)
        {
            case Op.Sb: Rex(false, value, dst, force: true); Byte(0x88); break;
            case Op.Sh: Byte(0x66); Rex(false, value, dst); Byte(0x89); break;
            case Op.Sw: Rex(false, value, dst); Byte(0x89); break;
            default: Rex(true, value, dst); Byte(0x89); break;
        }

        Byte(((value & 7) << 3) | (dst & 7));
    }

    /// <summary>jcc rel32 to a label; returns the position to patch.</summary>
    public int Jcc(int cc)
    {
        Byte(0x0F);
        Byte(0x80 | cc);
        Int32(0);
        return _n - 4;
    }

    /// <summary>jmp rel32; returns the position to patch.</summary>
    public int Jmp()
    {
        Byte(0xE9);
        Int32(0);
        return _n - 4;
    }

    /// <summary>Points the rel32 at <paramref name="at"/> to code position <paramref name="target"/> (a jump back).</summary>
    public void BindTo(int at, int target) => BinaryPrimitives.WriteInt32LittleEndian(_b.AsSpan(at), target - (at + 4));

    /// <summary>Points the rel32 at <paramref name="at"/> to the current position.</summary>
    public void Bind(int at) => BindTo(at, _n);

    public void Ret() => Byte(0xC3);

    /// <summary>reg = the address of code position <paramref name="target"/> (RIP-relative lea).</summary>
    public void LeaRip(int reg, int target)
    {
        Rex(true, reg, 0);
        Byte(0x8D);
        Byte(((reg & 7) << 3) | 5);
        Int32(target - (_n + 4));
    }
}
