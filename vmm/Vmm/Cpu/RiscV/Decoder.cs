// Turns RV64GC instruction bits into a Decoded entry: register numbers, sign-extended immediates, one Op.
using System.Runtime.CompilerServices;

namespace Harness.Vmm.Cpu.RiscV;

/// <summary>Pure decoding of 32-bit and compressed instructions; anything not implemented becomes <see cref="Op.Illegal"/>.</summary>
internal static class Decoder
{
    /// <summary>The register slot that absorbs writes to x0.</summary>
    public const byte Sink = 32;

    /// <summary>
    /// Decodes the instruction at byte <paramref name="off"/> of a 4 KiB page. On the page's last halfword a 32-bit
    /// instruction straddles into the next page, which may not be mapped: it becomes a <see cref="Op.CrossPage"/>
    /// entry keyed on its first half only, and the next page is not read.
    /// </summary>
    public static void DecodeInPage(ReadOnlySpan<byte> page, int off, out Decoded d)
    {
        uint lo = BitConverter.ToUInt16(page[off..]);
        if ((lo & 3) != 3)
        {
            Decode16(lo, out d);
        }
        else if (off != 4096 - 2)
        {
            Decode32(BitConverter.ToUInt32(page[off..]), out d);
        }
        else
        {
            d = default;
            d.Check = lo << 16;
            d.Shift = 16;
            d.Op = Op.CrossPage;
            d.Len = 4;
        }
    }

    /// <summary>Decodes a 32-bit instruction.</summary>
    public static void Decode32(uint insn, out Decoded d)
    {
        d = default;
        d.Check = insn;
        d.Len = 4;
        d.Shift = 0;
        int rd = (int)((insn >> 7) & 31);
        int rs1 = (int)((insn >> 15) & 31);
        int rs2 = (int)((insn >> 20) & 31);
        uint f3 = (insn >> 12) & 7;
        uint f7 = insn >> 25;
        d.Rd = XRd(rd);
        d.Rs1 = (byte)rs1;
        d.Rs2 = (byte)rs2;
        int immI = (int)insn >> 20;
        int immS = ((int)insn >> 25 << 5) | rd;
        Op op = Op.Illegal;
        switch (insn & 0x7F)
        {
            case 0x37:
                op = Op.Lui;
                d.Imm = (int)(insn & 0xFFFFF000);
                break;
            case 0x17:
                op = Op.Auipc;
                d.Imm = (int)(insn & 0xFFFFF000);
                break;
            case 0x6F:
                op = Op.Jal;
                d.Imm = ((int)insn >> 31 << 20) | (int)(((insn >> 21) & 0x3FF) << 1) | (int)(((insn >> 20) & 1) << 11)
                    | (int)(insn & 0xFF000);
                break;
            case 0x67:
                if (f3 == 0)
                {
                    op = Op.Jalr;
                    d.Imm = immI;
                }

                break;
            case 0x63:
                d.Imm = ((int)insn >> 31 << 12) | (int)(((insn >> 25) & 0x3F) << 5) | (int)(((insn >> 8) & 0xF) << 1)
                    | (int)(((insn >> 7) & 1) << 11);
                op = f3 switch
                {
                    0 => Op.Beq, 1 => Op.Bne, 4 => Op.Blt, 5 => Op.Bge, 6 => Op.Bltu, 7 => Op.Bgeu, _ => Op.Illegal,
                };
                break;
            case 0x03:
                d.Imm = immI;
                op = f3 switch
                {
                    0 => Op.Lb, 1 => Op.Lh, 2 => Op.Lw, 3 => Op.Ld, 4 => Op.Lbu, 5 => Op.Lhu, 6 => Op.Lwu, _ => Op.Illegal,
                };
                break;
            case 0x23:
                d.Imm = immS;
                op = f3 switch { 0 => Op.Sb, 1 => Op.Sh, 2 => Op.Sw, 3 => Op.Sd, _ => Op.Illegal };
                break;
            case 0x13:
                d.Imm = immI;
                switch (f3)
                {
                    case 0: op = Op.Addi; break;
                    case 2: op = Op.Slti; break;
                    case 3: op = Op.Sltiu; break;
                    case 4: op = Op.Xori; break;
                    case 6: op = Op.Ori; break;
                    case 7: op = Op.Andi; break;
                    case 1:
                        if ((insn >> 26) == 0)
                        {
                            op = Op.Slli;
                            d.Imm = (int)((insn >> 20) & 63);
                        }

                        break;
                    default:
                        if ((insn >> 26) == 0)
                        {
                            op = Op.Srli;
                        }
                        else if ((insn >> 26) == 0x10)
                        {
                            op = Op.Srai;
                        }

                        d.Imm = (int)((insn >> 20) & 63);
                        break;
                }

                break;
            case 0x1B:
                d.Imm = immI;
                if (f3 == 0)
                {
                    op = Op.Addiw;
                }
                else if (f3 == 1 && f7 == 0)
                {
                    op = Op.Slliw;
                    d.Imm = rs2;
                }
                else if (f3 == 5 && f7 == 0)
                {
                    op = Op.Srliw;
                    d.Imm = rs2;
                }
                else if (f3 == 5 && f7 == 0x20)
                {
                    op = Op.Sraiw;
                    d.Imm = rs2;
                }

                break;
            case 0x33:
                if (f7 == 0)
                {
                    op = f3 switch
                    {
                        0 => Op.Add, 1 => Op.Sll, 2 => Op.Slt, 3 => Op.Sltu, 4 => Op.Xor, 5 => Op.Srl, 6 => Op.Or, _ => Op.And,
                    };
                }
                else if (f7 == 0x20)
                {
                    op = f3 switch { 0 => Op.Sub, 5 => Op.Sra, _ => Op.Illegal };
                }
                else if (f7 == 1)
                {
                    op = f3 switch
                    {
                        0 => Op.Mul, 1 => Op.Mulh, 2 => Op.Mulhsu, 3 => Op.Mulhu, 4 => Op.Div, 5 => Op.Divu, 6 => Op.Rem, _ => Op.Remu,
                    };
                }

                break;
            case 0x3B:
                if (f7 == 0)
                {
                    op = f3 switch { 0 => Op.Addw, 1 => Op.Sllw, 5 => Op.Srlw, _ => Op.Illegal };
                }
                else if (f7 == 0x20)
                {
                    op = f3 switch { 0 => Op.Subw, 5 => Op.Sraw, _ => Op.Illegal };
                }
                else if (f7 == 1)
                {
                    op = f3 switch
                    {
                        0 => Op.Mulw, 4 => Op.Divw, 5 => Op.Divuw, 6 => Op.Remw, 7 => Op.Remuw, _ => Op.Illegal,
                    };
                }

                break;
            case 0x0F:
                // Every FENCE variant (including PAUSE and FENCE.TSO) is a no-op: host accesses are already ordered
                // by Interlocked operations where it matters.
                op = f3 switch { 0 => Op.Fence, 1 => Op.FenceI, _ => Op.Illegal };
                break;
            case 0x73:
                op = DecodeSystem(insn, f3, ref d);
                break;
            case 0x2F:
                op = DecodeAmo(insn, f3, rs2, ref d);
                break;
            case 0x07:
                d.Imm = immI;
                d.Rd = (byte)rd;
                op = f3 switch { 2 => Op.Flw, 3 => Op.Fld, _ => Op.Illegal };
                break;
            case 0x27:
                d.Imm = immS;
                op = f3 switch { 2 => Op.Fsw, 3 => Op.Fsd, _ => Op.Illegal };
                break;
            case 0x43:
            case 0x47:
            case 0x4B:
            case 0x4F:
            case 0x53:
                op = Op.FpCompute;
                break;
        }

        d.Op = op;
    }

    private static Op DecodeSystem(uint insn, uint f3, ref Decoded d)
    {
        if (f3 == 0)
        {
            switch (insn)
            {
                case 0x00000073: return Op.Ecall;
                case 0x00100073: return Op.Ebreak;
                case 0x10200073: return Op.Sret;
                case 0x30200073: return Op.Mret;
                case 0x10500073: return Op.Wfi;
            }

            return (insn >> 25) == 0x09 && ((insn >> 7) & 31) == 0 ? Op.SfenceVma : Op.Illegal;
        }

        d.Imm = (int)(insn >> 20);
        return f3 switch
        {
            1 => Op.Csrrw, 2 => Op.Csrrs, 3 => Op.Csrrc, 5 => Op.Csrrwi, 6 => Op.Csrrsi, 7 => Op.Csrrci, _ => Op.Illegal,
        };
    }

    private static Op DecodeAmo(uint insn, uint f3, int rs2, ref Decoded d)
    {
        if (f3 != 2 && f3 != 3)
        {
            return Op.Illegal;
        }

        bool dw = f3 == 3;
        uint f5 = insn >> 27;
        d.Aux = (byte)f5;
        switch (f5)
        {
            case 0x02: return rs2 == 0 ? (dw ? Op.LrD : Op.LrW) : Op.Illegal;
            case 0x03: return dw ? Op.ScD : Op.ScW;
            case 0x00:
            case 0x01:
            case 0x04:
            case 0x08:
            case 0x0C:
            case 0x10:
            case 0x14:
            case 0x18:
            case 0x1C:
                return dw ? Op.AmoD : Op.AmoW;
            default:
                return Op.Illegal;
        }
    }

    /// <summary>Decodes a compressed instruction (its low two bits are not 11).</summary>
    public static void Decode16(uint c, out Decoded d)
    {
        d = default;
        d.Check = c << 16;
        d.Len = 2;
        d.Shift = 16;
        d.Op = Op.Illegal;
        uint f3 = (c >> 13) & 7;
        int rdFull = (int)((c >> 7) & 31);
        int rs2Full = (int)((c >> 2) & 31);
        int rdP = (int)(((c >> 2) & 7) + 8);
        int rs1P = (int)(((c >> 7) & 7) + 8);
        int imm6 = (int)(((c >> 2) & 31) | ((c >> 7) & 32));
        int simm6 = imm6 << 26 >> 26;
        switch (c & 3)
        {
            case 0:
                switch (f3)
                {
                    case 0:
                    {
                        int nz = (int)((((c >> 11) & 3) << 4) | (((c >> 7) & 15) << 6) | (((c >> 6) & 1) << 2) | (((c >> 5) & 1) << 3));
                        if (nz != 0)
                        {
                            Set(ref d, Op.Addi, XRd(rdP), 2, 0, nz);
                        }

                        break;
                    }

                    case 1:
                        Set(ref d, Op.Fld, (byte)rdP, rs1P, 0, UimmD(c));
                        break;
                    case 2:
                        Set(ref d, Op.Lw, XRd(rdP), rs1P, 0, UimmW(c));
                        break;
                    case 3:
                        Set(ref d, Op.Ld, XRd(rdP), rs1P, 0, UimmD(c));
                        break;
                    case 5:
                        Set(ref d, Op.Fsd, 0, rs1P, rdP, UimmD(c));
                        break;
                    case 6:
                        Set(ref d, Op.Sw, 0, rs1P, rdP, UimmW(c));
                        break;
                    case 7:
                        Set(ref d, Op.Sd, 0, rs1P, rdP, UimmD(c));
                        break;
                }

                break;
            case 1:
                switch (f3)
                {
                    case 0:
                        Set(ref d, Op.Addi, XRd(rdFull), rdFull, 0, simm6);
                        break;
                    case 1:
                        if (rdFull != 0)
                        {
                            Set(ref d, Op.Addiw, XRd(rdFull), rdFull, 0, simm6);
                        }

                        break;
                    case 2:
                        Set(ref d, Op.Addi, XRd(rdFull), 0, 0, simm6);
                        break;
                    case 3:
                        if (rdFull == 2)
                        {
                            int nz = (int)((((c >> 12) & 1) << 9) | (((c >> 6) & 1) << 4) | (((c >> 5) & 1) << 6)
                                | (((c >> 3) & 3) << 7) | (((c >> 2) & 1) << 5));
                            nz = nz << 22 >> 22;
                            if (nz != 0)
                            {
                                Set(ref d, Op.Addi, 2, 2, 0, nz);
                            }
                        }
                        else if (simm6 != 0)
                        {
                            Set(ref d, Op.Lui, XRd(rdFull), 0, 0, simm6 << 12);
                        }

                        break;
                    case 4:
                        DecodeCompressedAlu(c, rs1P, rdP, imm6, simm6, ref d);
                        break;
                    case 5:
                    {
                        int off = (int)((((c >> 12) & 1) << 11) | (((c >> 11) & 1) << 4) | (((c >> 9) & 3) << 8)
                            | (((c >> 8) & 1) << 10) | (((c >> 7) & 1) << 6) | (((c >> 6) & 1) << 7) | (((c >> 3) & 7) << 1)
                            | (((c >> 2) & 1) << 5));
                        Set(ref d, Op.Jal, Sink, 0, 0, off << 20 >> 20);
                        break;
                    }

                    default:
                    {
                        int off = (int)((((c >> 12) & 1) << 8) | (((c >> 10) & 3) << 3) | (((c >> 5) & 3) << 6)
                            | (((c >> 3) & 3) << 1) | (((c >> 2) & 1) << 5));
                        Set(ref d, f3 == 6 ? Op.Beq : Op.Bne, 0, rs1P, 0, off << 23 >> 23);
                        break;
                    }
                }

                break;
            default:
                switch (f3)
                {
                    case 0:
                        Set(ref d, Op.Slli, XRd(rdFull), rdFull, 0, imm6);
                        break;
                    case 1:
                        Set(ref d, Op.Fld, (byte)rdFull, 2, 0, UimmDsp(c));
                        break;
                    case 2:
                        if (rdFull != 0)
                        {
                            int u = (int)((((c >> 12) & 1) << 5) | (((c >> 4) & 7) << 2) | (((c >> 2) & 3) << 6));
                            Set(ref d, Op.Lw, XRd(rdFull), 2, 0, u);
                        }

                        break;
                    case 3:
                        if (rdFull != 0)
                        {
                            Set(ref d, Op.Ld, XRd(rdFull), 2, 0, UimmDsp(c));
                        }

                        break;
                    case 4:
                        if (((c >> 12) & 1) == 0)
                        {
                            if (rs2Full == 0)
                            {
                                if (rdFull != 0)
                                {
                                    Set(ref d, Op.Jalr, Sink, rdFull, 0, 0);
                                }
                            }
                            else
                            {
                                Set(ref d, Op.Add, XRd(rdFull), 0, rs2Full, 0);
                            }
                        }
                        else if (rs2Full == 0)
                        {
                            if (rdFull == 0)
                            {
                                d.Op = Op.Ebreak;
                            }
                            else
                            {
                                Set(ref d, Op.Jalr, 1, rdFull, 0, 0);
                            }
                        }
                        else
                        {
                            Set(ref d, Op.Add, XRd(rdFull), rdFull, rs2Full, 0);
                        }

                        break;
                    case 5:
                        Set(ref d, Op.Fsd, 0, 2, rs2Full, (int)((((c >> 10) & 7) << 3) | (((c >> 7) & 7) << 6)));
                        break;
                    case 6:
                        Set(ref d, Op.Sw, 0, 2, rs2Full, (int)((((c >> 9) & 15) << 2) | (((c >> 7) & 3) << 6)));
                        break;
                    default:
                        Set(ref d, Op.Sd, 0, 2, rs2Full, (int)((((c >> 10) & 7) << 3) | (((c >> 7) & 7) << 6)));
                        break;
                }

                break;
        }
    }

    private static void DecodeCompressedAlu(uint c, int rs1P, int rdP, int imm6, int simm6, ref Decoded d)
    {
        switch ((c >> 10) & 3)
        {
            case 0:
                Set(ref d, Op.Srli, XRd(rs1P), rs1P, 0, imm6);
                break;
            case 1:
                Set(ref d, Op.Srai, XRd(rs1P), rs1P, 0, imm6);
                break;
            case 2:
                Set(ref d, Op.Andi, XRd(rs1P), rs1P, 0, simm6);
                break;
            default:
                uint sel = (c >> 5) & 3;
                Op op;
                if (((c >> 12) & 1) == 0)
                {
                    op = sel switch { 0 => Op.Sub, 1 => Op.Xor, 2 => Op.Or, _ => Op.And };
                }
                else
                {
                    op = sel switch { 0 => Op.Subw, 1 => Op.Addw, _ => Op.Illegal };
                }

                if (op != Op.Illegal)
                {
                    Set(ref d, op, XRd(rs1P), rs1P, rdP, 0);
                }

                break;
        }
    }

    private static int UimmW(uint c) => (int)((((c >> 10) & 7) << 3) | (((c >> 6) & 1) << 2) | (((c >> 5) & 1) << 6));

    private static int UimmD(uint c) => (int)((((c >> 10) & 7) << 3) | (((c >> 5) & 3) << 6));

    private static int UimmDsp(uint c) => (int)((((c >> 12) & 1) << 5) | (((c >> 5) & 3) << 3) | (((c >> 2) & 7) << 6));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte XRd(int rd) => rd == 0 ? Sink : (byte)rd;

    private static void Set(ref Decoded d, Op op, byte rd, int rs1, int rs2, int imm)
    {
        d.Op = op;
        d.Rd = rd;
        d.Rs1 = (byte)rs1;
        d.Rs2 = (byte)rs2;
        d.Imm = imm;
    }
}
