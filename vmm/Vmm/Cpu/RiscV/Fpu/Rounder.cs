// The single rounding step every inexact operation ends in: one significand, one exponent, one rounding mode,
// and the NX/UF/OF flags that rounding raises (tininess detected after rounding, as RISC-V specifies).
using System.Numerics;

namespace Harness.Vmm.Cpu.RiscV.Fpu;

internal static class Rounder<F> where F : struct, IFloatFormat
{
    /// <summary>
    /// Rounds sign × sig × 2^(exponent-63) to format F. sig must have bit 63 set; bits below the rounding point may
    /// carry a jammed sticky bit, which is all rounding needs to know about any lost tail.
    /// </summary>
    public static ulong Round(bool sign, int exponent, ulong sig, RoundingMode rm, ref uint flags)
    {
        int p = F.Precision;
        int shift = 64 - p;
        ulong signBit = sign ? Fmt<F>.SignMask : 0;
        ulong half = 1UL << (shift - 1);
        ulong m = sig >> shift;
        ulong rest = sig & ((1UL << shift) - 1);
        if (exponent >= F.MinExponent)
        {
            if (rest != 0)
            {
                flags |= FpFlags.NX;
                if (Increments(sign, m, rest, half, rm))
                {
                    m++;
                    if (m == 1UL << p)
                    {
                        m >>= 1;
                        exponent++;
                    }
                }
            }
            if (exponent > F.MaxExponent)
            {
                return Overflow(sign, rm, ref flags);
            }
            // The leading bit of m adds one to the exponent field, hence the -1.
            return signBit | (((ulong)(exponent + Fmt<F>.Bias - 1) << (p - 1)) + m);
        }

        // Tininess after rounding: the value is tiny unless rounding it to p bits with an unbounded exponent
        // range reaches the smallest normal number.
        bool tiny = !(exponent == F.MinExponent - 1 && rest != 0 && m == (1UL << p) - 1
                      && Increments(sign, m, rest, half, rm));

        int s = shift + (F.MinExponent - exponent);
        ulong mm, rr, hh;
        if (s < 64)
        {
            mm = sig >> s;
            rr = sig & ((1UL << s) - 1);
            hh = 1UL << (s - 1);
        }
        else if (s == 64)
        {
            mm = 0;
            rr = sig;
            hh = 1UL << 63;
        }
        else
        {
            // Everything is below half the smallest subnormal; only the fact that it is nonzero matters.
            mm = 0;
            rr = 1;
            hh = 2;
        }
        if (rr != 0)
        {
            flags |= tiny ? FpFlags.NX | FpFlags.UF : FpFlags.NX;
            if (Increments(sign, mm, rr, hh, rm))
            {
                // A carry into bit p-1 lands in the exponent field as the smallest normal, which is right.
                mm++;
            }
        }
        return signBit | mm;
    }

    /// <summary>Normalises a nonzero integer n × 2^exponentOfBit0 and rounds it.</summary>
    public static ulong NormalizeRound(bool sign, int exponentOfBit0, ulong n, RoundingMode rm, ref uint flags)
    {
        int lz = BitOperations.LeadingZeroCount(n);
        return Round(sign, exponentOfBit0 + 63 - lz, n << lz, rm, ref flags);
    }

    /// <summary>Normalises a nonzero 128-bit integer hi:lo × 2^exponentOfBit0 and rounds it.</summary>
    public static ulong NormalizeRound(bool sign, int exponentOfBit0, ulong hi, ulong lo, RoundingMode rm, ref uint flags)
    {
        if (hi == 0)
        {
            return NormalizeRound(sign, exponentOfBit0, lo, rm, ref flags);
        }
        int lz = BitOperations.LeadingZeroCount(hi);
        ulong sig = lz == 0 ? hi : (hi << lz) | (lo >> (64 - lz));
        if ((lo << lz) != 0)
        {
            sig |= 1;
        }
        return Round(sign, exponentOfBit0 + 127 - lz, sig, rm, ref flags);
    }

    /// <summary>Whether a nonzero remainder rest (compared with half an ulp) moves m one ulp away from zero.</summary>
    public static bool Increments(bool sign, ulong m, ulong rest, ulong half, RoundingMode rm) => rm switch
    {
        RoundingMode.NearestEven => rest > half || (rest == half && (m & 1) != 0),
        RoundingMode.TowardZero => false,
        RoundingMode.Down => sign,
        RoundingMode.Up => !sign,
        _ => rest >= half,
    };

    public static ulong Overflow(bool sign, RoundingMode rm, ref uint flags)
    {
        flags |= FpFlags.OF | FpFlags.NX;
        bool toInfinity = rm switch
        {
            RoundingMode.TowardZero => false,
            RoundingMode.Down => sign,
            RoundingMode.Up => !sign,
            _ => true,
        };
        return (sign ? Fmt<F>.SignMask : 0) | (toInfinity ? Fmt<F>.Infinity : Fmt<F>.MaxFinite);
    }
}
