// One entry of the decoded-instruction cache and the operations the interpreter switches on.
using System.Runtime.InteropServices;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>
/// A pre-decoded instruction. <see cref="Check"/> holds the instruction bits as the interpreter re-reads them at the
/// fetch address: the 32-bit word there shifted left by <see cref="Shift"/>, which keeps all of a 32-bit instruction
/// and only the halfword of a compressed one. An entry runs only when they still match memory, so the cache can never
/// execute stale code whoever wrote it (the hart, another hart, a device).
/// Decoding is a pure function of the bits, which is why entries need no tag beyond them.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal struct Decoded
{
    public uint Check;
    public Op Op;

    /// <summary>Destination register; an integer x0 destination is redirected to the sink slot 32.</summary>
    public byte Rd;
    public byte Rs1;
    public byte Rs2;
    public int Imm;

    /// <summary>Instruction length in bytes (2 or 4).</summary>
    public byte Len;

    /// <summary>16 for a compressed (or page-straddling) instruction, 0 otherwise: see <see cref="Check"/>.</summary>
    public byte Shift;

    /// <summary>AMO function (funct5) for <see cref="Op.AmoW"/>/<see cref="Op.AmoD"/>.</summary>
    public byte Aux;
    public byte Reserved;

    /// <summary>The raw instruction (16 bits zero-extended for a compressed one), as mtval reports it.</summary>
    public readonly uint Raw => Len == 2 ? Check >> 16 : Check;
}

/// <summary>Interpreter operations. Compressed instructions decode to the same operations as their expansions.</summary>
internal enum Op : byte
{
    Undecoded = 0,
    Illegal,
    Lui, Auipc, Jal, Jalr, Beq, Bne, Blt, Bge, Bltu, Bgeu,
    Lb, Lh, Lw, Ld, Lbu, Lhu, Lwu, Sb, Sh, Sw, Sd,
    Addi, Slti, Sltiu, Xori, Ori, Andi, Slli, Srli, Srai,
    Add, Sub, Sll, Slt, Sltu, Xor, Srl, Sra, Or, And,
    Addiw, Slliw, Srliw, Sraiw, Addw, Subw, Sllw, Srlw, Sraw,
    Mul, Mulh, Mulhsu, Mulhu, Div, Divu, Rem, Remu, Mulw, Divw, Divuw, Remw, Remuw,
    Fence, FenceI, Ecall, Ebreak, Mret, Sret, Wfi, SfenceVma,
    Csrrw, Csrrs, Csrrc, Csrrwi, Csrrsi, Csrrci,
    LrW, ScW, AmoW, LrD, ScD, AmoD,
    Flw, Fld, Fsw, Fsd, FpCompute,

    /// <summary>A 32-bit instruction whose second half lies on the next page; fetched and decoded on each run.</summary>
    CrossPage,
}
