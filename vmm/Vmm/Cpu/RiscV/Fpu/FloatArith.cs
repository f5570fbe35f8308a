// Correctly rounded add, multiply, divide, square root and fused multiply-add, computed exactly on integer
// significands (128-bit where a product needs it) and rounded once, with IEEE 754 special-value rules.
using System.Numerics;

namespace Harness.Vmm.Cpu.RiscV.Fpu;

internal static class FloatArith<F> where F : struct, IFloatFormat
{
    private static int P => F.Precision;

    public static ulong Add(ulong a, ulong b, RoundingMode rm, ref uint flags)
    {
        if (rm == RoundingMode.NearestEven && NearestEvenFastPath.TryAdd<F>(a, b, ref flags, out ulong fast))
        {
            return fast;
        }
        if (Fmt<F>.IsNaNOrInfinity(a) || Fmt<F>.IsNaNOrInfinity(b))
        {
            if (Fmt<F>.IsNaN(a) || Fmt<F>.IsNaN(b))
            {
                return PropagateNaN(a, b, ref flags);
            }
            if (Fmt<F>.IsInfinity(a) && Fmt<F>.IsInfinity(b) && a != b)
            {
                flags |= FpFlags.NV;
                return F.CanonicalNaN;
            }
            return Fmt<F>.IsInfinity(a) ? a : b;
        }
        if (Fmt<F>.IsZero(a) || Fmt<F>.IsZero(b))
        {
            if (!Fmt<F>.IsZero(a))
            {
                return a;
            }
            if (!Fmt<F>.IsZero(b))
            {
                return b;
            }
            return a == b ? a : ExactZero(rm);
        }
        return AddFinite(Fmt<F>.Sign(a), a, Fmt<F>.Sign(b), b, rm, ref flags);
    }

    private static ulong AddFinite(bool signA, ulong a, bool signB, ulong b, RoundingMode rm, ref uint flags)
    {
        Fmt<F>.Unpack(a, out int ea, out ulong sa);
        Fmt<F>.Unpack(b, out int eb, out ulong sb);
        // Leading bits at 62 leave room for the carry of an addition.
        sa <<= 63 - P;
        sb <<= 63 - P;
        if (ea < eb || (ea == eb && sa < sb))
        {
            (ea, eb) = (eb, ea);
            (sa, sb) = (sb, sa);
            (signA, signB) = (signB, signA);
        }
        sb = ShiftRightJam(sb, ea - eb);
        ulong sum;
        if (signA == signB)
        {
            sum = sa + sb;
        }
        else
        {
            sum = sa - sb;
            if (sum == 0)
            {
                return ExactZero(rm);
            }
        }
        // A shift that lost bits needs an exponent gap of at least 2, so cancellation then removes at most
        // two leading bits and the jammed sticky bit stays far below the rounding point.
        return Rounder<F>.NormalizeRound(signA, ea - 62, sum, rm, ref flags);
    }

    public static ulong Multiply(ulong a, ulong b, RoundingMode rm, ref uint flags)
    {
        if (rm == RoundingMode.NearestEven && NearestEvenFastPath.TryMultiply<F>(a, b, ref flags, out ulong fast))
        {
            return fast;
        }
        bool sign = Fmt<F>.Sign(a) ^ Fmt<F>.Sign(b);
        if (Fmt<F>.IsNaNOrInfinity(a) || Fmt<F>.IsNaNOrInfinity(b))
        {
            if (Fmt<F>.IsNaN(a) || Fmt<F>.IsNaN(b))
            {
                return PropagateNaN(a, b, ref flags);
            }
            if (Fmt<F>.IsZero(a) || Fmt<F>.IsZero(b))
            {
                flags |= FpFlags.NV;
                return F.CanonicalNaN;
            }
            return SignOf(sign) | Fmt<F>.Infinity;
        }
        if (Fmt<F>.IsZero(a) || Fmt<F>.IsZero(b))
        {
            return SignOf(sign);
        }
        Fmt<F>.Unpack(a, out int ea, out ulong sa);
        Fmt<F>.Unpack(b, out int eb, out ulong sb);
        ulong hi = Math.BigMul(sa, sb, out ulong lo);
        return Rounder<F>.NormalizeRound(sign, ea + eb - 2 * (P - 1), hi, lo, rm, ref flags);
    }

    public static ulong Divide(ulong a, ulong b, RoundingMode rm, ref uint flags)
    {
        if (rm == RoundingMode.NearestEven && NearestEvenFastPath.TryDivide<F>(a, b, ref flags, out ulong fast))
        {
            return fast;
        }
        bool sign = Fmt<F>.Sign(a) ^ Fmt<F>.Sign(b);
        if (Fmt<F>.IsNaNOrInfinity(a) || Fmt<F>.IsNaNOrInfinity(b))
        {
            if (Fmt<F>.IsNaN(a) || Fmt<F>.IsNaN(b))
            {
                return PropagateNaN(a, b, ref flags);
            }
            if (Fmt<F>.IsInfinity(a) && Fmt<F>.IsInfinity(b))
            {
                flags |= FpFlags.NV;
                return F.CanonicalNaN;
            }
            return SignOf(sign) | (Fmt<F>.IsInfinity(a) ? Fmt<F>.Infinity : 0);
        }
        if (Fmt<F>.IsZero(b))
        {
            if (Fmt<F>.IsZero(a))
            {
                flags |= FpFlags.NV;
                return F.CanonicalNaN;
            }
            flags |= FpFlags.DZ;
            return SignOf(sign) | Fmt<F>.Infinity;
        }
        if (Fmt<F>.IsZero(a))
        {
            return SignOf(sign);
        }
        Fmt<F>.Unpack(a, out int ea, out ulong sa);
        Fmt<F>.Unpack(b, out int eb, out ulong sb);
        // sa << 64 over sb gives at least 64 quotient bits, far more than rounding needs; a nonzero remainder
        // is jammed into the last bit.
        UInt128 dividend = (UInt128)sa << 64;
        UInt128 quotient = dividend / sb;
        ulong q = (ulong)quotient;
        ulong qHi = (ulong)(quotient >> 64);
        if (dividend - quotient * sb != 0)
        {
            q |= 1;
        }
        return Rounder<F>.NormalizeRound(sign, ea - eb - 64, qHi, q, rm, ref flags);
    }

    public static ulong SquareRoot(ulong a, RoundingMode rm, ref uint flags)
    {
        if (rm == RoundingMode.NearestEven && NearestEvenFastPath.TrySquareRoot<F>(a, ref flags, out ulong fast))
        {
            return fast;
        }
        if (Fmt<F>.IsNaN(a))
        {
            return PropagateNaN(a, a, ref flags);
        }
        if (Fmt<F>.IsZero(a))
        {
            return a;
        }
        if (Fmt<F>.Sign(a))
        {
            flags |= FpFlags.NV;
            return F.CanonicalNaN;
        }
        if (Fmt<F>.IsInfinity(a))
        {
            return a;
        }
        Fmt<F>.Unpack(a, out int ea, out ulong sa);
        // value = sa × 2^t; make t even so the root's exponent is an integer.
        int t = ea - (P - 1);
        if ((t & 1) != 0)
        {
            sa <<= 1;
            t--;
        }
        // A radicand of about 124 bits gives a root of about 62 bits: plenty of guard bits.
        int s = (124 - (P + 1)) / 2;
        UInt128 radicand = (UInt128)sa << (2 * s);
        ulong root = IntegerSquareRoot(radicand, out bool exact);
        if (!exact)
        {
            root |= 1;
        }
        return Rounder<F>.NormalizeRound(false, (t - 2 * s) / 2, root, rm, ref flags);
    }

    /// <summary>
    /// ±(a × b) ± c with a single rounding. negateProduct and negateAddend select FMSUB, FNMSUB and FNMADD; the
    /// signs are flipped before rounding so directed modes see the real sign of the result.
    /// </summary>
    public static ulong FusedMultiplyAdd(ulong a, ulong b, ulong c, bool negateProduct, bool negateAddend,
                                         RoundingMode rm, ref uint flags)
    {
        bool infTimesZero = (Fmt<F>.IsInfinity(a) && Fmt<F>.IsZero(b)) || (Fmt<F>.IsZero(a) && Fmt<F>.IsInfinity(b));
        if (Fmt<F>.IsNaN(a) || Fmt<F>.IsNaN(b) || Fmt<F>.IsNaN(c) || infTimesZero)
        {
            // RISC-V raises NV for ∞ × 0 even when the addend is a quiet NaN.
            if (infTimesZero || Fmt<F>.IsSignalingNaN(a) || Fmt<F>.IsSignalingNaN(b) || Fmt<F>.IsSignalingNaN(c))
            {
                flags |= FpFlags.NV;
            }
            return F.CanonicalNaN;
        }
        bool signP = Fmt<F>.Sign(a) ^ Fmt<F>.Sign(b) ^ negateProduct;
        bool signC = Fmt<F>.Sign(c) ^ negateAddend;
        ulong cSigned = (c & ~Fmt<F>.SignMask) | SignOf(signC);
        if (Fmt<F>.IsInfinity(a) || Fmt<F>.IsInfinity(b))
        {
            if (Fmt<F>.IsInfinity(c) && signC != signP)
            {
                flags |= FpFlags.NV;
                return F.CanonicalNaN;
            }
            return SignOf(signP) | Fmt<F>.Infinity;
        }
        if (Fmt<F>.IsInfinity(c))
        {
            return cSigned;
        }
        if (Fmt<F>.IsZero(a) || Fmt<F>.IsZero(b))
        {
            if (!Fmt<F>.IsZero(c))
            {
                return cSigned;
            }
            return signP == signC ? SignOf(signP) : ExactZero(rm);
        }
        Fmt<F>.Unpack(a, out int ea, out ulong sa);
        Fmt<F>.Unpack(b, out int eb, out ulong sb);
        ulong pHi = Math.BigMul(sa, sb, out ulong pLo);
        UInt128 product = new(pHi, pLo);
        // Leading bit of the product at 125, its exponent ep; the product of two p-bit significands has its
        // leading bit at 2p-2 or 2p-1.
        int lzP = (int)UInt128.LeadingZeroCount(product);
        int ep = ea + eb - 2 * (P - 1) + (127 - lzP);
        product <<= lzP - 2;
        if (Fmt<F>.IsZero(c))
        {
            return Rounder<F>.NormalizeRound(signP, ep - 125, (ulong)(product >> 64), (ulong)product, rm, ref flags);
        }
        Fmt<F>.Unpack(c, out int ec, out ulong scRaw);
        UInt128 addend = (UInt128)scRaw << (125 - (P - 1));

        UInt128 big = product;
        UInt128 small = addend;
        int eBig = ep;
        int eSmall = ec;
        bool signBig = signP;
        bool signSmall = signC;
        if (eBig < eSmall || (eBig == eSmall && big < small))
        {
            (big, small) = (small, big);
            (eBig, eSmall) = (eSmall, eBig);
            (signBig, signSmall) = (signSmall, signBig);
        }
        // Both significands have at least 20 zero bits below them, so a shift that loses bits is one of more
        // than 20 places, after which cancellation cannot reach the jammed sticky bit.
        small = ShiftRightJam(small, eBig - eSmall);
        UInt128 sum;
        if (signBig == signSmall)
        {
            sum = big + small;
        }
        else
        {
            sum = big - small;
            if (sum == 0)
            {
                return ExactZero(rm);
            }
        }
        return Rounder<F>.NormalizeRound(signBig, eBig - 125, (ulong)(sum >> 64), (ulong)sum, rm, ref flags);
    }

    /// <summary>The canonical NaN, with NV when either operand is signaling.</summary>
    public static ulong PropagateNaN(ulong a, ulong b, ref uint flags)
    {
        if (Fmt<F>.IsSignalingNaN(a) || Fmt<F>.IsSignalingNaN(b))
        {
            flags |= FpFlags.NV;
        }
        return F.CanonicalNaN;
    }

    /// <summary>The sign of an exact zero sum of operands with opposite signs: -0 only when rounding down.</summary>
    private static ulong ExactZero(RoundingMode rm) => rm == RoundingMode.Down ? Fmt<F>.SignMask : 0;

    private static ulong SignOf(bool negative) => negative ? Fmt<F>.SignMask : 0;

    private static ulong ShiftRightJam(ulong v, int n)
    {
        if (n == 0)
        {
            return v;
        }
        if (n >= 64)
        {
            return v != 0 ? 1UL : 0;
        }
        return (v >> n) | ((v << (64 - n)) != 0 ? 1UL : 0);
    }

    private static UInt128 ShiftRightJam(UInt128 v, int n)
    {
        if (n == 0)
        {
            return v;
        }
        if (n >= 128)
        {
            return v != 0 ? UInt128.One : UInt128.Zero;
        }
        return (v >> n) | ((v << (128 - n)) != 0 ? UInt128.One : UInt128.Zero);
    }

    /// <summary>floor(sqrt(n)) for n below 2^126, and whether it is exact.</summary>
    private static ulong IntegerSquareRoot(UInt128 n, out bool exact)
    {
        // The double estimate is within a few thousand of the root; one Newton step brings it within one.
        ulong r = (ulong)Math.Sqrt((double)n);
        if (r != 0)
        {
            r = (ulong)(((UInt128)r + n / r) >> 1);
        }
        while ((UInt128)r * r > n)
        {
            r--;
        }
        while ((UInt128)(r + 1) * (r + 1) <= n)
        {
            r++;
        }
        exact = (UInt128)r * r == n;
        return r;
    }
}
