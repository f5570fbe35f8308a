// Conversions: float to and from 32/64-bit signed and unsigned integers (saturating, per the RISC-V table), and
// between single and double precision.
namespace Harness.Vmm.Cpu.RiscV.Fpu;

/// <summary>The integer side of an FCVT, numbered as the rs2 field encodes it.</summary>
internal enum IntegerKind
{
    Int32 = 0,
    UInt32 = 1,
    Int64 = 2,
    UInt64 = 3,
}

internal static class FloatConvert<F> where F : struct, IFloatFormat
{
    /// <summary>
    /// FCVT.W/WU/L/LU: rounds to an integer with rm. NaN and values out of range saturate with NV only; in-range
    /// inexact results raise NX. 32-bit results come back sign-extended to 64 bits, WU included.
    /// </summary>
    public static ulong ToInteger(ulong a, IntegerKind kind, RoundingMode rm, ref uint flags)
    {
        bool sign = Fmt<F>.Sign(a);
        if (Fmt<F>.IsNaN(a))
        {
            flags |= FpFlags.NV;
            return Saturate(false, kind);
        }
        if (Fmt<F>.IsInfinity(a))
        {
            flags |= FpFlags.NV;
            return Saturate(sign, kind);
        }
        if (Fmt<F>.IsZero(a))
        {
            return 0;
        }
        Fmt<F>.Unpack(a, out int e, out ulong sig);
        if (e >= 64)
        {
            flags |= FpFlags.NV;
            return Saturate(sign, kind);
        }
        int fractionBits = F.Precision - 1;
        ulong magnitude;
        bool inexact = false;
        if (e >= fractionBits)
        {
            magnitude = sig << (e - fractionBits);
        }
        else
        {
            int shift = fractionBits - e;
            ulong rest, half;
            if (shift < 64)
            {
                magnitude = sig >> shift;
                rest = sig & ((1UL << shift) - 1);
                half = 1UL << (shift - 1);
            }
            else
            {
                // Below one half: only whether it is nonzero matters.
                magnitude = 0;
                rest = 1;
                half = 2;
            }
            if (rest != 0)
            {
                inexact = true;
                if (Rounder<F>.Increments(sign, magnitude, rest, half, rm))
                {
                    magnitude++;
                }
            }
        }
        bool inRange = kind switch
        {
            IntegerKind.Int32 => magnitude <= (sign ? 0x8000_0000UL : 0x7fff_ffffUL),
            IntegerKind.UInt32 => sign ? magnitude == 0 : magnitude <= 0xffff_ffffUL,
            IntegerKind.Int64 => magnitude <= (sign ? 0x8000_0000_0000_0000UL : 0x7fff_ffff_ffff_ffffUL),
            _ => !sign || magnitude == 0,
        };
        if (!inRange)
        {
            flags |= FpFlags.NV;
            return Saturate(sign, kind);
        }
        if (inexact)
        {
            flags |= FpFlags.NX;
        }
        ulong value = sign ? 0 - magnitude : magnitude;
        return kind is IntegerKind.Int32 or IntegerKind.UInt32 ? (ulong)(long)(int)(uint)value : value;
    }

    /// <summary>FCVT.S/D.W/WU/L/LU: the integer in the low 32 bits (W, WU) or all 64 bits, rounded with rm.</summary>
    public static ulong FromInteger(ulong source, IntegerKind kind, RoundingMode rm, ref uint flags)
    {
        bool sign;
        ulong magnitude;
        switch (kind)
        {
            case IntegerKind.Int32:
                long w = (int)(uint)source;
                sign = w < 0;
                magnitude = sign ? 0 - (ulong)w : (ulong)w;
                break;
            case IntegerKind.UInt32:
                sign = false;
                magnitude = (uint)source;
                break;
            case IntegerKind.Int64:
                sign = (long)source < 0;
                magnitude = sign ? 0 - source : source;
                break;
            default:
                sign = false;
                magnitude = source;
                break;
        }
        if (magnitude == 0)
        {
            return 0;
        }
        return Rounder<F>.NormalizeRound(sign, 0, magnitude, rm, ref flags);
    }

    /// <summary>The RISC-V saturation value for NaN (as positive) and for out-of-range inputs.</summary>
    private static ulong Saturate(bool negative, IntegerKind kind) => kind switch
    {
        IntegerKind.Int32 => negative ? 0xffff_ffff_8000_0000UL : 0x7fff_ffffUL,
        IntegerKind.UInt32 => negative ? 0UL : ulong.MaxValue,
        IntegerKind.Int64 => negative ? 0x8000_0000_0000_0000UL : 0x7fff_ffff_ffff_ffffUL,
        _ => negative ? 0UL : ulong.MaxValue,
    };
}

internal static class FloatConvert
{
    /// <summary>FCVT.S.D: rounds a double to single precision.</summary>
    public static ulong Narrow(ulong a, RoundingMode rm, ref uint flags)
    {
        if (Fmt<Binary64>.IsNaN(a))
        {
            flags |= Fmt<Binary64>.IsSignalingNaN(a) ? FpFlags.NV : 0;
            return Binary32.CanonicalNaN;
        }
        ulong sign = Fmt<Binary64>.Sign(a) ? Fmt<Binary32>.SignMask : 0;
        if (Fmt<Binary64>.IsInfinity(a))
        {
            return sign | Fmt<Binary32>.Infinity;
        }
        if (Fmt<Binary64>.IsZero(a))
        {
            return sign;
        }
        Fmt<Binary64>.Unpack(a, out int e, out ulong sig);
        return Rounder<Binary32>.Round(sign != 0, e, sig << (63 - 52), rm, ref flags);
    }

    /// <summary>FCVT.D.S: exact, except that NaNs become the canonical NaN.</summary>
    public static ulong Widen(ulong a, ref uint flags)
    {
        if (Fmt<Binary32>.IsNaN(a))
        {
            flags |= Fmt<Binary32>.IsSignalingNaN(a) ? FpFlags.NV : 0;
            return Binary64.CanonicalNaN;
        }
        ulong sign = Fmt<Binary32>.Sign(a) ? Fmt<Binary64>.SignMask : 0;
        if (Fmt<Binary32>.IsInfinity(a))
        {
            return sign | Fmt<Binary64>.Infinity;
        }
        if (Fmt<Binary32>.IsZero(a))
        {
            return sign;
        }
        Fmt<Binary32>.Unpack(a, out int e, out ulong sig);
        return sign | ((ulong)(e + 1023) << 52) | ((sig << 29) & Fmt<Binary64>.FractionMask);
    }
}
