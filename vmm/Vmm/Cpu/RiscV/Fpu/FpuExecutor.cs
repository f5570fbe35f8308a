// Decodes and executes the RISC-V F and D compute instructions (OP-FP and the fused multiply-adds) on the
// interpreter's register files; loads, stores and the fcsr CSRs stay with the interpreter.
namespace Harness.Vmm.Cpu.RiscV.Fpu;

/// <summary>Executes one F/D compute instruction against raw register arrays.</summary>
public static class FpuExecutor
{
    private const ulong BoxMask = 0xffff_ffff_0000_0000;

    /// <summary>
    /// Executes one FP compute instruction: OP-FP (major opcode 0x53) and FMADD/FMSUB/FNMSUB/FNMADD
    /// (0x43/0x47/0x4B/0x4F), for fmt S and D.
    /// </summary>
    /// <param name="insn">The 32-bit instruction word.</param>
    /// <param name="x">The 32 integer registers; writes to x[0] are dropped.</param>
    /// <param name="f">The 32 raw 64-bit FP registers; singles are NaN-boxed.</param>
    /// <param name="fcsr">frm in bits 7:5, fflags in bits 4:0; new exception flags are ORed in.</param>
    /// <returns>False for an illegal encoding, in which case nothing was changed.</returns>
    public static bool Execute(uint insn, ulong[] x, ulong[] f, ref uint fcsr)
    {
        if (x.Length < 32 || f.Length < 32)
        {
            throw new ArgumentException("register files must hold 32 registers each");
        }
        uint opcode = insn & 0x7f;
        uint fmt = (insn >> 25) & 3;
        if (fmt > 1)
        {
            return false;
        }
        switch (opcode)
        {
            case 0x53:
                return fmt == 0 ? OpFp<Binary32>(insn, x, f, ref fcsr) : OpFp<Binary64>(insn, x, f, ref fcsr);
            case 0x43:
            case 0x47:
            case 0x4B:
            case 0x4F:
                return fmt == 0 ? FusedMultiplyAdd<Binary32>(insn, f, ref fcsr) : FusedMultiplyAdd<Binary64>(insn, f, ref fcsr);
            default:
                return false;
        }
    }

    private static bool FusedMultiplyAdd<F>(uint insn, ulong[] f, ref uint fcsr) where F : struct, IFloatFormat
    {
        if (!TryRoundingMode(insn, fcsr, out RoundingMode rm))
        {
            return false;
        }
        uint opcode = insn & 0x7f;
        uint flags = 0;
        ulong r = FloatArith<F>.FusedMultiplyAdd(
            Read<F>(f, insn >> 15), Read<F>(f, insn >> 20), Read<F>(f, insn >> 27),
            negateProduct: opcode is 0x4B or 0x4F, negateAddend: opcode is 0x47 or 0x4F, rm, ref flags);
        Write<F>(f, insn >> 7, r);
        fcsr |= flags;
        return true;
    }

    private static bool OpFp<F>(uint insn, ulong[] x, ulong[] f, ref uint fcsr) where F : struct, IFloatFormat
    {
        uint funct5 = insn >> 27;
        uint funct3 = (insn >> 12) & 7;
        uint rs2 = (insn >> 20) & 31;
        uint rd = (insn >> 7) & 31;
        uint flags = 0;
        RoundingMode rm;
        ulong r;
        switch (funct5)
        {
            case 0x00: // FADD
            case 0x01: // FSUB
                if (!TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                ulong addend = Read<F>(f, rs2);
                if (funct5 == 0x01)
                {
                    addend ^= Fmt<F>.SignMask;
                }
                r = FloatArith<F>.Add(Read<F>(f, insn >> 15), addend, rm, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x02: // FMUL
                if (!TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                r = FloatArith<F>.Multiply(Read<F>(f, insn >> 15), Read<F>(f, rs2), rm, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x03: // FDIV
                if (!TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                r = FloatArith<F>.Divide(Read<F>(f, insn >> 15), Read<F>(f, rs2), rm, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x0B: // FSQRT
                if (rs2 != 0 || !TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                r = FloatArith<F>.SquareRoot(Read<F>(f, insn >> 15), rm, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x04: // FSGNJ, FSGNJN, FSGNJX
                if (funct3 > 2)
                {
                    return false;
                }
                Write<F>(f, rd, FloatCompare<F>.SignInject(Read<F>(f, insn >> 15), Read<F>(f, rs2), funct3));
                break;
            case 0x05: // FMIN, FMAX
                if (funct3 > 1)
                {
                    return false;
                }
                r = FloatCompare<F>.MinMax(Read<F>(f, insn >> 15), Read<F>(f, rs2), max: funct3 == 1, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x08: // FCVT.S.D, FCVT.D.S
                if (!TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                if (typeof(F) == typeof(Binary32))
                {
                    if (rs2 != 1)
                    {
                        return false;
                    }
                    r = FloatConvert.Narrow(f[(insn >> 15) & 31], rm, ref flags);
                }
                else
                {
                    if (rs2 != 0)
                    {
                        return false;
                    }
                    r = FloatConvert.Widen(Read<Binary32>(f, insn >> 15), ref flags);
                }
                Write<F>(f, rd, r);
                break;
            case 0x14: // FLE, FLT, FEQ
                if (funct3 > 2)
                {
                    return false;
                }
                bool holds = FloatCompare<F>.Compare(Read<F>(f, insn >> 15), Read<F>(f, rs2), funct3, ref flags);
                WriteX(x, rd, holds ? 1UL : 0UL);
                break;
            case 0x18: // FCVT.W/WU/L/LU from float
                if (rs2 > 3 || !TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                WriteX(x, rd, FloatConvert<F>.ToInteger(Read<F>(f, insn >> 15), (IntegerKind)rs2, rm, ref flags));
                break;
            case 0x1A: // FCVT to float from W/WU/L/LU
                if (rs2 > 3 || !TryRoundingMode(insn, fcsr, out rm))
                {
                    return false;
                }
                r = FloatConvert<F>.FromInteger(x[(insn >> 15) & 31], (IntegerKind)rs2, rm, ref flags);
                Write<F>(f, rd, r);
                break;
            case 0x1C: // FMV.X.W / FMV.X.D, FCLASS
                if (rs2 != 0 || funct3 > 1)
                {
                    return false;
                }
                if (funct3 == 1)
                {
                    WriteX(x, rd, FloatCompare<F>.Classify(Read<F>(f, insn >> 15)));
                }
                else
                {
                    // A bit-pattern move: no NaN-box check, and the single's bits are sign-extended.
                    ulong raw = f[(insn >> 15) & 31];
                    WriteX(x, rd, typeof(F) == typeof(Binary32) ? (ulong)(long)(int)(uint)raw : raw);
                }
                break;
            case 0x1E: // FMV.W.X / FMV.D.X
                if (rs2 != 0 || funct3 != 0)
                {
                    return false;
                }
                ulong source = x[(insn >> 15) & 31];
                f[rd] = typeof(F) == typeof(Binary32) ? BoxMask | (uint)source : source;
                break;
            default:
                return false;
        }
        fcsr |= flags;
        return true;
    }

    /// <summary>Resolves the rm field (DYN reads frm); reserved values make the instruction illegal.</summary>
    private static bool TryRoundingMode(uint insn, uint fcsr, out RoundingMode rm)
    {
        uint field = (insn >> 12) & 7;
        if (field == 7)
        {
            field = (fcsr >> 5) & 7;
        }
        rm = (RoundingMode)field;
        return field <= 4;
    }

    /// <summary>Reads an operand; an improperly NaN-boxed single reads as the canonical NaN.</summary>
    private static ulong Read<F>(ulong[] f, uint reg) where F : struct, IFloatFormat
    {
        ulong raw = f[reg & 31];
        if (typeof(F) == typeof(Binary32))
        {
            return (raw & BoxMask) == BoxMask ? (uint)raw : F.CanonicalNaN;
        }
        return raw;
    }

    private static void Write<F>(ulong[] f, uint reg, ulong bits) where F : struct, IFloatFormat
    {
        f[reg & 31] = typeof(F) == typeof(Binary32) ? BoxMask | bits : bits;
    }

    private static void WriteX(ulong[] x, uint reg, ulong value)
    {
        if (reg != 0)
        {
            x[reg] = value;
        }
    }
}
